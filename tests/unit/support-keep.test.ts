import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendanceRate, carerProgress, DEFAULT_KEEP_PROGRAMMES, groupSizeWarning, sessionsHeld, sessionsNeeded, weeklySessions, type AttendanceMark } from '../../src/domain/support/keep';

const marks = (list: (AttendanceMark | 'none' | undefined)[]) => new Map(list.flatMap((m, i) => (m ? [[i, m] as const] : [])));

describe('KEEP programmes', () => {
  it('default to KEEP P, Standard and Safe: 16 weekly sessions of 90 minutes, completed at 75%', () => {
    expect(DEFAULT_KEEP_PROGRAMMES.map((p) => [p.name, p.agesFrom, p.agesTo])).toEqual([
      ['KEEP P', 3, 6],
      ['KEEP Standard', 5, 12],
      ['KEEP Safe', 12, 17],
    ]);
    expect(DEFAULT_KEEP_PROGRAMMES.every((p) => p.sessions === 16 && p.minutesPerSession === 90 && p.completionPercent === 75)).toBe(true);
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

  it('gives a group’s attendance as a share of the places at the sessions held', () => {
    expect(attendanceRate(15, 10, 2)).toBe(75);
    expect(attendanceRate(0, 10, 0)).toBeUndefined();
  });
});
