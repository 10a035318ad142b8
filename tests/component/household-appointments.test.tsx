import { fireEvent, render, screen } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { appointmentsRepo } from '../../src/data/repositories/appointments';
import { householdsRepo, type HouseholdRecord } from '../../src/data/repositories/households';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import { AppointmentsSection } from '../../src/ui/household/AppointmentsSection';
import { currentUser } from '../../src/ui/current-user';
import { typeDate } from './date-input';

function Live({ id }: { id: string }) {
  const [record, setRecord] = useState<HouseholdRecord | undefined>();
  useEffect(() => {
    const sub = liveQuery(() => householdsRepo.record(id)).subscribe((r) => setRecord(r));
    return () => sub.unsubscribe();
  }, [id]);
  return record ? <AppointmentsSection record={record} today={todayIso()} /> : null;
}

async function household() {
  return householdsRepo.createEnquiry(
    { applicants: ['Rowan Samplewood'], email: 'rowan@example.org', postcode: 'BS1 4DJ', howHeard: 'website', interests: ['notSure'], enquiryOn: todayIso(), kind: 'mainstream' },
    'Jo Worker',
  );
}

describe('appointments on the household record', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('plans a panel ahead and shows it as coming up, with an audit event', async () => {
    const h = await household();
    render(<Live id={h.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Plan a visit or panel' }));
    fireEvent.change(screen.getByLabelText('Kind of appointment'), { target: { value: 'panel' } });
    typeDate(screen, 'Date', addDays(todayIso(), 10));
    fireEvent.click(screen.getByRole('button', { name: 'Save appointment' }));
    expect(await screen.findByRole('table', { name: 'Coming up' })).toHaveProperty('textContent', expect.stringContaining('Fostering panel'));
    const events = await householdsRepo.timeline(h.id);
    expect(events[0]).toMatchObject({ type: 'appointment', by: 'Jo Worker' });
  });

  it('shows what is wrong and saves nothing when the date is missing', async () => {
    const h = await household();
    render(<Live id={h.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Plan a visit or panel' }));
    fireEvent.change(screen.getByLabelText('Kind of appointment'), { target: { value: 'initialVisit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save appointment' }));
    expect(await screen.findAllByText('Enter the date of the appointment')).toHaveLength(2);
    expect(await db().appointments.count()).toBe(0);
  });
});

describe('cancelling an appointment changed elsewhere since it was shown', () => {
  it('keeps it, and says who changed what and when', async () => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
    const h = await household();
    const on = addDays(todayIso(), 14);
    const shown = await appointmentsRepo.add(h.id, { kind: 'assessmentVisit', on }, 'Jo Worker');
    const record = (await householdsRepo.record(h.id))!;
    // A merged device moved the visit a week on after this page read the record.
    await asPerson('Priya Shah', [db().appointments], () => db().appointments.update(shown.id, { on: addDays(on, 7) }));

    render(<AppointmentsSection record={record} today={todayIso()} />);
    fireEvent.click(screen.getByRole('button', { name: /^Cancel assessment visit/i }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(/This record has changed.*Since you opened this form, Priya Shah changed the date at \d\d:\d\d\./);
    expect(await db().appointments.get(shown.id)).toMatchObject({ on: addDays(on, 7) });
  });
});
