import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { householdsRepo } from '../../src/data/repositories/households';
import { staffRepo } from '../../src/data/repositories/staff';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { typeDate } from './date-input';

const row = (key: string) => screen.getByText(key, { selector: 'dt' }).nextElementSibling!.textContent;

describe('Assessment section', () => {
  it('saves and shows the report dates, the assessor and the panel details', async () => {
    const assessor = await staffRepo.add('Asha Assessor');
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Change stage 2 details' }));
    let form = await screen.findByRole('form', { name: 'Change stage 2 details' });
    await within(form).findByRole('option', { name: 'Asha Assessor' });
    fireEvent.change(within(form).getByLabelText('Assessor'), { target: { value: assessor.id } });
    typeDate(within(form), 'Date the Form F was started', '2026-03-02');
    typeDate(within(form), 'Date the Form F was completed', '2026-05-29');
    fireEvent.click(within(form).getByRole('button', { name: 'Save stage 2 details' }));
    await waitFor(() => expect(row('Form F completed')).toBe('29 May 2026'));
    expect(row('Assessor')).toBe('Asha Assessor');

    fireEvent.click(await screen.findByRole('button', { name: 'Change panel details' }));
    form = await screen.findByRole('form', { name: 'Change panel details' });
    typeDate(within(form), 'Date of panel', '2026-06-11');
    typeDate(within(form), 'Date the papers were sent', '2026-06-02');
    fireEvent.click(within(form).getByLabelText('Approve'));
    typeDate(within(form), 'Date the final minutes were received', '2026-06-12');
    fireEvent.click(within(form).getByRole('button', { name: 'Save panel details' }));
    // The recommendation is the chair's, and an approval comes with the terms recommended.
    expect(await within(form).findByRole('link', { name: 'Enter the name of the panel chair: the recommendation is theirs to sign' })).toBeTruthy();
    expect(within(form).getByRole('link', { name: 'Select at least one type of approval' })).toBeTruthy();
    fireEvent.input(within(form).getByLabelText('Panel chair'), { target: { value: 'Pat Synthetic-Chair' } });
    const terms = within(form).getByRole('group', { name: 'Terms the panel recommended' });
    fireEvent.click(within(terms).getByLabelText('Long-term'));
    fireEvent.input(within(terms).getByLabelText('Youngest age'), { target: { value: '5' } });
    fireEvent.input(within(terms).getByLabelText('Oldest age'), { target: { value: '12' } });
    fireEvent.input(within(terms).getByLabelText('Number of children'), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save panel details' }));
    await waitFor(() => expect(row('Recommendation')).toBe('Approve'));
    expect(row('Panel chair')).toBe('Pat Synthetic-Chair');
    expect(row('Terms recommended')).toBe('Long-term, 5 to 12 years, 2 children');
    expect(row('Date of panel')).toBe('11 June 2026');
    expect(row('Papers sent')).toBe('2 June 2026');
    expect(row('Final minutes received')).toBe('12 June 2026');

    const saved = (await householdsRepo.get(h.id))!.assessment;
    expect(saved).toMatchObject({
      assessorId: assessor.id,
      reportStartedOn: '2026-03-02',
      reportCompletedOn: '2026-05-29',
      panel: {
        panelOn: '2026-06-11',
        papersSentOn: '2026-06-02',
        chair: 'Pat Synthetic-Chair',
        recommendation: 'approve',
        recommendedTerms: { types: ['longTerm'], ageFrom: 5, ageTo: 12, numberOfChildren: 2, siblingGroups: false },
        minutesReceivedOn: '2026-06-12',
      },
    });
    const events = await householdsRepo.timeline(h.id);
    expect(events[0]!.summary).toBe('Panel recommendation recorded: approve');
  });

  it('refuses final minutes dated before the panel', async () => {
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change panel details' }));
    const form = await screen.findByRole('form', { name: 'Change panel details' });
    typeDate(within(form), 'Date of panel', '2026-06-11');
    typeDate(within(form), 'Date the final minutes were received', '2026-06-10');
    fireEvent.click(within(form).getByRole('button', { name: 'Save panel details' }));
    const message = 'Date the final minutes were received must be the same as or after the panel, 11 June 2026';
    expect(await within(form).findAllByText(message)).toHaveLength(2);
    expect((await householdsRepo.get(h.id))!.assessment.panel).toBeUndefined();
  });

  it('records preparation training, defaulting to Skills to Foster', async () => {
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    expect(await screen.findByText('No preparation training recorded yet.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Add training attended' }));
    const form = await screen.findByRole('form', { name: 'Add training attended' });
    expect((within(form).getByLabelText('Course') as HTMLInputElement).value).toBe('Skills to Foster');
    typeDate(within(form), 'Date attended', '2026-04-18');
    fireEvent.click(within(form).getByRole('button', { name: 'Add training' }));
    expect(await screen.findByText('Skills to Foster: attended 18 April 2026')).toBeTruthy();
  });

  it('shows a qualifying determination with the day its 28-day window closes', async () => {
    const h = await makeHousehold();
    await householdsRepo.updateAssessment(h.id, { patch: { decision: { qualifyingDeterminationOn: '2026-06-01' } }, baseRev: h.revision!.rev }, 'Tess Tester', 'Qualifying determination');
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} today={TODAY} />);
    await waitFor(() => expect(row('Representations or IRM application by')).toBe('29 June 2026'));
    expect(screen.queryByText('Temporary approval')).toBeNull();
  });
});
