import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { constellationsRepo } from '../../src/data/repositories/constellations';
import { keepGroupsRepo } from '../../src/data/repositories/keep-groups';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import { currentUser } from '../../src/ui/current-user';
import { ConstellationForm, JoinForm, LeaveForm, MeetingForm, StayForm } from '../../src/ui/support/constellation-forms';
import { CallForm, EnrolForm, KeepGroupForm } from '../../src/ui/support/keep-forms';
import { DEFAULT_KEEP_PROGRAMMES } from '../../src/domain/support/keep';
import type { StaffMember } from '../../src/domain/household';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';
import { typeDate } from './date-input';

const TODAY = todayIso();
const START = addDays(TODAY, -100);
const STAFF = [
  { id: 'st1', name: 'Lee Liaison', active: true },
  { id: 'st2', name: 'Fay Facilitator', active: true },
] as unknown as StaffMember[];

async function carer(n: number): Promise<string> {
  const h = household({ id: `hh-g${n}`, reference: `H-03${n}`, stage: 'approved' }, { decision: { decidedOn: addDays(TODAY, -300), outcome: 'approve' } });
  await asFixture(async () => {
    await db().households.add(h);
    await db().people.add({ id: `pg${n}`, householdId: h.id, role: 'applicant', name: `Gale Testcarer${n}`, order: 0 } as never);
    for (const s of STAFF) await db().staff.put(s);
  });
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  return h.id;
}

async function constellation() {
  const hub = await carer(1);
  const sat = await carer(2);
  const id = await constellationsRepo.create({ name: 'East', hubHouseholdId: hub, liaisonWorkerId: 'st1', startOn: START, bedsKeptFree: 2 }, 'Jo Worker');
  await constellationsRepo.join(id, { householdId: sat, joinedOn: START }, 'Jo Worker');
  return { id, hub, sat, record: (await constellationsRepo.record(id))! };
}

async function group() {
  const hh = await carer(3);
  const id = await keepGroupsRepo.create({ name: 'Autumn KEEP', programmeId: 'keepP', facilitatorIds: ['st1', 'st2'], startOn: START }, 'Jo Worker');
  await keepGroupsRepo.enrol(id, hh, 'Jo Worker');
  return { id, hh, record: (await keepGroupsRepo.record(id))! };
}

const value = (label: string | RegExp) => (screen.getByLabelText(label) as HTMLInputElement).value;
const errorBeside = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? '';
const save = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('the constellation forms', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('a constellation with one bed kept free is refused beside the field, the name kept', async () => {
    const hub = await carer(1);
    const carers = [{ householdId: hub, reference: 'H-031', names: 'Gale Testcarer1', onRegister: true }];
    let created: string | undefined;
    render(<ConstellationForm carers={carers} staff={STAFF} onDone={(id) => (created = id)} />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'West' } });
    fireEvent.input(screen.getByLabelText(/^Beds the hub keeps free/), { target: { value: '1' } });
    save('Start constellation');
    expect((await screen.findByRole('alert')).textContent).toContain('Select the hub home carer household');
    expect(errorBeside('constellation-bedsKeptFree')).toContain('at least 2');
    expect(errorBeside('constellation-startOn')).toContain('Enter the start date');
    expect(value('Name')).toBe('West');

    fireEvent.change(screen.getByLabelText('Hub home carer household'), { target: { value: hub } });
    fireEvent.change(screen.getByLabelText('Liaison worker'), { target: { value: 'st1' } });
    fireEvent.input(screen.getByLabelText(/^Beds the hub keeps free/), { target: { value: '3' } });
    typeDate(screen, 'Start date', START);
    save('Start constellation');
    await waitFor(() => expect(created).toBeDefined());
    expect(await db().constellations.get(created!)).toMatchObject({ name: 'West', bedsKeptFree: 3, hubHouseholdId: hub });
  });

  it('a satellite joining before the constellation started is refused beside the date', async () => {
    const { record } = await constellation();
    const other = await carer(4);
    const fresh = (await constellationsRepo.record(record.constellation.id))!;
    let done = false;
    render(<JoinForm record={fresh} today={TODAY} onDone={() => (done = true)} />);
    fireEvent.change(screen.getByLabelText('Carer household'), { target: { value: other } });
    typeDate(screen, 'Date it joined', addDays(START, -1));
    save('Add satellite');
    expect(errorBeside('join-joinedOn')).toContain('on or after the constellation’s start');
    expect(value('Carer household')).toBe(other);
    typeDate(screen, 'Date it joined', TODAY);
    save('Add satellite');
    await waitFor(() => expect(done).toBe(true));
    expect((await constellationsRepo.record(record.constellation.id))?.standing.satellites).toBe(2);
  });

  it('a household leaving needs a reason, and keeps the date typed', async () => {
    const { record } = await constellation();
    const member = record.members[0]!;
    let done = false;
    render(<LeaveForm member={member} names={member.names} today={TODAY} onDone={() => (done = true)} />);
    typeDate(screen, 'Date it left', TODAY);
    save('Record leaving');
    expect(errorBeside(`leave-${member.id}-why`)).toContain('Enter why');
    fireEvent.input(screen.getByLabelText('Why it left'), { target: { value: 'Moved out of the area' } });
    save('Record leaving');
    await waitFor(() => expect(done).toBe(true));
    expect(await db().constellationMembers.get(member.id)).toMatchObject({ leftOn: TODAY, leftWhy: 'Moved out of the area' });
  });

  it('a stay with no nights is refused beside the field, what was chosen kept; then logged', async () => {
    const { record, sat, id } = await constellation();
    let done = false;
    render(<StayForm record={record} today={TODAY} onDone={() => (done = true)} />);
    fireEvent.change(screen.getByLabelText('Satellite household'), { target: { value: sat } });
    fireEvent.click(screen.getByLabelText('Sleepover'));
    fireEvent.click(screen.getByLabelText('Emergency'));
    typeDate(screen, 'First night', TODAY);
    fireEvent.input(screen.getByLabelText('Nights'), { target: { value: '0' } });
    save('Log stay');
    expect(errorBeside('stay-nights')).toContain('whole number from 1 to 28');
    expect((screen.getByLabelText('Emergency') as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByLabelText('Nights'), { target: { value: '2' } });
    save('Log stay');
    await waitFor(() => expect(done).toBe(true));
    expect(await db().hubStays.where('constellationId').equals(id).toArray()).toMatchObject([{ householdId: sat, nights: 2, children: 1, kind: 'sleepover', planning: 'emergency' }]);
  });

  it('a meeting nobody came to is refused beside the list; then recorded with who came', async () => {
    const { record, sat, id } = await constellation();
    let done = false;
    render(<MeetingForm record={record} today={TODAY} onDone={() => (done = true)} />);
    fireEvent.click(screen.getByLabelText('Peer support meeting'));
    typeDate(screen, 'Date it was held', TODAY);
    fireEvent.input(screen.getByLabelText('Note (optional)'), { target: { value: 'Bedtime routines' } });
    save('Record meeting');
    expect(errorBeside('meeting-attended')).toContain('Select at least one household');
    expect(value('Note (optional)')).toBe('Bedtime routines');
    fireEvent.click(screen.getByLabelText('Gale Testcarer2'));
    save('Record meeting');
    await waitFor(() => expect(done).toBe(true));
    expect(await db().supportMeetings.where('constellationId').equals(id).toArray()).toMatchObject([{ attended: [sat], kind: 'peerSupport', note: 'Bedtime routines' }]);
  });
});

describe('the KEEP group forms', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('a group with the same person twice as facilitator is refused beside the second, the name kept', async () => {
    let created: string | undefined;
    render(<KeepGroupForm programmes={[...DEFAULT_KEEP_PROGRAMMES]} staff={STAFF} onDone={(id) => (created = id)} />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Spring KEEP' } });
    fireEvent.click(screen.getByLabelText(/^KEEP Safe/));
    fireEvent.change(screen.getByLabelText('First facilitator'), { target: { value: 'st1' } });
    fireEvent.change(screen.getByLabelText('Second facilitator'), { target: { value: 'st1' } });
    typeDate(screen, 'Date of the first session', START);
    save('Start group');
    expect(errorBeside('keep-group-facilitator2')).toContain('two facilitators');
    expect(value('Name')).toBe('Spring KEEP');
    fireEvent.change(screen.getByLabelText('Second facilitator'), { target: { value: 'st2' } });
    save('Start group');
    await waitFor(() => expect(created).toBeDefined());
    expect((await db().keepGroups.get(created!))?.sessionDates).toHaveLength(16);
  });

  it('enrolling with no household chosen says so beside the field', async () => {
    const { record, id } = await group();
    const other = await carer(5);
    const fresh = (await keepGroupsRepo.record(id))!;
    let done = false;
    render(<EnrolForm record={fresh} onDone={() => (done = true)} />);
    save('Enrol');
    expect(errorBeside('enrol-householdId')).toContain('Select the carer household');
    fireEvent.change(screen.getByLabelText('Carer household'), { target: { value: other } });
    save('Enrol');
    await waitFor(() => expect(done).toBe(true));
    expect((await keepGroupsRepo.record(record.group.id))?.enrolled).toBe(2);
  });

  it('a phone check without the stress scale is refused beside it, the behaviour kept', async () => {
    const { record, hh } = await group();
    let done = false;
    render(<CallForm record={record} today={TODAY} onDone={() => (done = true)} />);
    fireEvent.change(screen.getByLabelText('Carer household'), { target: { value: hh } });
    typeDate(screen, 'Date of the call', TODAY);
    fireEvent.click(screen.getAllByLabelText('2')[0]!);
    save('Record phone check');
    expect(errorBeside('call-stress')).toContain('how stressed');
    expect((screen.getAllByLabelText('2')[0] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getAllByLabelText('4')[1]!);
    save('Record phone check');
    await waitFor(() => expect(done).toBe(true));
    expect(await db().keepCalls.toArray()).toMatchObject([{ householdId: hh, behaviour: 2, stress: 4 }]);
  });
});
