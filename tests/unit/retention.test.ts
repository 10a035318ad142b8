import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/dates';
import { earlyErasureError, effectiveRules, isDue, checkRetentionYears, retentionDue, RETENTION_MINIMUMS, type RetentionFacts } from '../../src/domain/retention';
import { LINE_STATES, STAGES } from '../../src/domain/stages';

const dateArb = fc.date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const factsArb: fc.Arbitrary<RetentionFacts> = fc.record({
  stage: fc.constantFrom(...STAGES),
  state: fc.constantFrom(...LINE_STATES),
  lastMoveOn: dateArb,
  deregisteredOn: fc.option(dateArb, { nil: undefined }),
});
const rulesArb = fc.record({ approvedYears: fc.integer({ min: 0, max: 40 }), endedYears: fc.integer({ min: 0, max: 40 }) }).map(effectiveRules);

describe('retention rules as the service sets them', () => {
  it('default to the regulations’ minimums: 10 years after approval ends, 3 after a refusal or withdrawal', () => {
    expect(effectiveRules(undefined)).toEqual({ approvedYears: 10, endedYears: 3 });
  });

  it('accept any whole number of years from the minimum up, and refuse anything shorter beside its field', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (approved, ended) => {
        const approvedCheck = checkRetentionYears('approvedYears', String(approved));
        const endedCheck = checkRetentionYears('endedYears', String(ended));
        expect(approvedCheck.ok).toBe(approved >= 10);
        expect(endedCheck.ok).toBe(ended >= 3);
        if (approvedCheck.ok) expect(approvedCheck.value).toBe(approved);
      }),
    );
    expect(checkRetentionYears('approvedYears', '8')).toEqual({
      ok: false,
      message: 'The number of years to keep an approved carer’s records cannot be fewer than 10: regulation 32 requires 10 years from when the approval ends',
    });
    expect(checkRetentionYears('endedYears', 'three')).toEqual({
      ok: false,
      message: 'The number of years to keep a refused or withdrawn applicant’s records must be a whole number, like 3',
    });
  });

  it('never keep records for less than the minimum, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const rules = effectiveRules(stored);
        expect(rules.approvedYears).toBeGreaterThanOrEqual(RETENTION_MINIMUMS.approvedYears);
        expect(rules.endedYears).toBeGreaterThanOrEqual(RETENTION_MINIMUMS.endedYears);
      }),
    );
  });
});

describe('when a household falls due for deletion', () => {
  it('is never while its case is open or its carers are still approved', () => {
    fc.assert(
      fc.property(factsArb, rulesArb, (h, rules) => {
        const due = retentionDue(h, rules);
        if (h.stage === 'approved' && h.deregisteredOn === undefined) expect(due).toBeUndefined();
        if (h.stage !== 'approved' && (h.state === 'active' || h.state === 'onHold')) expect(due).toBeUndefined();
      }),
    );
  });

  it('is never sooner than the minimum after the household’s part ended', () => {
    fc.assert(
      fc.property(factsArb, rulesArb, (h, rules) => {
        const due = retentionDue(h, rules);
        if (!due) return;
        const years = due.basis === 'approvalEnded' ? 10 : 3;
        expect(due.dueOn >= addMonths(due.endedOn, years * 12)).toBe(true);
      }),
    );
  });

  it('counts an approved carer’s 10 years from deregistration, and a withdrawn applicant’s 3 from the withdrawal', () => {
    const rules = effectiveRules(undefined);
    const carer = retentionDue({ stage: 'approved', state: 'active', lastMoveOn: '2014-05-01', deregisteredOn: '2016-02-29' }, rules);
    expect(carer).toEqual({ basis: 'approvalEnded', endedOn: '2016-02-29', dueOn: '2026-02-28' });
    expect(isDue(carer, '2026-02-27')).toBe(false);
    expect(isDue(carer, '2026-02-28')).toBe(true);
    expect(retentionDue({ stage: 'approved', state: 'active', lastMoveOn: '2014-05-01' }, rules, '2015-01-10')?.dueOn).toBe('2025-01-10');
    const withdrawn = retentionDue({ stage: 'stage2', state: 'withdrawn', lastMoveOn: '2023-06-15' }, { ...rules, endedYears: 5 });
    expect(withdrawn).toEqual({ basis: 'ended', endedOn: '2023-06-15', dueOn: '2028-06-15' });
  });
});

describe('erasing a household early', () => {
  it('needs a reason', () => {
    expect(earlyErasureError('  ')).toMatch(/Say why/);
    expect(earlyErasureError('Entered by mistake')).toBeUndefined();
  });
});
