import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import type { Enquiry } from '../../src/domain/validation/enquiry';
import { db } from '../../src/data/db';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { householdsRepo } from '../../src/data/repositories/households';
import { currentUser } from '../../src/ui/current-user';
import { shownDate } from './date-input';
import EnquiryPage from '../../src/ui/enquiry/EnquiryPage';

const WORKER = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 as const };

/** Stands in for the household record page, which another part of the app draws. */
function HouseholdPageStandIn() {
  const { path, query } = useLocation();
  return (
    <p>
      Household record {path.split('/').pop()}
      {query.saved === '1' && ' (saved)'}
    </p>
  );
}

function renderEnquiryPage() {
  history.replaceState(null, '', '/enquiries/new');
  return render(
    <LocationProvider>
      <main>
        <Router>
          <Route path="/enquiries/new" component={EnquiryPage} />
          <Route path="/households/:id" component={HouseholdPageStandIn} />
        </Router>
      </main>
    </LocationProvider>,
  );
}

const typeInto = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const choose = (label: string) => fireEvent.click(screen.getByLabelText(label));
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save enquiry' }));
const messageBeside = (fieldId: string) => document.getElementById(`${fieldId}-error`)?.textContent;

type Answers = Record<'name' | 'second' | 'email' | 'phone' | 'postcode', string>;

/** Fills in a complete, valid enquiry; any answer can be replaced ('' leaves it empty). */
async function fillValidEnquiry(overrides: Partial<Answers> = {}) {
  const a: Answers = {
    name: 'Alex Fakename',
    second: 'Sam Fakename',
    email: 'alex.fakename@example.com',
    phone: '07700 900123',
    postcode: 'SW1A 1AA',
    ...overrides,
  };
  await screen.findByLabelText("Applicant's full name");
  typeInto("Applicant's full name", a.name);
  typeInto("Second applicant's full name (optional)", a.second);
  typeInto('Email address', a.email);
  typeInto('Phone number', a.phone);
  typeInto('Postcode', a.postcode);
  choose('Word of mouth');
  choose('Short-term');
  choose('Teenagers');
}

function existingEnquiry(overrides: Partial<Enquiry> = {}): Enquiry {
  return {
    applicants: ['Jo Madeupson'],
    email: 'jo.madeupson@example.com',
    phone: '01632960001',
    postcode: 'LS1 4AP',
    howHeard: 'website',
    interests: ['notSure'],
    enquiryOn: '2025-01-15',
    kind: 'mainstream',
    ...overrides,
  };
}

/** axe-core rules jsdom can judge; colour contrast needs a real browser (the end-to-end tests). */
async function accessibilityViolations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeEach(() => {
  currentUser.value = WORKER;
  // jsdom does not lay pages out; the error summary scrolls the field into view.
  Element.prototype.scrollIntoView ??= () => undefined;
});

describe('the enquiry form', () => {
  it('dates the enquiry today by default, in day, month and year boxes with a number keypad', async () => {
    renderEnquiryPage();
    const day = within(await screen.findByRole('group', { name: 'Date of enquiry' })).getByLabelText('Day');
    expect(day.getAttribute('inputmode')).toBe('numeric');
    expect(shownDate(screen, 'Date of enquiry')).toBe(todayIso());
    expect((screen.getByLabelText('Mainstream') as HTMLInputElement).checked).toBe(true);
  });

  it('shows the error summary and each message beside its field for an empty form, and saves nothing', async () => {
    renderEnquiryPage();
    await screen.findByLabelText("Applicant's full name");
    submit();

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    const expected: [string, string][] = [
      ['applicant1', "Enter the applicant's full name"],
      ['phone', 'Enter a phone number or an email address, or both'],
      ['postcode', 'Enter a postcode'],
      ['howHeard', 'Select how they heard about fostering'],
      ['interests', 'Select what kind of fostering they are interested in, or "Not sure yet"'],
    ];
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.getAttribute('href')!.slice(1), l.textContent])).toEqual(expected);
    for (const [field, message] of expected) expect(messageBeside(field)).toBe(`Error: ${message}`);
    expect(document.title.startsWith('Error: ')).toBe(true);
    expect(await db().households.count()).toBe(0);
  });

  it('moves focus to the field when its link in the summary is used', async () => {
    renderEnquiryPage();
    await screen.findByLabelText("Applicant's full name");
    submit();
    fireEvent.click(await screen.findByRole('link', { name: 'Enter a postcode' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Postcode'));
  });

  it.each([
    ['postcode', { postcode: 'NOT A CODE' }, 'Enter a real UK postcode, like AA1 1AA'],
    ['email', { email: 'alex.example.com' }, 'Enter an email address in the correct format, like name@example.com'],
    ['phone', { phone: '12345' }, 'Enter a UK phone number, like 01632 960 001 or 07700 900 982'],
  ])('shows its own message for a bad %s', async (field, answers, message) => {
    renderEnquiryPage();
    await fillValidEnquiry(answers);
    submit();
    expect(await screen.findByRole('link', { name: message })).toBeTruthy();
    expect(messageBeside(field)).toBe(`Error: ${message}`);
    expect(await db().households.count()).toBe(0);
  });

  it('asks for a phone number or an email address when neither is given', async () => {
    renderEnquiryPage();
    await fillValidEnquiry({ email: '', phone: '' });
    submit();
    const message = 'Enter a phone number or an email address, or both';
    expect(await screen.findByRole('link', { name: message })).toBeTruthy();
    expect(messageBeside('phone')).toBe(`Error: ${message}`);
    expect(await db().households.count()).toBe(0);
  });

  it('saves a valid enquiry with its details, people and an audit event, then opens the household', async () => {
    renderEnquiryPage();
    await fillValidEnquiry();
    typeInto('Notes (optional)', 'Prefers a call after 6pm');
    choose('Connected person (kinship)');
    submit();

    const saved = await screen.findByText(/Household record .* \(saved\)/);
    const [household, ...others] = await db().households.toArray();
    expect(others).toHaveLength(0);
    expect(saved.textContent).toContain(household!.id);
    expect(household).toMatchObject({ stage: 'enquiry', state: 'active', kind: 'connected', enquiryOn: todayIso() });
    expect(await db().householdDetails.get(household!.id)).toMatchObject({
      email: 'alex.fakename@example.com',
      phone: '07700900123',
      postcode: 'SW1A 1AA',
      howHeard: 'wordOfMouth',
      interests: ['shortTerm', 'teenagers'],
      enquiryNotes: 'Prefers a call after 6pm',
    });
    const people = await db().people.where('householdId').equals(household!.id).toArray();
    expect(people.map((p) => p.name).sort()).toEqual(['Alex Fakename', 'Sam Fakename']);
    const events = await householdsRepo.timeline(household!.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'enquiry', by: WORKER.name });
  });

  it('keeps the answers and says so when the enquiry cannot be saved', async () => {
    const failing = vi.spyOn(householdsRepo, 'createEnquiry').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    renderEnquiryPage();
    await fillValidEnquiry();
    submit();
    expect(await screen.findByRole('heading', { name: 'The enquiry could not be saved' })).toBeTruthy();
    expect(screen.getByText(/This device has no space left to save this\. Nothing was changed and what you typed is kept\./)).toBeTruthy();
    expect((screen.getByLabelText("Applicant's full name") as HTMLInputElement).value).toBe('Alex Fakename');
    expect(await db().households.count()).toBe(0);

    failing.mockRestore();
    submit();
    await screen.findByText(/Household record .* \(saved\)/);
    expect(await db().households.count()).toBe(1);
  });

  it('has no accessibility problems axe can find, with and without errors', async () => {
    renderEnquiryPage();
    await screen.findByLabelText("Applicant's full name");
    expect(await accessibilityViolations()).toEqual([]);
    submit();
    await screen.findByRole('alert');
    expect(await accessibilityViolations()).toEqual([]);
  });

  it('saves once however many times the button is pressed', async () => {
    renderEnquiryPage();
    await fillValidEnquiry();
    submit();
    submit();
    submit();
    await screen.findByText(/Household record/);
    expect(await db().households.count()).toBe(1);
  });
});

describe('the possible-duplicate warning', () => {
  it('warns about a household with the same email, links to it, and can still save', async () => {
    const existing = await householdsRepo.createEnquiry(existingEnquiry(), 'Someone Else');
    renderEnquiryPage();
    await fillValidEnquiry({ email: 'Jo.Madeupson@example.com' });
    submit();

    const warning = await screen.findByRole('region', { name: 'This may be a household you already know' });
    const link = within(warning).getByRole('link', { name: `${existing.reference}: Jo Madeupson` });
    expect(link.getAttribute('href')).toBe(`/households/${existing.id}`);
    expect(within(warning).getByText('Why it may match: same email address')).toBeTruthy();
    expect(within(warning).getByText('Enquiry')).toBeTruthy();
    expect(await db().households.count()).toBe(1);

    expect(await accessibilityViolations()).toEqual([]);

    fireEvent.click(within(warning).getByRole('button', { name: 'Save as a new enquiry anyway' }));
    await screen.findByText(/Household record .* \(saved\)/);
    expect(await db().households.count()).toBe(2);
  });

  it('warns about a household with the same surname and postcode, and the answers can be changed', async () => {
    const existing = await householdsRepo.createEnquiry(existingEnquiry({ postcode: 'SW1A 1AA', applicants: ['Chris Fakename'] }), 'Someone Else');
    renderEnquiryPage();
    await fillValidEnquiry({ second: '' });
    submit();

    const warning = await screen.findByRole('region', { name: 'This may be a household you already know' });
    expect(within(warning).getByRole('link', { name: `${existing.reference}: Chris Fakename` })).toBeTruthy();
    expect(within(warning).getByText('Why it may match: same surname and postcode')).toBeTruthy();

    fireEvent.click(within(warning).getByRole('button', { name: 'Change the answers' }));
    const postcode = (await screen.findByLabelText('Postcode')) as HTMLInputElement;
    expect(postcode.value).toBe('SW1A 1AA');
    typeInto('Postcode', 'M1 1AE');
    submit();
    await screen.findByText(/Household record .* \(saved\)/);
    expect(await db().households.count()).toBe(2);
  });

  it('does not warn about households that share nothing', async () => {
    await householdsRepo.createEnquiry(existingEnquiry(), 'Someone Else');
    renderEnquiryPage();
    await fillValidEnquiry();
    submit();
    await screen.findByText(/Household record .* \(saved\)/);
    expect(screen.queryByText('This may be a household you already know')).toBeNull();
  });
});

describe('the draft', () => {
  const restoredNotice = 'We restored the enquiry you had started.';

  it('is kept while typing, restored when the page opens again, and discarded on request', async () => {
    renderEnquiryPage();
    await screen.findByLabelText("Applicant's full name");
    typeInto("Applicant's full name", 'Robin Draftperson');
    choose('Event');
    await waitFor(async () => expect(await draftsRepo.get('enquiry-new')).toMatchObject({ applicant1: 'Robin Draftperson' }), {
      timeout: 2000,
    });

    cleanup();
    renderEnquiryPage();
    expect(await screen.findByText(restoredNotice)).toBeTruthy();
    expect((screen.getByLabelText("Applicant's full name") as HTMLInputElement).value).toBe('Robin Draftperson');
    expect((screen.getByLabelText('Event') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Discard it and start again' }));
    await waitFor(() => expect((screen.getByLabelText("Applicant's full name") as HTMLInputElement).value).toBe(''));
    expect(screen.queryByText(restoredNotice)).toBeNull();
    expect(await draftsRepo.get('enquiry-new')).toBeUndefined();
  });

  it('keeps the last answers when the page is left before the pause in typing', async () => {
    const first = renderEnquiryPage();
    await screen.findByLabelText("Applicant's full name");
    typeInto('Postcode', 'LS1 4AP');
    first.unmount();
    await waitFor(async () => expect(await draftsRepo.get('enquiry-new')).toMatchObject({ postcode: 'LS1 4AP' }));
  });

  it('is removed once the enquiry is saved', async () => {
    renderEnquiryPage();
    await fillValidEnquiry();
    await waitFor(async () => expect(await draftsRepo.get('enquiry-new')).toBeDefined(), { timeout: 2000 });
    submit();
    await screen.findByText(/Household record/);
    expect(await draftsRepo.get('enquiry-new')).toBeUndefined();
  });

  it('opens a fresh form when there is no draft', async () => {
    renderEnquiryPage();
    await screen.findByLabelText("Applicant's full name");
    expect(screen.queryByText(restoredNotice)).toBeNull();
  });
});
