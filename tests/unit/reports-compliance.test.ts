import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Household } from '../../src/domain/household';
import { compliance } from '../../src/domain/reports/compliance';
import { financialYear } from '../../src/domain/reports/financial-year';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';

const household = (id: string, assessment: Partial<Household['assessment']>) =>
  ({ id, kind: 'mainstream', stage: 'stage2', state: 'active', enquiryOn: '2026-01-05', assessment: { ...emptyAssessment(), ...assessment } }) as Household;

const year = financialYear(2026);
const today = '2027-06-01';

/**
 * Stage 2 target is 4 months (default). In 2026/27:
 * - a: started 2026-04-01, report 2026-07-15 → met (due 2026-08-01)
 * - b: started 2026-05-01, report 2026-10-01 → met late (due 2026-09-01): a breach
 * - c: started 2026-09-01, no report, due 2027-01-01 passed → breached unmet
 * - d: started 2027-03-01, due 2027-07-01 is after today → not settled, left out
 * So 1 of 3 met: 33%.
 */
const households = [
  household('a', { stage2StartedOn: '2026-04-01', reportCompletedOn: '2026-07-15' }),
  household('b', { stage2StartedOn: '2026-05-01', reportCompletedOn: '2026-10-01' }),
  household('c', { stage2StartedOn: '2026-09-01' }),
  household('d', { stage2StartedOn: '2027-03-01' }),
].map((h) => ({ household: h, checks: [] }));

describe('timescale compliance', () => {
  it('gives the share of settled deadlines met on time and lists the breaches', () => {
    const report = compliance(households, DEFAULT_LOCAL_TARGETS, year, today);
    const stage2 = report.rows.find((r) => r.measure === 'stage2')!;
    expect(stage2).toEqual({ measure: 'stage2', met: ['a'], breached: ['b', 'c'], share: 33 });
    expect(report.breaches).toEqual([
      { householdId: 'b', measure: 'stage2', dueOn: '2026-09-01', metOn: '2026-10-01' },
      { householdId: 'c', measure: 'stage2', dueOn: '2027-01-01' },
    ]);
  });

  it('counts stage 1 from the checks, and shows "nothing settled" as no share', () => {
    const h = household('e', { stage1StartedOn: '2026-04-01' });
    const checks = [{ id: 'k', householdId: 'e', type: 'dbs', label: 'DBS', requestedOn: '2026-04-02', receivedOn: '2026-05-20', outcome: 'clear' as const }];
    const report = compliance([{ household: h, checks }], DEFAULT_LOCAL_TARGETS, year, today);
    expect(report.rows.find((r) => r.measure === 'stage1')).toEqual({ measure: 'stage1', met: ['e'], breached: [], share: 100 });
    expect(report.rows.find((r) => r.measure === 'panelWithin8Months')!.share).toBeUndefined();
  });

  it('does not count deadlines that would have fallen due after a household withdrew, but keeps a breach from before', () => {
    // Withdrew 2026-12-01. Stage 2 started 2026-06-01 was due 2026-10-01 and not met: a real breach.
    // Stage 2 started 2026-09-01 would have been due 2027-01-01, after it left: it never applied.
    const breachedBefore = { ...household('f', { stage2StartedOn: '2026-06-01' }), state: 'withdrawn', lastMoveOn: '2026-12-01' } as Household;
    const dueAfter = { ...household('g', { stage2StartedOn: '2026-09-01' }), state: 'withdrawn', lastMoveOn: '2026-12-01' } as Household;
    const report = compliance(
      [breachedBefore, dueAfter].map((h) => ({ household: h, checks: [] })),
      DEFAULT_LOCAL_TARGETS,
      year,
      today,
    );
    expect(report.rows.find((r) => r.measure === 'stage2')).toEqual({ measure: 'stage2', met: [], breached: ['f'], share: 0 });
  });
});

