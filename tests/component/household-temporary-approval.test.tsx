import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { householdsRepo } from '../../src/data/repositories/households';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { typeDate, shownDate } from './date-input';

const row = (key: string) => screen.getByText(key, { selector: 'dt' }).nextElementSibling!.textContent;
/** The message beside a field, found by its label or, for a date, by its legend. */
const errorBeside = (label: string) =>
  (screen.queryByRole('group', { name: label }) ?? screen.getByLabelText(label)).closest('.form-group')!.querySelector('.error-message')?.textContent ?? '';

async function connectedWithStart(startOn: string) {
  const h = await makeHousehold(['Nana McTestface'], 'connected');
  await householdsRepo.updateAssessment(h.id, { patch: { temporaryApproval: { startOn } }, baseRev: h.revision!.rev }, 'Tess Tester', 'Temporary approval');
  return h;
}

describe('Temporary approval on the household record', () => {
  it('records the start and shows the last day as 16 weeks less a day', async () => {
    const h = await makeHousehold(['Nana McTestface'], 'connected');
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    expect(await screen.findByText('Form C completed', { selector: 'dt' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Record temporary approval' }));
    const form = await screen.findByRole('form', { name: 'Record temporary approval' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save temporary approval' }));
    expect(await within(form).findAllByText('Enter the date temporary approval started')).toHaveLength(2);
    typeDate(within(form), 'Date temporary approval started', '2026-03-02');
    fireEvent.click(within(form).getByRole('button', { name: 'Save temporary approval' }));
    await waitFor(() => expect(row('Last day')).toBe('21 June 2026'));
    expect(screen.getByText('Temporary approval ends in 6 days, on 21 June 2026: decide the approval or extend it')).toBeTruthy();
  });

  it('extends once, with the nominated officer, the date, the reason and the panel consulted, refusing more than 8 weeks', async () => {
    const h = await connectedWithStart('2026-03-02');
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Extend temporary approval' }));
    const form = await screen.findByRole('form', { name: 'Extend temporary approval' });
    fireEvent.input(within(form).getByLabelText('Extension in weeks'), { target: { value: '9' } });
    typeDate(within(form), 'Date of the extension decision', '2026-06-12');
    typeDate(within(form), 'Date the fostering panel was consulted', '2026-06-05');
    fireEvent.click(within(form).getByRole('button', { name: 'Save extension' }));

    await waitFor(() => expect(errorBeside('Extension in weeks')).toContain('Extension must be a whole number of weeks from 1 to 8'));
    expect(errorBeside('Nominated officer who extended it')).toContain('Enter the name of the nominated officer who extended it');
    const summary = within(form).getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Extension must be a whole number of weeks from 1 to 8' }).getAttribute('href')).toBe('#extension-weeks');
    expect(shownDate(within(form), 'Date of the extension decision')).toBe('2026-06-12');
    expect((await householdsRepo.get(h.id))!.assessment.temporaryApproval).toEqual({ startOn: '2026-03-02' });

    fireEvent.input(within(form).getByLabelText('Extension in weeks'), { target: { value: '6' } });
    fireEvent.input(within(form).getByLabelText('Nominated officer who extended it'), { target: { value: 'Sam Example' } });
    fireEvent.input(within(form).getByLabelText('Why is it being extended?'), { target: { value: 'Medical report awaited' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save extension' }));
    await waitFor(() => expect(row('Last day')).toBe('2 August 2026'));
    expect(row('Extended by')).toBe('Sam Example, nominated officer, on 12 June 2026');
    expect(row('Fostering panel consulted')).toBe('5 June 2026');
    expect(screen.queryByRole('button', { name: 'Extend temporary approval' })).toBeNull();
    expect((await householdsRepo.get(h.id))!.assessment.temporaryApproval).toEqual({
      startOn: '2026-03-02',
      extensionWeeks: 6,
      extension: { decidedOn: '2026-06-12', nominatedOfficer: 'Sam Example', reason: 'Medical report awaited', panelConsultedOn: '2026-06-05' },
    });
    const events = await householdsRepo.timeline(h.id);
    expect(events[0]!.summary).toBe('Temporary approval extended by 6 weeks: last day 2 August 2026');
  });

  it('says a lapsed approval means the placement must end or the approval be decided, and refuses an extension decided after it lapsed', async () => {
    const h = await connectedWithStart('2026-01-05');
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} today={TODAY} />);
    expect(await screen.findByText('Temporary approval lapsed after 26 April 2026: the placement must end, or the approval be decided')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Extend temporary approval' }));
    const form = await screen.findByRole('form', { name: 'Extend temporary approval' });
    fireEvent.input(within(form).getByLabelText('Extension in weeks'), { target: { value: '8' } });
    typeDate(within(form), 'Date of the extension decision', '2026-04-27');
    typeDate(within(form), 'Date the fostering panel was consulted', '2026-04-20');
    fireEvent.input(within(form).getByLabelText('Nominated officer who extended it'), { target: { value: 'Sam Example' } });
    fireEvent.input(within(form).getByLabelText('Why is it being extended?'), { target: { value: 'Late' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save extension' }));
    await waitFor(() =>
      expect(errorBeside('Date of the extension decision')).toContain('Temporary approval lapsed after 26 April 2026: it cannot be extended once it has lapsed'),
    );
    expect((await householdsRepo.get(h.id))!.assessment.temporaryApproval).toEqual({ startOn: '2026-01-05' });
  });
});
