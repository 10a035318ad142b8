import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { householdsRepo } from '../../src/data/repositories/households';
import { staffRepo } from '../../src/data/repositories/staff';
import { moveFrom } from '../../src/domain/stale-rule';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { MovePanel } from '../../src/ui/household/MovePanel';
import { Timeline } from '../../src/ui/household/Timeline';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { typeDate, shownDate } from './date-input';

describe('a form saved over a change made in another tab', () => {
  it('says who changed what and when, keeps what was typed, and saves after "Use the latest"', async () => {
    const priya = await staffRepo.add('Priya Shah');
    const h = await makeHousehold();
    render(
      <>
        <LiveRecord id={h.id} sections={[AssessmentSection]} />
        <Timeline householdId={h.id} />
      </>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Change stage 2 details' }));
    const form = await screen.findByRole('form', { name: 'Change stage 2 details' });
    typeDate(within(form), 'Date the Form F was started', '2026-03-02');

    // Another tab sets the assessor after this form opened.
    const opened = (await householdsRepo.get(h.id))!;
    await householdsRepo.updateAssessment(h.id, { patch: { assessorId: priya.id }, baseRev: opened.revision!.rev }, 'Priya Shah', 'Stage 2 details updated');

    fireEvent.click(within(form).getByRole('button', { name: 'Save stage 2 details' }));
    const notice = await within(form).findByRole('alert');
    expect(notice.textContent).toMatch(/Since you opened this form, Priya Shah changed the assessor at \d\d:\d\d\. Your changes have not been saved\./);
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(shownDate(within(form), 'Date the Form F was started')).toBe('2026-03-02');
    const unchanged = (await householdsRepo.get(h.id))!.assessment;
    expect(unchanged.assessorId).toBe(priya.id);
    expect(unchanged.reportStartedOn).toBeUndefined();

    fireEvent.click(within(notice).getByRole('button', { name: 'Use the latest and keep my changes' }));
    expect(within(form).queryByRole('alert')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Save stage 2 details' }));
    await waitFor(async () => expect((await householdsRepo.get(h.id))!.assessment.reportStartedOn).toBe('2026-03-02'));
    // The typed form left the assessor unset, and the person saving chose to keep that.
    expect((await householdsRepo.get(h.id))!.assessment.assessorId).toBeUndefined();

    await screen.findByText('Assessor: Priya Shah → not assigned');
    screen.getByText('Report started on: not set → 2 March 2026');
  });

  it('refuses a move chosen before another tab moved the household, and keeps it where that tab put it', async () => {
    const h = await makeHousehold();
    const stored = (await householdsRepo.get(h.id))!;
    render(<MovePanel household={stored} today={TODAY} onErrors={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Move to Initial visit' }));
    const form = await screen.findByRole('form', { name: 'Move to Initial visit' });

    await householdsRepo.move(h.id, { kind: 'forward', on: TODAY, from: moveFrom(stored) }, 'Priya Shah', TODAY);
    fireEvent.click(within(form).getByRole('button', { name: 'Save move' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Priya Shah moved this household at \d\d:\d\d\. Where it stands now: Initial visit\. Your move has not been saved\./);
    expect((await householdsRepo.get(h.id))!.stage).toBe('initialVisit');
    expect(await householdsRepo.timeline(h.id)).toHaveLength(2);
  });
});
