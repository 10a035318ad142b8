import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables, type CarerRecord } from '../../src/data/repositories/carers';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import { currentUser } from '../../src/ui/current-user';
import { DeregistrationForm } from '../../src/ui/carers/DeregistrationForm';
import { ReviewForm } from '../../src/ui/carers/ReviewForm';
import { TierForm } from '../../src/ui/carers/TierForm';
import { TrainingForm } from '../../src/ui/carers/TrainingForm';
import { VisitForm } from '../../src/ui/carers/VisitForm';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';
import { typeDate } from './date-input';

const TODAY = todayIso();
const APPROVED = addDays(TODAY, -200);
const TERMS = { types: ['shortTerm' as const], ageFrom: 0, ageTo: 12, numberOfChildren: 2, siblingGroups: true };

async function approved(): Promise<CarerRecord> {
  const h = household({ id: 'hh-f1', reference: 'H-0201', stage: 'approved' }, { decision: { decidedOn: APPROVED, outcome: 'approve' }, terms: TERMS });
  await asFixture(() => db().households.add(h));
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  return (await carersRepo.record(h.id))!;
}

const value = (label: string | RegExp) => (screen.getByLabelText(label) as HTMLInputElement).value;
const errorBeside = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? '';

describe('the carer household forms', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('a supervision visit with a future date says so beside the field and keeps the note', async () => {
    const record = await approved();
    let done = false;
    render(<VisitForm record={record} today={TODAY} onDone={() => (done = true)} />);
    typeDate(screen, 'Date of the visit', addDays(TODAY, 3));
    fireEvent.input(screen.getByLabelText('Note (optional)'), { target: { value: 'Met both carers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log visit' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The date of the visit cannot be in the future');
    expect(errorBeside('visit-on')).toContain('cannot be in the future');
    expect(errorBeside('visit-kind')).toContain('planned or unannounced');
    expect(value('Note (optional)')).toBe('Met both carers');

    typeDate(screen, 'Date of the visit', TODAY);
    fireEvent.click(screen.getByLabelText('Unannounced'));
    fireEvent.click(screen.getByRole('button', { name: 'Log visit' }));
    await waitFor(() => expect(done).toBe(true));
    expect((await carersRepo.record(record.carer.householdId))?.visits).toMatchObject([{ on: TODAY, kind: 'unannounced', note: 'Met both carers' }]);
  });

  it('training hours that are not a number are refused beside the field, nothing lost', async () => {
    const record = await approved();
    render(<TrainingForm record={record} today={TODAY} onDone={() => undefined} />);
    fireEvent.input(screen.getByLabelText('Course'), { target: { value: 'Safer caring' } });
    typeDate(screen, 'Date of the course', TODAY);
    fireEvent.input(screen.getByLabelText(/^Hours/), { target: { value: 'three' } });
    fireEvent.input(screen.getByLabelText('Provider'), { target: { value: 'The council' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add training' }));
    await waitFor(() => expect(errorBeside('training-hours')).toContain('Hours must be a number'));
    expect(value('Course')).toBe('Safer caring');
    expect(await db().trainingRecords.count()).toBe(0);
  });

  it('a tier needs a choice, a date and a reason', async () => {
    const record = await approved();
    render(<TierForm record={record} today={TODAY} onDone={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save tier' }));
    await waitFor(() => expect(errorBeside('tier-tierId')).toContain('Select a tier'));
    expect(errorBeside('tier-on')).toContain('Enter the date the tier starts');
    expect(errorBeside('tier-reason')).toContain('Enter why');
  });

  it('a review reducing terms against the carers’ wishes asks for the qualifying determination', async () => {
    const record = await approved();
    render(<ReviewForm record={record} due={{ dueOn: addDays(APPROVED, 365), toPanel: true }} today={TODAY} onDone={() => undefined} />);
    typeDate(screen, 'Date of the review', TODAY);
    fireEvent.click(screen.getByLabelText('Approval continues on changed terms'));
    fireEvent.input(await screen.findByLabelText(/Number of children/), { target: { value: '1' } });
    fireEvent.click(document.getElementById('review-carersAgree-no')!);
    fireEvent.click(screen.getByRole('button', { name: 'Record review' }));
    await waitFor(() => expect(errorBeside('review-qualifyingOn')).toContain('qualifying determination'));
    expect(value(/Number of children/)).toBe('1');
    expect(await db().reviews.count()).toBe(0);
  });

  it('leaving the register asks a last question, then takes effect 28 days after notice', async () => {
    const record = await approved();
    let done = false;
    render(<DeregistrationForm record={record} today={TODAY} onDone={() => (done = true)} />);
    fireEvent.click(screen.getByLabelText('Resignation'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(errorBeside('leave-noticeOn')).toContain('Enter the date notice was received'));
    expect(errorBeside('leave-reason')).toContain('Select the reason');

    typeDate(screen, 'Date notice was received', TODAY);
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Retirement' } });
    fireEvent.click(screen.getByLabelText('Offered, not held'));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const yes = await screen.findByRole('button', { name: /^Yes, leaves the register on/ });
    expect(await db().deregistrations.count()).toBe(0);
    fireEvent.click(yes);
    await waitFor(() => expect(done).toBe(true));
    expect(await db().deregistrations.get(record.carer.householdId)).toMatchObject({ route: 'resignation', effectiveOn: addDays(TODAY, 28) });
  });
});
