import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { backupTables } from '../../src/data/backup/tables';
import { db, FosteringDb } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { constellationsRepo } from '../../src/data/repositories/constellations';
import { householdsRepo } from '../../src/data/repositories/households';
import { keepGroupsRepo } from '../../src/data/repositories/keep-groups';
import { asPerson } from '../../src/data/revisions';
import { CURRENT_VERSION, SCHEMA } from '../../src/data/schema';
import { attendanceId } from '../../src/domain/support/keep';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

const TODAY = '2027-03-20';

async function carer(n: number): Promise<string> {
  const h = household({ id: `hh-s${n}`, reference: `H-02${n}`, stage: 'approved', stageEnteredOn: '2026-03-15' }, { decision: { decidedOn: '2026-03-15', outcome: 'approve' } });
  await asFixture(async () => {
    await db().households.add(h);
    await db().people.add({ id: `ps${n}`, householdId: h.id, role: 'applicant', name: `Carer Testhouse${n}`, order: 0 } as never);
    await db().staff.put({ id: 'st1', name: 'Lee Liaison', active: true } as never);
    await db().staff.put({ id: 'st2', name: 'Fay Facilitator', active: true } as never);
  });
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  return h.id;
}

describe('constellations repository', () => {
  it('keeps a constellation, its satellites joining and leaving, stays at the hub and meetings, each audited on the household', async () => {
    const hub = await carer(1);
    const sat = await carer(2);
    const id = await constellationsRepo.create({ name: 'North', hubHouseholdId: hub, liaisonWorkerId: 'st1', startOn: '2027-01-04', bedsKeptFree: 2 }, 'Jo Worker');
    await constellationsRepo.join(id, { householdId: sat, joinedOn: '2027-01-10' }, 'Jo Worker');
    await expect(constellationsRepo.join(id, { householdId: sat, joinedOn: '2027-01-11' }, 'Jo Worker')).rejects.toThrow(/already a satellite/);
    await constellationsRepo.logStay(id, { householdId: sat, kind: 'sleepover', planning: 'planned', fromOn: '2027-03-01', nights: 2, children: 1 }, 'Jo Worker');
    await constellationsRepo.logMeeting(id, { kind: 'peerSupport', on: '2027-03-10', attended: [sat], note: '' }, 'Jo Worker');

    const record = await constellationsRepo.record(id, TODAY);
    expect(record).toMatchObject({ hubName: 'Carer Testhouse1', liaisonName: 'Lee Liaison' });
    expect(record?.standing).toMatchObject({ satellites: 1, daysSinceMeeting: 10, notSeen: [] });
    expect(record?.standing.nights.used).toBe(2);
    expect(record?.standing.warnings).toEqual(['1 satellite household: the model needs at least 6']);
    expect((await householdsRepo.timeline(sat)).map((e) => e.summary)).toContain('Planned sleepover at the North hub from 1 March 2027: 2 nights, 1 child');

    await constellationsRepo.leave(record!.members[0]!.id, { leftOn: '2027-03-15', why: 'Moved away' }, record!.members[0]!.revision?.rev ?? '', 'Jo Worker');
    expect((await constellationsRepo.record(id, TODAY))?.standing.satellites).toBe(0);
    expect((await constellationsRepo.record(id, TODAY))?.members[0]).toMatchObject({ leftOn: '2027-03-15', leftWhy: 'Moved away' });
  });

  it('refuses recording a satellite’s leaving a second time from a form opened before the first', async () => {
    const hub = await carer(1);
    const sat = await carer(2);
    const id = await constellationsRepo.create({ name: 'East', hubHouseholdId: hub, liaisonWorkerId: 'st1', startOn: '2027-01-04', bedsKeptFree: 2 }, 'Jo Worker');
    await constellationsRepo.join(id, { householdId: sat, joinedOn: '2027-01-10' }, 'Jo Worker');
    const member = (await constellationsRepo.record(id, TODAY))!.members[0]!;
    const opened = member.revision?.rev ?? '';
    await constellationsRepo.leave(member.id, { leftOn: '2027-03-15', why: 'Moved away' }, opened, 'Priya Shah');
    await expect(constellationsRepo.leave(member.id, { leftOn: '2027-03-18', why: 'Retired' }, opened, 'Jo Worker')).rejects.toThrow(
      /Since you opened this form, Priya Shah changed the date it left and the reason for leaving/,
    );
    expect(await db().constellationMembers.get(member.id)).toMatchObject({ leftOn: '2027-03-15', leftWhy: 'Moved away' });
  });

  it('refuses a stay for a household that was not a satellite then, writing nothing', async () => {
    const hub = await carer(1);
    const other = await carer(3);
    const id = await constellationsRepo.create({ name: 'South', hubHouseholdId: hub, liaisonWorkerId: 'st1', startOn: '2027-01-04', bedsKeptFree: 2 }, 'Jo Worker');
    const events = await db().events.count();
    await expect(constellationsRepo.logStay(id, { householdId: other, kind: 'shortBreak', planning: 'emergency', fromOn: '2027-03-01', nights: 1, children: 1 }, 'Jo Worker')).rejects.toThrow();
    expect(await db().hubStays.count()).toBe(0);
    expect(await db().events.count()).toBe(events);
  });
});

describe('KEEP groups repository', () => {
  it('runs 16 weekly sessions, marks attendance with one row per session, and completes at 12', async () => {
    const hh = await carer(4);
    const id = await keepGroupsRepo.create({ name: 'Spring KEEP', programmeId: 'keepStandard', facilitatorIds: ['st1', 'st2'], startOn: '2026-03-03' }, 'Jo Worker');
    await keepGroupsRepo.enrol(id, hh, 'Jo Worker');
    for (let s = 0; s < 11; s++) await keepGroupsRepo.mark(id, hh, s, 'attended', '', 'Jo Worker');
    await keepGroupsRepo.mark(id, hh, 11, 'catchUp', '', 'Jo Worker');
    await keepGroupsRepo.mark(id, hh, 11, 'catchUp', '', 'Jo Worker');
    const record = await keepGroupsRepo.record(id, TODAY);
    expect(record?.group.sessionDates).toHaveLength(16);
    expect(record?.facilitators).toBe('Lee Liaison and Fay Facilitator');
    expect(await db().keepAttendance.count()).toBe(12);
    expect(record?.carers[0]?.progress).toMatchObject({ attended: 12, completed: true });
    expect(record?.warnings).toContain('1 household enrolled: KEEP groups work with 8 to 10');

    await keepGroupsRepo.mark(id, hh, 11, 'none', (await db().keepAttendance.get(attendanceId(id, hh, 11)))?.revision?.rev ?? '', 'Jo Worker');
    expect((await keepGroupsRepo.record(id, TODAY))?.carers[0]?.progress.completed).toBe(false);
    // A tap in a tab still showing the session unmarked does not overwrite a mark made since.
    const shown = (await db().keepAttendance.get(attendanceId(id, hh, 11)))?.revision?.rev ?? '';
    await keepGroupsRepo.mark(id, hh, 11, 'attended', shown, 'Priya Shah');
    await expect(keepGroupsRepo.mark(id, hh, 11, 'catchUp', shown, 'Jo Worker')).rejects.toThrow(/Priya Shah changed the mark/);
    expect((await db().keepAttendance.get(attendanceId(id, hh, 11)))?.mark).toBe('attended');
    await keepGroupsRepo.logCall(id, { householdId: hh, on: '2026-07-05', behaviour: 2, stress: 4, note: '' }, 'Jo Worker');
    expect((await keepGroupsRepo.record(id, TODAY))?.calls[0]).toMatchObject({ behaviour: 2, stress: 4, names: 'Carer Testhouse4' });
  });

  it('puts the new tables in a backup', () => {
    const names = backupTables().map((t) => t.name);
    for (const t of ['constellations', 'constellationMembers', 'hubStays', 'supportMeetings', 'keepGroups', 'keepEnrolments', 'keepAttendance', 'keepCalls']) expect(names).toContain(t);
  });
});

describe('upgrading a database written by version 9', () => {
  it('keeps every carer household and support record, and opens the constellation and KEEP tables empty', async () => {
    const name = `migration-v9-${Math.random()}`;
    const v9 = new Dexie(name);
    for (const s of SCHEMA.filter((s) => s.version <= 9)) v9.version(s.version).stores(s.stores);
    await v9.open();
    const revision = { rev: '1-a', revs: ['1-a'], changedBy: 'Sam Example', changedAt: '2026-03-02T10:00:00.000Z', fieldRevs: {} };
    await v9.table('carers').add({ householdId: 'hh-v9', reference: 'H-0009', approvedOn: '2026-02-01', connected: false, onRegister: 1, tierId: 'tier2', isDemo: 0, updatedAt: '2026-02-01T10:00:00.000Z', revision });
    await v9.table('supervisionVisits').add({ id: 'v1', householdId: 'hh-v9', by: 'Sam Example', at: '2026-03-01T10:00:00.000Z', on: '2026-03-01', kind: 'planned', note: '' });
    v9.close();

    const upgraded = new FosteringDb(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_VERSION);
    expect(await upgraded.carers.get('hh-v9')).toMatchObject({ tierId: 'tier2', revision });
    expect(await upgraded.supervisionVisits.count()).toBe(1);
    for (const t of ['constellations', 'constellationMembers', 'hubStays', 'supportMeetings', 'keepGroups', 'keepEnrolments', 'keepAttendance', 'keepCalls'] as const) expect(await upgraded[t].count()).toBe(0);
    expect(await upgraded.constellationMembers.where('householdId').equals('hh-v9').count()).toBe(0);
    upgraded.close();
    await upgraded.delete();
  });
});
