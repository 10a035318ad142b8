import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { reportsRepo } from '../../src/data/repositories/reports';
import { financialYearOf } from '../../src/domain/reports/financial-year';
import { create, forward, today } from '../component/pipeline-fixtures';
import { moveFrom } from '../../src/domain/stale-rule';
import { asFixture } from '../fixture-person';
import { compliance } from '../../src/domain/reports/compliance';
import { financialYear } from '../../src/domain/reports/financial-year';

/** The financial year before this one, so every date in it is in the past. */
const start = financialYearOf(today) - 1;

describe('reports repository', () => {
  it("reads the year's enquiries, the moves dated in it and who they belong to", async () => {
    const inYear = await create({ applicants: ['Ada Inyear'], enquiryOn: `${start}-05-01` });
    await forward(inYear.id, 2, `${start}-05-01`);
    const earlier = await create({ applicants: ['Bea Earlier'], enquiryOn: `${start - 1}-12-01` });
    await forward(earlier.id, 2, `${start}-04-01`);
    const withdrawn = await create({ applicants: ['Cy Leaving'], enquiryOn: `${start - 1}-06-01` });
    await householdsRepo.move(withdrawn.id, { from: moveFrom((await householdsRepo.get(withdrawn.id))!), kind: 'withdraw', on: `${start}-06-10`, code: 'decidedNotToApply', reason: 'Money' }, 'Jo Worker', today);
    await create({ applicants: ['Dot Nextyear'], enquiryOn: `${start + 1}-04-01` });

    const inputs = await reportsRepo.yearInputs(start);
    const ids = inputs.funnel.map((h) => h.id).sort();
    expect(ids).toEqual([inYear.id, earlier.id, withdrawn.id].sort());
    expect(inputs.funnel.find((h) => h.id === earlier.id)).toMatchObject({ initialVisitOn: `${start}-04-02`, applicationOn: `${start}-04-03` });
    expect(inputs.endings).toEqual([{ householdId: withdrawn.id, on: `${start}-06-10`, kind: 'withdraw', stage: 'enquiry', code: 'decidedNotToApply' }]);
  });

  it('finds households approved in the year through the stage index', async () => {
    const h = await create({ applicants: ['Eve Approved'], enquiryOn: `${start - 2}-05-01` });
    await asFixture(async () => db().households.update(h.id, {
      stage: 'approved',
      stageEnteredOn: `${start}-10-01`,
      assessment: { training: [], decision: { decidedOn: `${start}-10-01`, outcome: 'approve' } },
    }));
    const inputs = await reportsRepo.yearInputs(start);
    expect(inputs.funnel).toEqual([expect.objectContaining({ id: h.id, approvedOn: `${start}-10-01` })]);
  });

  it('reads applications that were in progress at 31 March though they ended after it, and the kinds of households that moved', async () => {
    const open = await create({ applicants: ['Gia Stillopen'], enquiryOn: `${start - 1}-05-01`, email: 'gia@example.org', phone: '07700900201' });
    await forward(open.id, 2, `${start - 1}-05-01`);
    const endedAfter = await create({ applicants: ['Hal Endedafter'], enquiryOn: `${start}-05-01`, kind: 'connected', email: 'hal@example.org', phone: '07700900202' });
    await forward(endedAfter.id, 2, `${start}-05-01`);
    const withdraw = await householdsRepo.move(
      endedAfter.id,
      { from: moveFrom((await householdsRepo.get(endedAfter.id))!), kind: 'withdraw', on: `${start + 1}-04-01`, code: 'AW2', reason: 'Not for them' },
      'Jo Worker',
      today,
    );
    expect(withdraw.ok).toBe(true);
    const approvedLater = await create({ applicants: ['Ida Approvedlater'], enquiryOn: `${start - 1}-05-01`, email: 'ida@example.org', phone: '07700900203' });
    await asFixture(async () => db().households.update(approvedLater.id, {
      stage: 'approved',
      stageEnteredOn: `${start + 1}-04-01`,
      assessment: { training: [], applicationOn: `${start - 1}-06-01`, decision: { decidedOn: `${start + 1}-04-01`, outcome: 'approve' } },
    }));

    const inputs = await reportsRepo.yearInputs(start);
    const spans = new Map(inputs.applications.map((a) => [a.id, a]));
    expect(spans.get(open.id)).toEqual({ id: open.id, kind: 'mainstream', applicationOn: `${start - 1}-05-03` });
    expect(spans.get(endedAfter.id)).toEqual({ id: endedAfter.id, kind: 'connected', applicationOn: `${start}-05-03`, endedOn: `${start + 1}-04-01` });
    expect(spans.get(approvedLater.id)).toMatchObject({ endedOn: `${start + 1}-04-01` });
    expect(inputs.kinds.get(endedAfter.id)).toBe('connected');
  });

  it("counts a breach that fell in the year for a household closed since, with no move dated in the year", async () => {
    const h = await create({ applicants: ['Jem Closedsince'], enquiryOn: `${start}-01-10`, email: 'jem@example.org', phone: '07700900204' });
    await forward(h.id, 2, `${start}-01-10`);
    const closed = await householdsRepo.move(
      h.id,
      { from: moveFrom((await householdsRepo.get(h.id))!), kind: 'withdraw', on: `${start + 1}-04-02`, code: 'AW2', reason: 'Moved away' },
      'Jo Worker',
      today,
    );
    expect(closed.ok).toBe(true);

    const inputs = await reportsRepo.yearInputs(start);
    const report = compliance(inputs.timescales, inputs.targets, financialYear(start), today);
    expect(report.breaches).toContainEqual(expect.objectContaining({ householdId: h.id, measure: 'panelWithin8Months', dueOn: `${start}-09-12` }));
  });

  it('hands the report each household’s holds, so its local targets move by the time held', async () => {
    const h = await create({ applicants: ['Kit Heldonce'], enquiryOn: `${start}-05-01`, email: 'kit@example.org', phone: '07700900205' });
    const held = await householdsRepo.move(h.id, { from: moveFrom((await householdsRepo.get(h.id))!), kind: 'hold', on: `${start}-05-01`, holdUntil: `${start}-06-01`, reason: 'Family illness' }, 'Jo Worker', today);
    expect(held.ok).toBe(true);
    const inputs = await reportsRepo.yearInputs(start);
    expect(inputs.timescales.find((t) => t.household.id === h.id)?.moves.map((m) => m.kind)).toEqual(['hold']);
  });

  it('lists the households behind a number by reference and name', async () => {
    const a = await create({ applicants: ['Fay Listed'], enquiryOn: `${start}-05-01` });
    const behind = await reportsRepo.householdsBehind([a.id, a.id, 'gone'], today);
    expect(behind.total).toBe(1);
    expect(behind.rows[0]).toMatchObject({ reference: a.reference, names: 'Fay Listed' });
  });
});
