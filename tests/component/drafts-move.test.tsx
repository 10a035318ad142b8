import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { db } from '../../src/data/db';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { createHousehold, renderHousehold, signIn } from './household-record-helpers';

beforeEach(signIn);

const NOTICE = /We restored what you had typed/;
// Before an application, a withdrawal takes the service's own code, not Ofsted's.
const CODE = 'Decided not to apply';
const NOTE = 'A new baby is due; they will enquire again next year.';

function moveSection() {
  return screen.getByRole('heading', { name: 'Move this household' }).closest('section')!;
}

async function halfFillWithdrawalAndLeave(householdId: string) {
  renderHousehold(householdId);
  fireEvent.click(await screen.findByRole('button', { name: 'Withdraw' }));
  fireEvent.click(screen.getByLabelText(CODE));
  fireEvent.input(screen.getByLabelText('Note'), { target: { value: NOTE } });
  cleanup();
  await waitFor(async () => expect(await draftsRepo.get(`move:${householdId}:withdraw`)).toMatchObject({ code: 'decidedNotToApply', reason: NOTE }));
}

async function household(overrides: Parameters<typeof createHousehold>[0] = {}) {
  return createHousehold({ enquiryOn: addDays(todayIso(), -10), ...overrides });
}

describe('drafts: the move form', () => {
  it('opens a half-filled withdrawal again, with its code and note, when the record is opened again', async () => {
    const h = await household();
    await halfFillWithdrawalAndLeave(h.id);

    renderHousehold(h.id);
    const form = await screen.findByRole('form', { name: 'Withdraw' });
    expect(await within(form).findByText(NOTICE)).toBeTruthy();
    expect((within(form).getByLabelText(CODE) as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText('Note') as HTMLTextAreaElement).value).toBe(NOTE);
    expect(within(moveSection()).getByRole('button', { name: 'Withdraw' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('is removed once the household is withdrawn', async () => {
    const h = await household();
    await halfFillWithdrawalAndLeave(h.id);

    renderHousehold(h.id);
    const form = await screen.findByRole('form', { name: 'Withdraw' });
    await waitFor(() => expect((within(form).getByLabelText('Note') as HTMLTextAreaElement).value).toBe(NOTE));
    fireEvent.click(within(form).getByRole('button', { name: 'Withdraw household' }));
    fireEvent.click(await within(form).findByRole('button', { name: 'Yes, withdraw household' }));

    expect(await screen.findByText('Withdrew at Enquiry (Decided not to apply)', { selector: '.notification strong' })).toBeTruthy();
    expect((await db().households.get(h.id))?.state).toBe('withdrawn');
    expect(await db().drafts.count()).toBe(0);
  });

  it('is removed on cancel, and the form then opens empty', async () => {
    const h = await household();
    await halfFillWithdrawalAndLeave(h.id);

    renderHousehold(h.id);
    const form = await screen.findByRole('form', { name: 'Withdraw' });
    await within(form).findByText(NOTICE);
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Withdraw' })).toBeNull());
    await waitFor(async () => expect(await draftsRepo.get(`move:${h.id}:withdraw`)).toBeUndefined());

    fireEvent.click(within(moveSection()).getByRole('button', { name: 'Withdraw' }));
    const again = await screen.findByRole('form', { name: 'Withdraw' });
    expect((within(again).getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');
    expect(within(again).queryByText(NOTICE)).toBeNull();
  });

  it('is discarded on request, leaving the form open and empty', async () => {
    const h = await household();
    await halfFillWithdrawalAndLeave(h.id);

    renderHousehold(h.id);
    const form = await screen.findByRole('form', { name: 'Withdraw' });
    fireEvent.click(await within(form).findByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect((within(form).getByLabelText('Note') as HTMLTextAreaElement).value).toBe(''));
    expect((within(form).getByLabelText(CODE) as HTMLInputElement).checked).toBe(false);
    expect(within(form).queryByText(NOTICE)).toBeNull();
    expect(await draftsRepo.get(`move:${h.id}:withdraw`)).toBeUndefined();
  });

  it('for one household never opens on another', async () => {
    const a = await household();
    const b = await household({ applicants: ['Cy Sampleton'], email: 'cy.sampleton@example.com', phone: '07700900456', postcode: 'ZZ9 9ZZ' });
    await halfFillWithdrawalAndLeave(a.id);

    renderHousehold(b.id);
    await screen.findByRole('heading', { name: 'Cy Sampleton' });
    // Give the draft read time to land before checking it did not.
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByRole('form', { name: 'Withdraw' })).toBeNull();
    expect(screen.queryByText(NOTICE)).toBeNull();
    fireEvent.click(within(moveSection()).getByRole('button', { name: 'Withdraw' }));
    const form = await screen.findByRole('form', { name: 'Withdraw' });
    await new Promise((r) => setTimeout(r, 100));
    expect((within(form).getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');
    expect(within(form).queryByText(NOTICE)).toBeNull();
  });
});
