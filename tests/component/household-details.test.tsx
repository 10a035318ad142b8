import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo, type HouseholdRecord } from '../../src/data/repositories/households';
import { DetailsSection } from '../../src/ui/household/DetailsSection';
import { Timeline } from '../../src/ui/household/Timeline';
import { LiveRecord, makeHousehold } from './household-sections-harness';
import { summaryRow } from './household-record-helpers';

function Details({ record }: { record: HouseholdRecord }) {
  return (
    <>
      <DetailsSection record={record} onErrors={() => undefined} />
      <Timeline householdId={record.household.id} />
    </>
  );
}

function show(id: string) {
  return render(
    <>
      <h1>Household</h1>
      <LiveRecord id={id} sections={[Details]} />
    </>,
  );
}

// jsdom's name computation drops the space before a visually hidden part of a name.
const changeLink = (what: string) => screen.findByRole('button', { name: new RegExp(`^Change\\s*${what}$`) });

describe('correcting household details', () => {
  it('corrects a mistyped phone number and adds the address, with the change on the timeline', async () => {
    const h = await makeHousehold();
    const { container } = show(h.id);
    fireEvent.click(await changeLink('phone'));
    const form = screen.getByRole('form', { name: 'Change contact details' });
    const phone = within(form).getByLabelText('Phone number') as HTMLInputElement;
    expect(document.activeElement).toBe(phone);
    expect(phone.value).toBe('07700 900123');

    fireEvent.input(phone, { target: { value: '07700 9004' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact details' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982' })).toBeTruthy();
    expect(phone.getAttribute('aria-describedby')).toContain('contact-phone-error');
    expect(phone.value).toBe('07700 9004');

    fireEvent.input(phone, { target: { value: '07700 900456' } });
    fireEvent.input(within(form).getByLabelText('Address (optional)'), { target: { value: '3 Sample Street\nExampletown' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact details' }));

    expect(await screen.findByText('Contact details saved')).toBeTruthy();
    await waitFor(() => expect(within(summaryRow(container, 'Phone')).getByRole('link', { name: '07700 900456' })).toBeTruthy());
    expect(summaryRow(container, 'Address').textContent).toContain('3 Sample Street');
    const timeline = screen.getByRole('heading', { name: 'Timeline' }).closest('section')!;
    expect(await within(timeline).findByText('Phone: 07700 900123 → 07700 900456')).toBeTruthy();
    expect(within(timeline).getByText('Address: not set → 3 Sample Street, Exampletown')).toBeTruthy();
  });

  it('refuses to make a household with a temporary approval mainstream, beside the field and at the top', async () => {
    const h = await makeHousehold(['Testy McTestface'], 'connected');
    await householdsRepo.updateAssessment(h.id, { patch: { temporaryApproval: { startOn: '2026-01-10' } }, baseRev: h.revision!.rev }, 'Tess Tester', 'Temporary approval recorded');
    show(h.id);
    fireEvent.click(await changeLink('type of household'));
    const form = screen.getByRole('form', { name: 'Change household details' });
    fireEvent.input(within(form).getByLabelText('Named child'), { target: { value: 'Kit McTestface' } });
    fireEvent.click(within(form).getByLabelText('Mainstream'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save household details' }));

    const message = 'This household cannot be mainstream: it has a temporary approval, which only apply to connected person households';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    // The same words beside the field, which names them as its description.
    expect(within(form).getAllByText(message)).toHaveLength(2);
    expect(within(form).getByRole('group', { name: 'Type of household' }).getAttribute('aria-describedby')).toContain('household-kind-error');
    expect((await householdsRepo.get(h.id))!.kind).toBe('connected');
  });

  it('corrects the named child and what they are interested in', async () => {
    const h = await makeHousehold(['Testy McTestface'], 'connected');
    const { container } = show(h.id);
    fireEvent.click(await changeLink('named child'));
    const form = screen.getByRole('form', { name: 'Change household details' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Named child'));
    fireEvent.input(within(form).getByLabelText('Named child'), { target: { value: 'Kit McTestface' } });
    fireEvent.click(within(form).getByLabelText('Not sure yet'));
    fireEvent.click(within(form).getByLabelText('Long-term'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save household details' }));

    expect(await screen.findByText('Household details saved')).toBeTruthy();
    await waitFor(() => expect(summaryRow(container, 'Named child').textContent).toContain('Kit McTestface'));
    expect(summaryRow(container, 'Interested in').textContent).toContain('Long-term');
    expect((await db().householdDetails.get(h.id))!.interests).toEqual(['longTerm']);
  });

  it('keeps what was typed and says who changed the record when it changed since the form opened', async () => {
    const h = await makeHousehold();
    show(h.id);
    fireEvent.click(await changeLink('phone'));
    const form = screen.getByRole('form', { name: 'Change contact details' });
    const details = (await db().householdDetails.get(h.id))!;
    await householdsRepo.correctDetails(h.id, { details: { phone: '07700900789' }, baseRev: details.revision!.rev }, 'Priya Other', 'Contact details corrected');
    fireEvent.input(within(form).getByLabelText('Phone number'), { target: { value: '07700 900456' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact details' }));

    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Priya Other changed the phone');
    expect((within(form).getByLabelText('Phone number') as HTMLInputElement).value).toBe('07700 900456');
    expect((await db().householdDetails.get(h.id))!.phone).toBe('07700900789');

    fireEvent.click(within(notice).getByRole('button', { name: 'Use the latest and keep my changes' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save contact details' }));
    expect(await screen.findByText('Contact details saved')).toBeTruthy();
    expect((await db().householdDetails.get(h.id))!.phone).toBe('07700900456');
  });

  it('has no axe violations with both forms showing errors', { timeout: 30_000 }, async () => {
    const h = await makeHousehold(['Testy McTestface'], 'connected');
    const { container } = show(h.id);
    fireEvent.click(await changeLink('type of household'));
    const household = screen.getByRole('form', { name: 'Change household details' });
    fireEvent.click(within(household).getByLabelText('Not sure yet'));
    fireEvent.click(within(household).getByRole('button', { name: 'Save household details' }));
    await within(household).findByRole('alert');
    let result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);

    fireEvent.click(within(household).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await changeLink('email'));
    const contact = screen.getByRole('form', { name: 'Change contact details' });
    fireEvent.input(within(contact).getByLabelText('Email address'), { target: { value: 'not an email' } });
    fireEvent.click(within(contact).getByRole('button', { name: 'Save contact details' }));
    await within(contact).findByRole('alert');
    result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
