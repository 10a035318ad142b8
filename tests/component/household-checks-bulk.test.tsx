import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { checksRepo } from '../../src/data/repositories/checks';
import { householdsRepo } from '../../src/data/repositories/households';
import { ChecksSection } from '../../src/ui/household/ChecksSection';
import { StageTaskList } from '../../src/ui/household/StageTaskList';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import type { HouseholdRecord } from '../../src/data/repositories/households';
import { asFixture } from '../fixture-person';
import { dateBox, typeDate } from './date-input';

const bulkForm = () => screen.findByRole('form', { name: 'Mark ticked checks' });
const tick = async (label: string) => fireEvent.click(await screen.findByLabelText(`Tick ${label}`));
const checksOf = (id: string) => db().checks.where('householdId').equals(id).toArray();

async function raised() {
  const h = await makeHousehold();
  await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
  render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
  return h;
}

describe('marking several checks at once', { timeout: 30_000 }, () => {
  it('marks every outstanding check requested, then received clear, in a handful of taps', async () => {
    const h = await raised();
    const form = await bulkForm();
    fireEvent.click(await screen.findByLabelText('Tick every outstanding check'));
    expect(await within(form).findByText('14 checks ticked')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Mark as requested' }));
    expect(await screen.findByText('14 checks marked requested')).toBeTruthy();
    expect(within(await bulkForm()).getByText('No checks ticked')).toBeTruthy();
    expect((await checksOf(h.id)).every((c) => c.requestedOn === TODAY)).toBe(true);
    await waitFor(() => expect(screen.getAllByText('Requested', { selector: '.tag' })).toHaveLength(14));

    fireEvent.click(await screen.findByLabelText('Tick every outstanding check'));
    fireEvent.click(within(await bulkForm()).getByRole('button', { name: 'Mark as received, clear' }));
    expect(await screen.findByText('14 of 14 checks received')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Mark ticked checks' })).toBeNull();
    expect(screen.queryByLabelText(/^Tick /)).toBeNull();
    expect((await checksOf(h.id)).every((c) => c.receivedOn === TODAY && c.outcome === 'clear')).toBe(true);
  });

  it('marks only the ticked checks, on the date given', async () => {
    const h = await raised();
    await tick('Ofsted check');
    await tick('Health check');
    const form = await bulkForm();
    typeDate(within(form), 'Date', '2026-06-08');
    fireEvent.click(within(form).getByRole('button', { name: 'Mark as requested' }));
    expect(await screen.findByText('2 checks marked requested')).toBeTruthy();
    const requested = (await checksOf(h.id)).filter((c) => c.requestedOn);
    expect(requested.map((c) => [c.label, c.requestedOn]).sort()).toEqual([
      ['Health check', '2026-06-08'],
      ['Ofsted check', '2026-06-08'],
    ]);
  });

  it('shows what is wrong beside the ticks and the date, with a summary, keeps the ticks and writes nothing', async () => {
    const h = await raised();
    const form = await bulkForm();
    typeDate(within(form), 'Date', '');
    fireEvent.click(within(form).getByRole('button', { name: 'Mark as received, clear' }));
    const summary = await within(form).findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select the checks to mark as received' }).getAttribute('href')).toBe('#checks-bulk-all');
    expect(within(summary).getByRole('link', { name: 'Enter the date received' })).toBeTruthy();
    expect(within(form).getByText('Select the checks to mark as received', { selector: '.error-message' })).toBeTruthy();
    expect(dateBox(within(form), 'Date', 'Day').getAttribute('aria-invalid')).toBe('true');

    const medical = (await checksOf(h.id)).find((c) => c.type === 'medical')!;
    await checksRepo.updateCheck(medical.id, { requestedOn: '2026-06-12' }, medical.revision!.rev, 'Tess Tester', TODAY);
    await screen.findByText('Requested', { selector: '.tag' });
    await tick(medical.label);
    await tick('Ofsted check');
    typeDate(within(form), 'Date', '2026-06-10');
    fireEvent.click(within(form).getByRole('button', { name: 'Mark as received, clear' }));
    const message = `${medical.label}: Date received must be the same as or after the date requested, 12 June 2026`;
    await waitFor(() => expect(form.querySelector('.error-message')?.textContent).toBe(`Error: ${message}`));
    expect(within(form).getByText('2 checks ticked')).toBeTruthy();
    expect((await checksOf(h.id)).some((c) => c.receivedOn)).toBe(false);

    const { violations } = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  it('refuses a tick made before someone else changed that check, and saves once the latest is taken', async () => {
    const h = await raised();
    await tick('Ofsted check');
    const ofsted = (await checksOf(h.id)).find((c) => c.type === 'ofsted')!;
    await checksRepo.updateCheck(ofsted.id, { requestedOn: '2026-06-01' }, ofsted.revision!.rev, 'Priya Shah', TODAY);
    fireEvent.click(within(await bulkForm()).getByRole('button', { name: 'Mark as received, clear' }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toMatch(/Ofsted check: .*Priya Shah/);
    expect((await db().checks.get(ofsted.id))!.receivedOn).toBeUndefined();
    fireEvent.click(within(notice).getByRole('button', { name: 'Use the latest and keep my changes' }));
    fireEvent.click(within(await bulkForm()).getByRole('button', { name: 'Mark as received, clear' }));
    expect(await screen.findByText('1 check marked received, clear')).toBeTruthy();
    expect(await db().checks.get(ofsted.id)).toMatchObject({ requestedOn: '2026-06-01', receivedOn: TODAY, outcome: 'clear' });
  });
});

describe('the stage list', () => {
  function Stages({ id }: { id: string }) {
    return <LiveRecord id={id} sections={[({ record }: { record: HouseholdRecord }) => <StageTaskList record={record} unraisedChecks={0} />]} />;
  }

  it('keeps stage 1 outstanding after stage 2 starts, until every check is received or not needed', async () => {
    const h = await makeHousehold();
    await asFixture(() => db().households.update(h.id, { stage: 'stage2', lastMoveOn: TODAY }));
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    const checks = await checksOf(h.id);
    const [first, ...rest] = checks;
    await checksRepo.markChecks(h.id, 'received', { on: TODAY, picked: Object.fromEntries(rest.map((c) => [c.id, c.revision!.rev])) }, 'Tess Tester', TODAY);
    render(<Stages id={h.id} />);

    const stage1 = (await screen.findByRole('link', { name: 'Stage 1' })).closest('li')!;
    await within(stage1).findByText('1 of 14 checks outstanding');
    expect(within(stage1).getByText('Checks outstanding')).toBeTruthy();
    expect(within(stage1).queryByText('Completed')).toBeNull();

    await checksRepo.markChecks(h.id, 'received', { on: TODAY, picked: { [first!.id]: first!.revision!.rev } }, 'Tess Tester', TODAY);
    await within(stage1).findByText('Completed');
    expect(within(stage1).queryByText(/outstanding/)).toBeNull();
    expect(await householdsRepo.get(h.id)).toMatchObject({ stage: 'stage2' });
  });
});
