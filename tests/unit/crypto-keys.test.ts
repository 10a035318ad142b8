import { describe, expect, it } from 'vitest';
import { createWrappedDataKey, PASSCODE_ITERATIONS, rewrapDataKey, unlockDataKey, type DataKeys } from '../../src/data/crypto/keys';
import { openValue, sealValue } from '../../src/data/crypto/field-cipher';
import { blindToken } from '../../src/data/crypto/blind-index';

// The stored iteration count is honoured on unlock, so tests wrap with few iterations to stay quick.
const FAST = 1_000;

async function unlocked(wrapped: Parameters<typeof unlockDataKey>[0], passcode: string): Promise<DataKeys> {
  const result = await unlockDataKey(wrapped, passcode);
  if (!result.ok) throw new Error(`expected to unlock, got ${result.reason}`);
  return result.keys;
}

describe('the data key wrapped by a passcode', () => {
  it('is wrapped with PBKDF2-SHA-256 at 600,000 iterations and a 16-byte salt by default, stored with the wrapping', async () => {
    const wrapped = await createWrappedDataKey('blue kettle on the hob');
    expect(wrapped).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA-256', iterations: PASSCODE_ITERATIONS });
    expect(PASSCODE_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(wrapped.salt.byteLength).toBe(16);
    expect(wrapped.iv.byteLength).toBe(12);
    expect((await unlockDataKey(wrapped, 'blue kettle on the hob')).ok).toBe(true);
  });

  it('opens with its passcode and gives keys that cannot be exported', async () => {
    const keys = await unlocked(await createWrappedDataKey('correct horse', FAST), 'correct horse');
    expect(keys.data.extractable).toBe(false);
    expect(keys.index.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', keys.data)).rejects.toThrow();
  });

  it('refuses a wrong passcode with a plain reason, not an exception', async () => {
    const wrapped = await createWrappedDataKey('correct horse', FAST);
    expect(await unlockDataKey(wrapped, 'correct hose')).toEqual({ ok: false, reason: 'wrongPasscode' });
    expect(await unlockDataKey(wrapped, '')).toEqual({ ok: false, reason: 'wrongPasscode' });
  });

  it('refuses a wrapping it does not know how to read', async () => {
    const wrapped = await createWrappedDataKey('correct horse', FAST);
    expect(await unlockDataKey({ ...wrapped, iterations: 0 }, 'correct horse')).toEqual({ ok: false, reason: 'unknownFormat' });
    expect(await unlockDataKey({ ...wrapped, v: 2 as 1 }, 'correct horse')).toEqual({ ok: false, reason: 'unknownFormat' });
  });

  it('refuses a wrapping whose bytes were altered', async () => {
    const wrapped = await createWrappedDataKey('correct horse', FAST);
    const bytes = new Uint8Array(wrapped.wrapped.slice(0));
    bytes[0]! ^= 1;
    expect(await unlockDataKey({ ...wrapped, wrapped: bytes.buffer }, 'correct horse')).toEqual({ ok: false, reason: 'wrongPasscode' });
  });

  it('gives each new device its own key: the same passcode on two devices opens different data', async () => {
    const a = await unlocked(await createWrappedDataKey('correct horse', FAST), 'correct horse');
    const b = await unlocked(await createWrappedDataKey('correct horse', FAST), 'correct horse');
    const sealed = await sealValue(a.data, 'Ann Sample');
    await expect(openValue(b.data, sealed)).rejects.toThrow('could not be opened');
  });

  it('opens with the same accented passcode however the keyboard typed it', async () => {
    const composed = 'Zoë-1234';
    const decomposed = 'Zoe\u0308-1234';
    expect((await unlockDataKey(await createWrappedDataKey(composed, FAST), decomposed)).ok).toBe(true);
  });
});

describe('changing a passcode', () => {
  it('re-wraps the same data key: what the old passcode sealed opens with the new one, and the old no longer opens', async () => {
    const old = await createWrappedDataKey('first passcode', FAST);
    const before = await unlocked(old, 'first passcode');
    const sealed = await sealValue(before.data, { name: 'Bo Sample' }, 'people/p1');

    const result = await rewrapDataKey(old, 'first passcode', 'second passcode', FAST);
    if (!result.ok) throw new Error(result.reason);
    expect(new Uint8Array(result.wrapped.salt)).not.toEqual(new Uint8Array(old.salt));
    const after = await unlocked(result.wrapped, 'second passcode');
    expect(await openValue(after.data, sealed, 'people/p1')).toEqual({ name: 'Bo Sample' });
    expect(await blindToken(after.index, 'sample')).toBe(await blindToken(before.index, 'sample'));
    expect(await unlockDataKey(result.wrapped, 'first passcode')).toEqual({ ok: false, reason: 'wrongPasscode' });
  });

  it('lets a colleague give a new person the same key with their own passcode', async () => {
    const colleague = await createWrappedDataKey('colleague passcode', FAST);
    const given = await rewrapDataKey(colleague, 'colleague passcode', 'new starter passcode', FAST);
    if (!given.ok) throw new Error(given.reason);
    const sealed = await sealValue((await unlocked(colleague, 'colleague passcode')).data, 'note');
    expect(await openValue((await unlocked(given.wrapped, 'new starter passcode')).data, sealed)).toBe('note');
    // The colleague's own wrapping is untouched.
    expect((await unlockDataKey(colleague, 'colleague passcode')).ok).toBe(true);
  });

  it('is refused without the current passcode', async () => {
    const old = await createWrappedDataKey('first passcode', FAST);
    expect(await rewrapDataKey(old, 'guess', 'second passcode', FAST)).toEqual({ ok: false, reason: 'wrongPasscode' });
  });

  it('raises the iterations of an older, weaker wrapping to today’s by default', async () => {
    const old = await createWrappedDataKey('first passcode', FAST);
    const result = await rewrapDataKey(old, 'first passcode', 'second passcode');
    expect(result.ok && result.wrapped.iterations).toBe(PASSCODE_ITERATIONS);
  });
});
