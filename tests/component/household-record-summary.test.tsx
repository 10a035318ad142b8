import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, formatDate, todayIso } from '../../src/domain/dates';
import { addWorkingDays } from '../../src/domain/working-days';
import { db } from '../../src/data/db';
import { staffRepo } from '../../src/data/repositories/staff';
import { createHousehold, renderHousehold, signIn, summaryRow } from './household-record-helpers';

beforeEach(signIn);

describe('household record: heading and summary', () => {
  it('shows the applicants, reference, stage, days in stage and the next deadline with its status', async () => {
    const today = todayIso();
    const enquiryOn = addDays(today, -30);
    const h = await createHousehold({ enquiryOn });
    const { container } = renderHousehold(h.id);

    expect(await screen.findByRole('heading', { level: 1, name: /Ada Examplesson and Bo Examplesson/ })).toBeTruthy();
    expect(screen.getByText(h.reference)).toBeTruthy();
    expect(within(summaryRow(container, 'Stage')).getByText('Enquiry')).toBeTruthy();
    expect(within(summaryRow(container, 'Days in stage')).getByText(`30 days (since ${formatDate(enquiryOn)})`)).toBeTruthy();
    const next = summaryRow(container, 'Next deadline');
    expect(next.textContent).toContain(`Reply to the enquiry: ${formatDate(addWorkingDays(enquiryOn, 1))}`);
    expect(within(next).getByText('Breached')).toBeTruthy();
  });

  it('shows contact details as links to call and email', async () => {
    const h = await createHousehold();
    renderHousehold(h.id);
    const phone = await screen.findByRole('link', { name: '07700 900123' });
    expect(phone.getAttribute('href')).toBe('tel:07700900123');
    expect(screen.getByRole('link', { name: 'ada.examplesson@example.com' }).getAttribute('href')).toBe('mailto:ada.examplesson@example.com');
    expect(screen.getByText('Short-term, Sibling groups')).toBeTruthy();
  });

  it('lists every stage with its status, the current one in progress and later ones not yet startable', async () => {
    const h = await createHousehold({ enquiryOn: todayIso() });
    renderHousehold(h.id);
    const stages = (await screen.findByRole('heading', { name: 'Stages' })).closest('section')!;
    const items = within(stages).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(within(items[0]!).getByRole('link', { name: /Enquiry/ }).getAttribute('href')).toBe('#people');
    expect(within(items[0]!).getByText('In progress')).toBeTruthy();
    expect(within(items[3]!).getByText('Stage 1')).toBeTruthy();
    expect(within(items[3]!).queryByRole('link')).toBeNull();
    expect(within(items[3]!).getByText('Cannot start yet')).toBeTruthy();
  });

  it('shows every timescale with whether it is a national rule or a local target', async () => {
    const h = await createHousehold({ enquiryOn: todayIso() });
    renderHousehold(h.id);
    const table = (await screen.findByRole('heading', { name: 'Timescales' })).closest('section')!;
    expect(within(table).getByText('Reply to the enquiry')).toBeTruthy();
    expect(within(table).getByText('Initial visit')).toBeTruthy();
    expect(within(table).getAllByText('Local')).toHaveLength(2);
    // A new enquiry is not at risk the day it is saved: a 1-working-day reply is at risk on its due date.
    expect(within(table).queryByText('At risk')).toBeNull();
    expect(within(table).getAllByText('On track')).toHaveLength(2);
  });

  it('assigns a worker and records who did it on the timeline', async () => {
    const worker = await staffRepo.add('Wendy Placeholder');
    const h = await createHousehold();
    const { container } = renderHousehold(h.id);
    // jsdom's name computation drops the space before the visually hidden " worker".
    fireEvent.click(await screen.findByRole('button', { name: /^Change\s*worker$/ }));
    fireEvent.change(screen.getByLabelText('Worker'), { target: { value: worker.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Save worker' }));

    await waitFor(() => expect(within(summaryRow(container, 'Worker')).getByText('Wendy Placeholder')).toBeTruthy());
    expect((await db().households.get(h.id))?.workerId).toBe(worker.id);
    const timeline = screen.getByRole('heading', { name: 'Timeline' }).closest('section')!;
    expect(await within(timeline).findByText('Worker assigned')).toBeTruthy();
  });

  it('says so for an unknown household', async () => {
    renderHousehold('no-such-household');
    expect(await screen.findByRole('heading', { level: 1, name: 'Household not found' })).toBeTruthy();
  });

  it('confirms a newly saved enquiry once: a reload of the address does not say it again', async () => {
    const h = await createHousehold();
    renderHousehold(h.id, '?saved=1');
    expect(await screen.findByText('Enquiry saved')).toBeTruthy();
    await waitFor(() => expect(location.search).toBe(''));
    expect(location.pathname).toBe(`/households/${h.id}`);
  });
});
