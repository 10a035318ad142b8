import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/domain/dates';
import { holdPeriods, pausedDueOn, type HoldMove } from '../../src/domain/hold-periods';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import { householdDeadlines } from '../../src/domain/timescales';
import { household } from './fixtures';

const move = (kind: HoldMove['kind'], on: string, holdUntil?: string): HoldMove => ({ kind, on, at: `${on}T10:00:00.000Z`, ...(holdUntil ? { holdUntil } : {}) });

describe('holdPeriods', () => {
  it('a hold runs from its move to the day the household came off it', () => {
    expect(holdPeriods([move('hold', '2026-05-01', '2026-06-01'), move('resume', '2026-05-20')])).toEqual([{ from: '2026-05-01', to: '2026-05-20', ended: true }]);
  });

  it('a hold still running counts to its expected return date', () => {
    expect(holdPeriods([move('forward', '2026-04-01'), move('hold', '2026-05-01', '2026-06-01')])).toEqual([{ from: '2026-05-01', to: '2026-06-01', ended: false }]);
  });

  it('withdrawing or closing ends a hold, and moves are read in date order whatever order they come in', () => {
    expect(holdPeriods([move('withdraw', '2026-05-10'), move('hold', '2026-05-01', '2026-06-01')])).toEqual([{ from: '2026-05-01', to: '2026-05-10', ended: true }]);
  });

  it('two holds are two periods', () => {
    const periods = holdPeriods([move('hold', '2026-01-05', '2026-02-01'), move('resume', '2026-01-15'), move('hold', '2026-03-01', '2026-04-01'), move('resume', '2026-03-11')]);
    expect(periods.map((p) => daysBetween(p.from, p.to))).toEqual([10, 10]);
  });
});

describe('pausedDueOn', () => {
  it('moves the due date by the days held while the target ran', () => {
    expect(pausedDueOn('2026-01-01', '2026-07-01', undefined, [{ from: '2026-02-01', to: '2026-03-01', ended: true }])).toEqual({ dueOn: '2026-07-29', pausedDays: 28 });
  });

  it('ignores a hold after the target was met, or one ended before the target started', () => {
    expect(pausedDueOn('2026-01-01', '2026-07-01', '2026-01-20', [{ from: '2026-02-01', to: '2026-03-01', ended: true }]).pausedDays).toBe(0);
    expect(pausedDueOn('2026-04-01', '2026-07-01', undefined, [{ from: '2026-02-01', to: '2026-03-01', ended: true }]).pausedDays).toBe(0);
  });

  it('a hold that began before the target started counts only from its start', () => {
    expect(pausedDueOn('2026-02-15', '2026-08-15', undefined, [{ from: '2026-02-01', to: '2026-03-01', ended: true }]).pausedDays).toBe(14);
  });

  it('property: the due date moves by exactly the days held, never earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 90 }), (startGap, holdStart, holdDays) => {
        const start = addDays('2026-01-05', startGap);
        const due = addDays(start, 120);
        const from = addDays(start, holdStart);
        const { dueOn, pausedDays } = pausedDueOn(start, due, undefined, [{ from, to: addDays(from, holdDays), ended: true }]);
        expect(pausedDays).toBe(holdDays);
        expect(daysBetween(due, dueOn)).toBe(holdDays);
      }),
    );
  });
});

describe('a hold pauses local targets and never a national clock', () => {
  const h = household({ enquiryOn: '2026-01-05', stage: 'stage1', state: 'active' }, { initialVisitOn: '2026-01-08', applicationOn: '2026-01-12', stage1StartedOn: '2026-01-12' });
  const held = [move('hold', '2026-02-02', '2026-03-02'), move('resume', '2026-03-02')];

  it('stage 1 is due 28 days later; the 8-month panel timescale is not, and says it kept running', () => {
    const before = householdDeadlines(h, [], DEFAULT_LOCAL_TARGETS);
    const after = householdDeadlines(h, [], DEFAULT_LOCAL_TARGETS, held);
    const find = (ds: typeof before, key: string) => ds.find((d) => d.key === key)!;
    expect(daysBetween(find(before, 'stage1').dueOn, find(after, 'stage1').dueOn)).toBe(28);
    expect(find(after, 'stage1').source).toContain('moved 28 days later for the time on hold');
    expect(find(after, 'panelWithin8Months').dueOn).toBe(find(before, 'panelWithin8Months').dueOn);
    expect(find(after, 'panelWithin8Months').source).toContain('kept running while the household was on hold');
  });

  it('targets met before the hold keep their dates', () => {
    const before = householdDeadlines(h, [], DEFAULT_LOCAL_TARGETS).find((d) => d.key === 'initialVisit');
    const after = householdDeadlines(h, [], DEFAULT_LOCAL_TARGETS, held).find((d) => d.key === 'initialVisit');
    expect(after).toEqual(before);
  });
});
