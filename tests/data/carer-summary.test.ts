import { describe, expect, it, vi } from 'vitest';
import { lock, LockedError, setFirstPasscode, unlock } from '../../src/data/crypto/vault';
import { applyRestore, createBackup, readBackup } from '../../src/data/backup';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { namedCarers } from '../../src/data/repositories/carer-names';
import { fillMissingCarerSummaries } from '../../src/data/repositories/carer-summary';
import { conflictsRepo } from '../../src/data/repositories/conflicts';
import { mergeRepo } from '../../src/data/repositories/merge';
import { peopleRepo } from '../../src/data/repositories/people';
import { supportTodayRepo } from '../../src/data/repositories/support-today';
import { asPerson } from '../../src/data/revisions';
import { supportSummary } from '../../src/domain/support/summary';
import type { TermsOfApproval } from '../../src/domain/terms';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

const TERMS: TermsOfApproval = { types: ['shortTerm'], ageFrom: 0, ageTo: 12, numberOfChildren: 2, siblingGroups: true };
const TODAY = '2027-03-20';

async function rev(id: string): Promise<string> {
  return (await db().carers.get(id))?.revision?.rev ?? '';
}

async function approvedHousehold(): Promise<string> {
  const h = household(
    { id: 'hh-s1', reference: 'H-0201', stage: 'approved', stageEnteredOn: '2026-03-15' },
    { decision: { decidedOn: '2026-03-15', outcome: 'approve' }, terms: TERMS },
  );
  await asFixture(async () => {
    await db().households.add(h);
    await db().people.add({ id: 'ps1', householdId: h.id, role: 'applicant', name: 'Sol Summaryfield', order: 0 } as never);
  });
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  return h.id;
}

/** The summary worked out from every record the household has, as the list worked it out before summaries were kept. */
async function fromRecords(id: string) {
  const record = await carersRepo.record(id);
  const people = await db().people.where('householdId').equals(id).toArray();
  return supportSummary({ people, visits: record!.visits, reviews: record!.reviews, placements: record!.placements });
}

async function listRow(id: string) {
  return (await carersRepo.list(TODAY)).rows.find((r) => r.carer.householdId === id)!;
}

describe("a carer household's support summary", () => {
  it('follows every visit, review and placement written from the carer page', async () => {
    const id = await approvedHousehold();
    expect((await db().carers.get(id))?.supportSummary).toEqual({ names: 'Sol Summaryfield', placements: [] });

    await carersRepo.logVisit(id, { on: '2027-03-01', kind: 'planned', note: 'All well' }, 'Jo Worker');
    expect((await listRow(id)).standing.lastContactOn).toBe('2027-03-01');

    await carersRepo.recordReview(id, { on: '2027-03-05', toPanel: true, outcome: 'continue', carersAgree: true, note: '' }, await rev(id), 'Jo Worker');
    expect((await listRow(id)).standing.review).toMatchObject({ dueOn: '2028-03-05', toPanel: false });

    await carersRepo.addPlacement(id, { startOn: '2027-03-10', ageBand: '5to10', siblingGroup: false, shortBreak: false }, await rev(id), 'Jo Worker');
    expect((await listRow(id)).standing.places).toEqual({ approved: 2, inUse: 1, vacant: 1 });

    const placement = (await carersRepo.record(id))!.placements[0]!;
    await carersRepo.endPlacement(placement.id, { endOn: '2027-03-15', ending: 'planned' }, placement.revision?.rev ?? '', 'Jo Worker');
    expect((await listRow(id)).standing.places).toEqual({ approved: 2, inUse: 0, vacant: 2 });

    expect((await db().carers.get(id))?.supportSummary).toEqual(await fromRecords(id));
  });

  it('names the household as its people are named now, after a change of name or a new applicant', async () => {
    const id = await approvedHousehold();
    const person = (await db().people.get('ps1'))!;
    await peopleRepo.updatePerson('ps1', { role: 'applicant', name: 'Sol Renamefield', dateOfBirth: '1980-01-01' }, person.revision?.rev ?? '', 'Jo Worker', TODAY);
    await peopleRepo.addPerson(id, { role: 'applicant', name: 'Ray Renamefield', dateOfBirth: '1981-01-01' }, 'Jo Worker', TODAY);
    expect((await listRow(id)).names).toBe('Sol Renamefield and Ray Renamefield');
    expect((await db().carers.get(id))?.supportSummary).toEqual(await fromRecords(id));
  });

  it('follows a placement’s conflict settled with the other tablet’s end date', async () => {
    const id = await approvedHousehold();
    await carersRepo.addPlacement(id, { startOn: '2027-03-10', ageBand: '5to10', siblingGroup: false, shortBreak: false }, await rev(id), 'Jo Worker');
    const placement = (await carersRepo.record(id))!.placements[0]!;
    // As a merge or a sync records it: this tablet has the placement running, the other ended it.
    await db().conflicts.add({
      id: 'c-placement',
      table: 'placements',
      recordId: placement.id,
      householdId: id,
      path: 'endOn',
      local: undefined,
      incoming: '2027-03-15',
      localRev: placement.revision?.rev ?? '',
      incomingRev: '2-other',
      localBy: 'Jo Worker',
      localAt: '2027-03-12T10:00:00.000Z',
      incomingBy: 'Ali Colleague',
      incomingAt: '2027-03-15T10:00:00.000Z',
      source: 'Backup from Tablet 2 made 16 Mar 2027',
      foundAt: '2027-03-16T09:00:00.000Z',
      open: 1,
    });
    expect((await listRow(id)).standing.places).toEqual({ approved: 2, inUse: 1, vacant: 1 });

    expect(await conflictsRepo.settle('c-placement', 'incoming', 'Jo Worker')).toEqual({ ok: true });

    expect((await db().placements.get(placement.id))?.endOn).toBe('2027-03-15');
    expect((await listRow(id)).standing.places).toEqual({ approved: 2, inUse: 0, vacant: 2 });
  });

  it('is no change of anyone’s: keeping it in step gives the carer household no new revision', async () => {
    const id = await approvedHousehold();
    const before = await rev(id);
    await carersRepo.logVisit(id, { on: '2027-03-01', kind: 'planned', note: '' }, 'Jo Worker');
    expect(await rev(id)).toBe(before);
  });

  it('is worked out on reading for a row kept before summaries were, so the list and Today show the same', async () => {
    const id = await approvedHousehold();
    await carersRepo.logVisit(id, { on: '2026-12-01', kind: 'planned', note: '' }, 'Jo Worker');
    await carersRepo.addPlacement(id, { startOn: '2027-01-10', ageBand: 'under5', siblingGroup: false, shortBreak: false }, await rev(id), 'Jo Worker');
    const list = await carersRepo.list(TODAY);
    const today = await supportTodayRepo.load(TODAY, undefined, 10);

    await asFixture(async () => {
      const { supportSummary: _kept, ...older } = (await db().carers.get(id))!;
      await db().carers.put(older);
    });
    expect((await db().carers.get(id))?.supportSummary).toBeUndefined();
    expect(await carersRepo.list(TODAY)).toEqual({ ...list, rows: list.rows.map((r) => ({ ...r, carer: (({ supportSummary: _s, ...c }) => c)(r.carer) })) });
    expect(await supportTodayRepo.load(TODAY, undefined, 10)).toEqual(today);
    expect(today.quiet.items.map((q) => q.lastContactOn)).toEqual(['2026-12-01']);
    expect(today.vacancies.items).toMatchObject([{ householdId: id, approved: 2, inUse: 1, vacant: 1 }]);
  });

  it('is kept, once the device has started, for a row kept before summaries were, with no new revision', async () => {
    const id = await approvedHousehold();
    await carersRepo.logVisit(id, { on: '2026-12-01', kind: 'planned', note: '' }, 'Jo Worker');
    await carersRepo.addPlacement(id, { startOn: '2027-01-10', ageBand: 'under5', siblingGroup: false, shortBreak: false }, await rev(id), 'Jo Worker');
    const kept = (await db().carers.get(id))!.supportSummary;
    await asFixture(async () => {
      const { supportSummary: _kept, ...older } = (await db().carers.get(id))!;
      await db().carers.put(older);
    });
    const before = await rev(id);

    expect(await fillMissingCarerSummaries()).toBe(1);
    expect((await db().carers.get(id))?.supportSummary).toEqual(kept);
    expect((await db().carers.get(id))?.supportSummary).toEqual(await fromRecords(id));
    expect(await rev(id)).toBe(before);
    expect(await fillMissingCarerSummaries()).toBe(0);
  });

  it('is left, on a locked device, for the next unlock to keep', async () => {
    const id = await approvedHousehold();
    const kept = (await db().carers.get(id))!.supportSummary;
    await asFixture(async () => {
      const { supportSummary: _kept, ...older } = (await db().carers.get(id))!;
      await db().carers.put(older);
    });
    await setFirstPasscode('staff-jo', 'blue kettle on');
    lock();
    await expect(fillMissingCarerSummaries()).rejects.toBeInstanceOf(LockedError);

    expect((await unlock('staff-jo', 'blue kettle on')).ok).toBe(true);
    await vi.waitFor(async () => expect((await db().carers.get(id))?.supportSummary).toEqual(kept));
  });

  it('names households for the constellation and KEEP pickers from their summaries, and one kept before summaries from its people', async () => {
    const id = await approvedHousehold();
    const picker = () => db().transaction('r', [db().carers, db().people], () => namedCarers());
    expect(await picker()).toEqual([{ householdId: id, reference: 'H-0201', names: 'Sol Summaryfield', onRegister: true }]);
    await asFixture(async () => {
      const { supportSummary: _kept, ...older } = (await db().carers.get(id))!;
      await db().carers.put(older);
    });
    expect(await picker()).toEqual([{ householdId: id, reference: 'H-0201', names: 'Sol Summaryfield', onRegister: true }]);
  });

  it('follows a visit that arrives in a merged backup', async () => {
    const id = await approvedHousehold();
    await carersRepo.logVisit(id, { on: '2027-01-05', kind: 'planned', note: '' }, 'Jo Worker');
    const visit = { id: 'v-tablet2', householdId: id, on: '2027-03-12', kind: 'unannounced', note: 'Seen on the other tablet', by: 'Ali Colleague', at: '2027-03-12T15:00:00.000Z' };
    await mergeRepo.merge({ source: 'Backup from Tablet 2', tables: { supervisionVisits: [visit] } }, 'Jo Worker');
    expect((await listRow(id)).standing.lastContactOn).toBe('2027-03-12');
    expect((await db().carers.get(id))?.supportSummary).toEqual(await fromRecords(id));
  });

  it('is worked out again when a backup from before summaries were kept is restored', async () => {
    const id = await approvedHousehold();
    await carersRepo.logVisit(id, { on: '2027-02-14', kind: 'planned', note: '' }, 'Jo Worker');
    const file = await createBackup({ by: 'Jo Worker', appVersion: 'test' });
    const read = await readBackup(file.blob, {});
    if (!read.ok) throw new Error(read.problem.message);
    for (const row of read.value.tables.carers ?? []) delete row.supportSummary;
    await applyRestore(read.value, 'Jo Worker');
    expect((await db().carers.get(id))?.supportSummary).toEqual({ names: 'Sol Summaryfield', lastVisitOn: '2027-02-14', placements: [] });
  });
});
