import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIDDEN_LOCK_MS, lockDueAt, lockReason, nextTryAt, retryDelaySeconds, shouldWipe } from '../../src/domain/lock-rules';

const MINUTE = 60_000;
const t0 = Date.UTC(2026, 10, 30, 9, 0);

describe('locking when left alone', () => {
  it('locks after 5 idle minutes by default, and not a moment before', () => {
    const state = { lastActivityAt: t0 };
    expect(lockReason(state, t0 + 5 * MINUTE - 1)).toBeUndefined();
    expect(lockReason(state, t0 + 5 * MINUTE)).toBe('idle');
    expect(lockDueAt(state)).toBe(t0 + 5 * MINUTE);
  });

  it('follows the idle setting', () => {
    const state = { lastActivityAt: t0 };
    expect(lockReason(state, t0 + 10 * MINUTE, 15)).toBeUndefined();
    expect(lockReason(state, t0 + 15 * MINUTE, 15)).toBe('idle');
  });

  it('locks once hidden for a minute, even with a longer idle setting', () => {
    const state = { lastActivityAt: t0, hiddenSince: t0 + MINUTE };
    expect(lockReason(state, t0 + MINUTE + HIDDEN_LOCK_MS - 1, 30)).toBeUndefined();
    expect(lockReason(state, t0 + MINUTE + HIDDEN_LOCK_MS, 30)).toBe('hidden');
    expect(lockDueAt(state, 30)).toBe(t0 + 2 * MINUTE);
  });

  it('is locked at the time it said it would lock, and open before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 * MINUTE }),
        fc.option(fc.integer({ min: 0, max: 60 * MINUTE }), { nil: undefined }),
        fc.integer({ min: 1, max: 60 }),
        (activity, hidden, idleMinutes) => {
          const state = hidden === undefined ? { lastActivityAt: t0 + activity } : { lastActivityAt: t0 + activity, hiddenSince: t0 + hidden };
          const due = lockDueAt(state, idleMinutes);
          expect(lockReason(state, due, idleMinutes)).toBeDefined();
          expect(lockReason(state, due - 1, idleMinutes)).toBeUndefined();
        },
      ),
    );
  });
});

describe('wrong passcodes', () => {
  it('cost nothing the first time, then 1, 2, 4, 8 … seconds, never over a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map(retryDelaySeconds)).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('never wait less after one more wrong passcode', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (failures) => {
        expect(retryDelaySeconds(failures + 1)).toBeGreaterThanOrEqual(retryDelaySeconds(failures));
        expect(retryDelaySeconds(failures)).toBeLessThanOrEqual(60);
      }),
    );
  });

  it('say when the next try is allowed', () => {
    expect(nextTryAt(4, t0)).toBe(t0 + 4000);
    expect(nextTryAt(1, t0)).toBe(t0);
  });

  it('wipe the device only when the service set a number and it is reached', () => {
    expect(shouldWipe(100, undefined)).toBe(false);
    expect(shouldWipe(100, 0)).toBe(false);
    expect(shouldWipe(9, 10)).toBe(false);
    expect(shouldWipe(10, 10)).toBe(true);
  });
});
