import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceRate,
  carerProgress,
  DEFAULT_KEEP_COMPLETION_PERCENT,
  DEFAULT_KEEP_PROGRAMMES,
  groupSizeWarning,
  lowAttendance,
  sessionsHeld,
  sessionsNeeded,
  weeklySessions,
  type AttendanceMark,
} from '../../src/domain/support/keep';
import { validateKeepCompletion } from '../../src/domain/support/support-settings';

const marks = (list: (AttendanceMark | 'none' | undefined)[]) => new Map(list.flatMap((m, i) => (m ? [[i, m] as const] : [])));

describe('KEEP programmes', () => {
  it('default to KEEP P, Standard and Safe: 16 weekly sessions of 90 minutes, completed at 75%', () => {
    expect(DEFAULT_KEEP_PROGRAMMES.map((p) => [p.name, p.agesFrom, p.agesTo])).toEqual([
      ['KEEP P', 3, 6],
      ['KEEP Standard', 5, 12],
      ['KEEP Safe', 12, 17],
    ]);
    expect(DEFAULT_KEEP_PROGRAMMES.every((p) => p.sessions === 16 && p.minutesPerSession === 90)).toBe(true);
    expect(DEFAULT_KEEP_COMPLETION_PERCENT).toBe(75);
    expect(sessionsNeeded(16, 75)).toBe(12);
  });

  it('run weekly from the first session, across a month end and a leap day', () => {
    const dates = weeklySessions('2028-02-15', 3);
    expect(dates).toEqual(['2028-02-15', '2028-02-22', '2028-02-29']);
    expect(sessionsHeld(weeklySessions('2026-01-06', 16), '2026-01-20')).toBe(3);
  });
});

describe('group size', () => {
  it('warns outside 8 to 10 households', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), (n) => {
        expect(groupSizeWarning(n) === undefined).toBe(n >= 8 && n <= 10);
      }),
    );
    expect(groupSizeWarning(5)).toBe('5 households enrolled: KEEP groups work with 8 to 10');
  });
});

describe('a carer’s progress', () => {
  it('completes at 12 of 16 sessions, catch-ups counting', () => {
    const eleven = Array<AttendanceMark>(11).fill('attended');
    expect(carerProgress(marks(eleven), 16, 16, 75).completed).toBe(false);
    expect(carerProgress(marks([...eleven, 'catchUp']), 16, 16, 75)).toMatchObject({ attended: 12, completed: true });
  });

  it('stands out after two sessions held in a row were missed, not one', () => {
    expect(carerProgress(marks(['attended', undefined, 'attended', undefined]), 16, 4, 75).missedTwoInARow).toBe(false);
    expect(carerProgress(marks(['attended', undefined, 'none', 'attended']), 16, 4, 75).missedTwoInARow).toBe(true);
    // Sessions not yet held are not missed.
    expect(carerProgress(marks(['attended']), 16, 1, 75).missedTwoInARow).toBe(false);
  });

  it('never counts more sessions than there are, and completion follows the threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<AttendanceMark | 'none' | undefined>('attended', 'catchUp', 'none', undefined), { maxLength: 16 }), fc.integer({ min: 1, max: 100 }), (list, percent) => {
        const p = carerProgress(marks(list), 16, list.length, percent);
        expect(p.attended).toBeLessThanOrEqual(16);
        expect(p.completed).toBe(p.attended >= Math.ceil((16 * percent) / 100));
      }),
    );
  });

  it('completes at exactly the service’s share and not one session short, whatever the share', () => {
    const came = (n: number, catchUps: number) => marks([...Array<AttendanceMark>(n - catchUps).fill('attended'), ...Array<AttendanceMark>(catchUps).fill('catchUp')]);
    // 80% of 16 is 12.8: thirteen sessions complete, twelve do not.
    expect(sessionsNeeded(16, 80)).toBe(13);
    expect(carerProgress(came(13, 0), 16, 16, 80).completed).toBe(true);
    expect(carerProgress(came(12, 0), 16, 16, 80).completed).toBe(false);
    // Catch-ups count: ten attended and three caught up is thirteen.
    expect(carerProgress(came(13, 3), 16, 16, 80)).toMatchObject({ attended: 13, needed: 13, completed: true });
    // Half of 16 is exactly eight; all sixteen at 100%.
    expect(carerProgress(came(8, 8), 16, 16, 50).completed).toBe(true);
    expect(carerProgress(came(7, 0), 16, 16, 50).completed).toBe(false);
    expect(carerProgress(came(16, 1), 16, 16, 100).completed).toBe(true);
    expect(carerProgress(came(15, 0), 16, 16, 100).completed).toBe(false);
  });

  it('says a group’s attendance is low only below the share that completes', () => {
    expect(lowAttendance(80, 80)).toBe(false);
    expect(lowAttendance(79, 80)).toBe(true);
    expect(lowAttendance(79, 75)).toBe(false);
    expect(lowAttendance(undefined, 75)).toBe(false);
  });

  it('gives a group’s attendance as a share of the places at the sessions held', () => {
    expect(attendanceRate(15, 10, 2)).toBe(75);
    expect(attendanceRate(0, 10, 0)).toBeUndefined();
  });
});

describe('the share of sessions that completes KEEP, as typed', () => {
  it('takes a whole per cent from 50 to 100, with or without the % sign', () => {
    expect(validateKeepCompletion({ percent: ' 80 ' })).toEqual({ ok: true, value: 80 });
    expect(validateKeepCompletion({ percent: '50%' })).toEqual({ ok: true, value: 50 });
    expect(validateKeepCompletion({ percent: '100' })).toEqual({ ok: true, value: 100 });
  });

  it('refuses blank, out of range, fractions and words, saying what is wanted', () => {
    expect(validateKeepCompletion({ percent: '  ' })).toEqual({ ok: false, errors: { percent: 'Enter the share of sessions, a whole number from 50 to 100, like 75' } });
    for (const typed of ['40', '49', '101', 'abc', '75.5', '-75']) {
      expect(validateKeepCompletion({ percent: typed })).toEqual({ ok: false, errors: { percent: 'The share of sessions must be a whole number from 50 to 100' } });
    }
  });
});
