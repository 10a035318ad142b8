import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { checksRepo } from '../../src/data/repositories/checks';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { householdsRepo } from '../../src/data/repositories/households';
import { staffRepo } from '../../src/data/repositories/staff';
import { moveFrom } from '../../src/domain/stale-rule';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { ChecksSection } from '../../src/ui/household/ChecksSection';
import { MovePanel } from '../../src/ui/household/MovePanel';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { shownDate, typeDate } from './date-input';

const RESTORED = /We restored what you had typed/;

/** Types into a form and leaves the page (a reload), once the draft is stored with the revision the form opened on. */
async function typeAndLeave(key: string, opener: string, formName: string, field: string, value: string, sections = [AssessmentSection]) {
  const h = (await db().households.toArray())[0]!;
  render(<LiveRecord id={h.id} sections={sections} />);
  fireEvent.click(await screen.findByRole('button', { name: opener }));
  const form = await screen.findByRole('form', { name: formName });
  typeDate(within(form), field, value);
  cleanup();
  await waitFor(async () => expect((await draftsRepo.take(key))?.value).toMatchObject({}));
}

describe('a draft reopened after someone changed the record', () => {
  it('is still based on the revision its form opened on: the save is refused with what changed, and goes through after "Use the latest"', async () => {
    const priya = await staffRepo.add('Priya Shah');
    const h = await makeHousehold();
    const opened = (await householdsRepo.get(h.id))!.revision!.rev;
    await typeAndLeave(`stage2:${h.id}`, 'Change stage 2 details', 'Change stage 2 details', 'Date the Form F was started', '2026-03-02');
    expect((await draftsRepo.take(`stage2:${h.id}`))?.base).toBe(opened);

    // Another tab sets the assessor while this tab is away.
    await householdsRepo.updateAssessment(h.id, { patch: { assessorId: priya.id }, baseRev: opened }, 'Priya Shah', 'Stage 2 details updated');

    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    const form = await screen.findByRole('form', { name: 'Change stage 2 details' });
    await within(form).findByText(RESTORED);
    fireEvent.click(within(form).getByRole('button', { name: 'Save stage 2 details' }));
    const notice = await within(form).findByRole('alert');
    expect(notice.textContent).toMatch(/Since you opened this form, Priya Shah changed the assessor at \d\d:\d\d\. Your changes have not been saved\./);
    expect(shownDate(within(form), 'Date the Form F was started')).toBe('2026-03-02');
    const unchanged = (await householdsRepo.get(h.id))!.assessment;
    expect(unchanged.assessorId).toBe(priya.id);
    expect(unchanged.reportStartedOn).toBeUndefined();

    fireEvent.click(within(notice).getByRole('button', { name: 'Use the latest and keep my changes' }));
    // The draft now holds the latest revision too, so a reload here would not be refused again.
    const latest = (await householdsRepo.get(h.id))!.revision!.rev;
    await waitFor(async () => expect((await draftsRepo.take(`stage2:${h.id}`))?.base).toBe(latest));
    fireEvent.click(within(form).getByRole('button', { name: 'Save stage 2 details' }));
    await waitFor(async () => expect((await householdsRepo.get(h.id))!.assessment.reportStartedOn).toBe('2026-03-02'));
  });

  it('refuses a check update over a result recorded since the draft was typed', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    const check = (await db().checks.where('householdId').equals(h.id).filter((c) => c.label === 'Ofsted check').first())!;
    await typeAndLeave(`check:${h.id}:${check.id}`, 'Update Ofsted check', 'Update: Ofsted check', 'Date requested', '2026-06-01', [ChecksSection]);

    await checksRepo.updateCheck(check.id, { requestedOn: '2026-05-20', receivedOn: '2026-06-10', outcome: 'clear' }, check.revision!.rev, 'Priya Shah', TODAY);

    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const form = await screen.findByRole('form', { name: 'Update: Ofsted check' });
    await within(form).findByText(RESTORED);
    expect(shownDate(within(form), 'Date requested')).toBe('2026-06-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Save check' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Priya Shah changed .*Your changes have not been saved\./);
    expect((await db().checks.get(check.id))!.requestedOn).toBe('2026-05-20');
  });

  it('refuses a move whose draft was begun before another tab moved the household', async () => {
    const h = await makeHousehold();
    const stored = (await householdsRepo.get(h.id))!;
    render(<MovePanel household={stored} today={TODAY} onErrors={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw' }));
    fireEvent.click(screen.getByLabelText('Decided not to apply'));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'They will enquire again next year.' } });
    cleanup();
    await waitFor(async () => expect((await draftsRepo.take(`move:${h.id}:withdraw`))?.base).toEqual({ stage: 'enquiry', state: 'active' }));

    await householdsRepo.move(h.id, { kind: 'forward', on: TODAY, from: moveFrom(stored) }, 'Priya Shah', TODAY);
    const moved = (await householdsRepo.get(h.id))!;
    render(<MovePanel household={moved} today={TODAY} onErrors={() => undefined} />);
    const form = await screen.findByRole('form', { name: /Withdraw/ });
    await within(form).findByText(RESTORED);
    fireEvent.click(within(form).getByRole('button', { name: 'Withdraw household' }));
    fireEvent.click(await within(form).findByRole('button', { name: 'Yes, withdraw household' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/Priya Shah moved this household .*Your move has not been saved\./);
    expect((await householdsRepo.get(h.id))!.state).toBe('active');
  });
});
