import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeBulkMark, planBulkMark, type BulkMarkForm } from '../../src/domain/check-bulk';
import { validateCheckEdit, checkForm } from '../../src/domain/check-edit';
import { checksOutstanding, checksOutstandingWords } from '../../src/domain/checks';
import { addDays } from '../../src/domain/dates';
import type { Check } from '../../src/domain/household';
import { planMove } from '../../src/domain/stage-rules';
import { STAGES } from '../../src/domain/stages';
import { check, household, receivedCheck } from './fixtures';

const TODAY = '2026-06-15';
const optional = () => ({ required: false, hasExpiry: false });
const tick = (checks: Check[], on: string): BulkMarkForm => ({ on, picked: Object.fromEntries(checks.map((c) => [c.id, 'r1'])) });

describe('planBulkMark', () => {
  it('marks every ticked check requested on the one date, and leaves the others alone', () => {
    const [a, b, c] = [check({ label: 'Ofsted check' }), check({ label: 'Health check' }), check({ label: 'Probation check' })];
    const plan = planBulkMark('requested', tick([a!, b!], '2026-06-10'), [a!, b!, c!], optional, TODAY);
    expect(plan.ok && plan.patches.map((p) => [p.check.label, p.patch.requestedOn])).toEqual([
      ['Ofsted check', '2026-06-10'],
      ['Health check', '2026-06-10'],
    ]);
  });

  it('marks ticked checks received clear, keeping the date each was requested', () => {
    const a = check({ requestedOn: '2026-06-01' });
    const plan = planBulkMark('received', tick([a], '2026-06-12'), [a], optional, TODAY);
    expect(plan.ok && plan.patches[0]!.patch).toMatchObject({ requestedOn: '2026-06-01', receivedOn: '2026-06-12', outcome: 'clear' });
  });

  it('asks for a tick and a date, and refuses a date in the future', () => {
    expect(planBulkMark('requested', { on: '', picked: {} }, [check()], optional, TODAY)).toEqual({
      ok: false,
      errors: { picked: 'Select the checks to mark as requested', on: 'Enter the date requested' },
    });
    const a = check();
    expect(planBulkMark('received', tick([a], '2026-06-16'), [a], optional, TODAY)).toEqual({
      ok: false,
      errors: { on: 'Date received must be today or in the past' },
    });
    expect(planBulkMark('received', tick([a], '2026-02-31'), [a], optional, TODAY)).toEqual({ ok: false, errors: { on: 'Date received must be a real date' } });
  });

  it('names each ticked check that cannot take the mark, by the same rules as its own form, and marks none', () => {
    const late = check({ label: 'Pets assessment', requestedOn: '2026-06-10' });
    const back = receivedCheck('2026-06-01', { label: 'Ofsted check' });
    const skipped = check({ label: 'Overseas check', notNeeded: true });
    const fine = check({ label: 'Health check' });
    const plan = planBulkMark('received', tick([late, back, skipped, fine], '2026-06-05'), [late, back, skipped, fine], optional, TODAY);
    expect(plan).toEqual({
      ok: false,
      errors: {
        picked:
          'Pets assessment: Date received must be the same as or after the date requested, 10 June 2026. ' +
          'Ofsted check is already received: untick it, or update it on its own. Overseas check is marked not needed: untick it',
      },
    });
  });

  it('says in the audit how many checks, on what date and which', () => {
    expect(describeBulkMark('received', '2026-06-12', ['Ofsted check', 'Health check'])).toBe('2 checks received on 12 June 2026 (Clear): Ofsted check; Health check');
    expect(describeBulkMark('requested', '2026-06-12', ['Ofsted check'])).toBe('1 check requested on 12 June 2026: Ofsted check');
  });

  it('never plans a patch its own form would refuse, and plans one for each ticked check when the date suits them all', () => {
    const day = fc.integer({ min: -60, max: 0 }).map((n) => addDays(TODAY, n));
    const row = fc.record({ requestedOn: fc.option(day, { nil: undefined }) }).map((r) => check(r.requestedOn ? { requestedOn: r.requestedOn } : {}));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), day, fc.constantFrom('requested' as const, 'received' as const), (checks, on, mark) => {
        const plan = planBulkMark(mark, tick(checks, on), checks, optional, TODAY);
        const fits = mark === 'requested' || checks.every((c) => !c.requestedOn || c.requestedOn <= on);
        expect(plan.ok).toBe(fits);
        if (!plan.ok) return;
        expect(plan.patches).toHaveLength(checks.length);
        for (const p of plan.patches) expect(validateCheckEdit(checkForm(p.patch), optional(), TODAY).ok).toBe(true);
      }),
    );
  });
});

describe('checks outstanding at stage 1', () => {
  it('counts checks not yet received or marked not needed, and those not yet raised', () => {
    const checks = [receivedCheck('2026-06-01'), check({ notNeeded: true }), check(), check({ requestedOn: '2026-06-01' })];
    expect(checksOutstanding(checks)).toEqual({ outstanding: 2, total: 4 });
    expect(checksOutstandingWords(checksOutstanding(checks, 1))).toBe('3 of 5 checks outstanding');
  });
});

describe('planMove: entering stage 1', () => {
  it('raises the stage 1 checks with the forward move into stage 1, and with no other move', () => {
    const application = household({ stage: 'application' });
    const forward = planMove({ household: application, checks: [], today: TODAY }, { kind: 'forward', on: TODAY });
    expect(forward.ok && forward.plan.raiseChecks).toBe(true);
    for (const stage of STAGES.filter((s) => s !== 'application' && s !== 'decision' && s !== 'approved' && s !== 'stage2')) {
      const moved = planMove({ household: household({ stage }), checks: [], today: TODAY }, { kind: 'forward', on: TODAY });
      expect(moved.ok && moved.plan.raiseChecks).toBeFalsy();
    }
    const back = planMove({ household: household({ stage: 'stage2' }), checks: [], today: TODAY }, { kind: 'back', on: TODAY, reason: 'References to redo' });
    expect(back.ok && back.plan.raiseChecks).toBeFalsy();
  });
});
