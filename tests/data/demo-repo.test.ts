import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { refreshOpenDeadlines } from '../../src/data/repositories/deadlines';
import { demoStatus, loadDemoData, removeDemoData } from '../../src/data/repositories/demo';
import { householdsRepo } from '../../src/data/repositories/households';
import { settingsRepo } from '../../src/data/repositories/settings';
import { staffRepo } from '../../src/data/repositories/staff';
import type { Enquiry } from '../../src/domain/validation/enquiry';

const today = '2026-03-18';

const enquiry: Enquiry = {
  applicants: ['Quinn Realperson-Example'],
  email: 'quinn@example.com',
  phone: '07700900999',
  postcode: 'LS1 4AP',
  howHeard: 'website',
  interests: ['shortTerm'],
  enquiryOn: '2026-03-02',
  kind: 'mainstream',
};

async function rowsFor(ids: string[]) {
  const d = db();
  const byHousehold = (t: typeof d.people | typeof d.checks | typeof d.moves | typeof d.appointments | typeof d.events | typeof d.notes) =>
    t.where('householdId').anyOf(ids).count();
  return {
    households: (await d.households.bulkGet(ids)).filter(Boolean).length,
    details: (await d.householdDetails.bulkGet(ids)).filter(Boolean).length,
    people: await byHousehold(d.people),
    checks: await byHousehold(d.checks),
    moves: await byHousehold(d.moves),
    appointments: await byHousehold(d.appointments),
    events: await byHousehold(d.events),
    notes: await byHousehold(d.notes),
  };
}

describe('demo data repository', () => {
  it('loads every demo household with its records, staff and one "Demo household created" event each', async () => {
    const result = await loadDemoData('Jo Worker', today);
    expect(result).toEqual({ ok: true, households: 63 });
    expect(await demoStatus()).toBe(63);
    const ids = (await db().households.toArray()).map((h) => h.id);
    const rows = await rowsFor(ids);
    expect(rows.details).toBe(63);
    expect(rows.people).toBeGreaterThanOrEqual(63);
    expect(rows.checks).toBeGreaterThan(100);
    expect(rows.moves).toBeGreaterThan(100);
    expect(rows.appointments).toBeGreaterThanOrEqual(2);
    const created = await db().events.where('householdId').anyOf(ids).filter((e) => e.summary === 'Demo household created').toArray();
    expect(created).toHaveLength(63);
    expect(created.every((e) => e.by === 'Jo Worker')).toBe(true);
    expect((await db().staff.toArray()).map((s) => s.name)).toEqual(expect.arrayContaining(['Alex Demoworker (demo)']));
  });

  it('refuses to load demo data twice and writes nothing the second time', async () => {
    await loadDemoData('Jo Worker', today);
    const events = await db().events.count();
    const second = await loadDemoData('Jo Worker', today);
    expect(second).toEqual({ ok: false, message: expect.stringContaining('already loaded') });
    expect(await db().households.count()).toBe(63);
    expect(await db().events.count()).toBe(events);
  });

  it('never takes a reference a real household could use', async () => {
    await loadDemoData('Jo Worker', today);
    const real = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    expect(real.reference).toBe('H-0001');
    expect((await db().households.where('isDemo').equals(1).toArray()).every((h) => h.reference.startsWith('D-'))).toBe(true);
  });

  it('removes every demo row from every table and keeps the real household', async () => {
    const real = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    await db().notes.add({ id: 'real-note', householdId: real.id, at: '2026-03-03T10:00:00.000Z', by: 'Jo Worker', text: 'Called back' });
    await loadDemoData('Jo Worker', today);
    const demoIds = await db().households.where('isDemo').equals(1).primaryKeys();
    await db().notes.add({ id: 'demo-note', householdId: demoIds[0]!, at: '2026-03-03T10:00:00.000Z', by: 'Jo Worker', text: 'Practice note' });

    const removed = await removeDemoData('Jo Worker');
    expect(removed.households).toBe(63);
    expect(await demoStatus()).toBe(0);
    expect(await rowsFor(demoIds)).toEqual({ households: 0, details: 0, people: 0, checks: 0, moves: 0, appointments: 0, events: 0, notes: 0 });
    expect(await db().staff.count()).toBe(0);

    const record = await householdsRepo.record(real.id);
    expect(record?.household.reference).toBe('H-0001');
    expect(record?.people.map((p) => p.name)).toEqual(['Quinn Realperson-Example']);
    expect(await householdsRepo.timeline(real.id)).toHaveLength(1);
    expect(await db().notes.get('real-note')).toBeDefined();
  });

  it('keeps demo staff a real household names as its worker, and the person using the device', async () => {
    await loadDemoData('Jo Worker', today);
    const real = await householdsRepo.createEnquiry(enquiry, 'Jo Worker', { workerId: 'demo-staff-2' });
    await staffRepo.setCurrent('demo-staff-3', 'Jo Worker');
    const removed = await removeDemoData('Jo Worker');
    expect(removed.staffKept).toBe(2);
    expect((await db().staff.toArray()).map((s) => s.id).sort()).toEqual(['demo-staff-2', 'demo-staff-3']);
    expect((await householdsRepo.get(real.id))?.workerId).toBe('demo-staff-2');

    // Loading again after that does not trip over the staff entries that stayed.
    expect(await loadDemoData('Jo Worker', today)).toEqual({ ok: true, households: 63 });
    expect(await db().staff.count()).toBe(5);
  });

  it('dates deadlines with the local targets in force', async () => {
    await settingsRepo.saveLocalTargets({ enquiryReplyWorkingDays: 1, initialVisitWorkingDays: 5, applicationWorkingDays: 0, proceedDecisionWorkingDays: 10, stage1Months: 6, stage2Months: 4, decisionAfterReviewWorkingDays: 7, atRiskPercent: 20 }, 'Jo Worker');
    await loadDemoData('Jo Worker', today);
    const stage1 = await db().households.where('[state+stage]').equals(['active', 'stage1']).toArray();
    const checksDue = stage1.filter((h) => h.nextDeadlineLabel === 'Stage 1 checks complete');
    expect(checksDue.length).toBeGreaterThan(0);
    expect(checksDue.every((h) => h.nextDeadlineOn! > today)).toBe(true);
  });

  it('recomputes the next deadline of every open household, in batches, when the targets change', async () => {
    await loadDemoData('Jo Worker', today);
    const enquiries = () => db().households.where('[state+stage]').equals(['active', 'enquiry']).toArray();
    const before = new Map((await enquiries()).map((h) => [h.id, h.nextDeadlineOn]));
    await settingsRepo.saveLocalTargets({ enquiryReplyWorkingDays: 10, initialVisitWorkingDays: 30, applicationWorkingDays: 0, proceedDecisionWorkingDays: 10, stage1Months: 2, stage2Months: 4, decisionAfterReviewWorkingDays: 7, atRiskPercent: 20 }, 'Jo Worker');

    const open = await db().households.where('state').anyOf('active', 'onHold').count();
    expect(await refreshOpenDeadlines(7)).toBe(open);
    const after = await enquiries();
    expect(after.every((h) => h.nextDeadlineOn! > before.get(h.id)!)).toBe(true);
    const closed = await db().households.where('[state+stage]').between(['withdrawn', ''], ['withdrawn', '\uffff']).toArray();
    expect(closed.every((h) => h.nextDeadlineOn === undefined)).toBe(true);
  });
});
