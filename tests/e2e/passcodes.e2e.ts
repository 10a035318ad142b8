import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, pathOf, signIn } from './support/browser';
import { main } from './support/journey';

const AVERY = 'Avery Synthetic-Worker';
const BLAKE = 'Blake Synthetic-Colleague';
const AVERY_PASSCODE = 'amber kettle on';
const BLAKE_PASSCODE = 'green teapot lid';

/** Made-up household details typed in the test: none may be readable from the stored database. */
const TYPED = {
  name: 'Quorra Larkwhistle',
  email: 'quorra.larkwhistle@example.com',
  postcode: 'LS6 2AB',
  enquiryNote: 'Keeps bees behind the allotment',
  note: 'Asked about the loft conversion',
  draft: 'Half-typed thought about the stairgate',
};

/** Every value and every index key of every store, read with the plain IndexedDB API as anyone with the disk could. */
function readEveryStore(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const text = (value: unknown): string =>
      JSON.stringify(value, (_k, v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? new TextDecoder().decode(v as ArrayBuffer) : v));
    const request = (r: IDBRequest) => new Promise<unknown>((done, fail) => ((r.onsuccess = () => done(r.result)), (r.onerror = () => fail(r.error))));
    const database = (await request(indexedDB.open('fostering'))) as IDBDatabase;
    const out: string[] = [];
    for (const name of Array.from(database.objectStoreNames)) {
      const store = database.transaction(name).objectStore(name);
      out.push(name, text(await request(store.getAll())), text(await request(store.getAllKeys())));
      for (const index of Array.from(store.indexNames)) {
        const keys: unknown[] = [];
        await new Promise<void>((done) => {
          const cursor = store.index(index).openKeyCursor();
          cursor.onsuccess = () => {
            if (!cursor.result) return done();
            keys.push(cursor.result.key);
            cursor.result.continue();
          };
        });
        out.push(text(keys));
      }
    }
    database.close();
    return out.join('\n');
  });
}

async function unlockAs(page: Page, name: string, passcode: string, button = 'Unlock') {
  // The form reads who holds a passcode after the lock screen's heading shows: wait for it, or the
  // choice of person is skipped and the last person's name stays chosen.
  await page.getByLabel('Your passcode').waitFor();
  const who = page.getByRole('group', { name: 'Who are you?' });
  if (await who.isVisible()) await who.getByLabel(name).check();
  await page.getByLabel('Your passcode').fill(passcode);
  await page.getByRole('button', { name: button }).click();
}

/** The enquiry form's other required answers, after the name, as typed in these tests. */
async function answerEnquiry(page: Page) {
  await main(page).getByLabel('Email address').fill(TYPED.email);
  await main(page).getByLabel('Phone number').fill('07700 900 461');
  await main(page).getByLabel('Postcode').fill(TYPED.postcode);
  await main(page).getByLabel('Word of mouth').check();
  await main(page).getByLabel('Teenagers').check();
}

/** Saves the enquiry and waits for its household's record. */
async function saveEnquiry(page: Page) {
  await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(TYPED.name) }).waitFor();
}

/** The device's first passcode, set in Settings by the person signed in; resolves once every record is sealed. */
async function setFirstPasscodeIn(page: Page) {
  await page.goto('/settings');
  const passcodes = page.getByRole('region', { name: 'Passcodes on this device' });
  await passcodes.getByLabel('Your new passcode').fill(AVERY_PASSCODE);
  await passcodes.getByLabel('Type it again').fill(AVERY_PASSCODE);
  await passcodes.getByRole('button', { name: 'Set a passcode' }).click();
  await passcodes.getByText('Your passcode is set and every record on this device is encrypted.').waitFor({ timeout: 60_000 });
}

/**
 * Scrolls a field into view and waits for the browser to send the scroll. A scroll is activity to
 * the idle lock, and the one a fill makes arrives a frame later: on a busy machine, after the
 * test's clock has jumped, so the device rightly stays open.
 */
async function scrolledIntoView(field: Locator) {
  await field.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const before = element.getBoundingClientRect().top;
        addEventListener('scroll', () => resolve(), { once: true, capture: true });
        element.scrollIntoView({ block: 'center' });
        if (element.getBoundingClientRect().top === before) resolve();
      }),
  );
}

describe('passcodes and the lock', () => {
  test('two people set passcodes; nothing typed is readable on disk; the device locks when idle; wrong passcodes are slowed; carer mode stays shut', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.clock.install();
    await page.goto('/');
    await signIn(page, AVERY);

    // A household, a note and a half-typed note, all before any passcode: encrypting in place must seal them.
    await page.goto('/enquiries/new');
    await main(page).getByLabel("Applicant's full name", { exact: true }).fill(TYPED.name);
    await answerEnquiry(page);
    await main(page).getByLabel('Notes (optional)').fill(TYPED.enquiryNote);
    await saveEnquiry(page);
    // The record's own address: "?saved=1" is taken off once the banner has shown, maybe not yet.
    const record = new URL(page.url()).pathname;
    await main(page).getByLabel('Add a note').fill(TYPED.note);
    await main(page).getByRole('button', { name: 'Add note' }).click();
    await main(page).getByText(TYPED.note).waitFor();

    await page.goto('/settings');
    await page.getByLabel('Full name').fill(BLAKE);
    await page.getByRole('button', { name: 'Add name' }).click();
    const passcodes = page.getByRole('region', { name: 'Passcodes on this device' });
    await passcodes.getByText('A forgotten passcode cannot be recovered.', { exact: false }).waitFor();
    await passcodes.getByRole('button', { name: 'Set a passcode' }).click();
    await passcodes.getByText('Enter a passcode').first().waitFor();
    await expectNoAxeViolations(page, 'Set a passcode, with errors');
    await passcodes.getByLabel('Your new passcode').fill(AVERY_PASSCODE);
    await passcodes.getByLabel('Type it again').fill(AVERY_PASSCODE);
    await passcodes.getByRole('button', { name: 'Set a passcode' }).click();
    await passcodes.getByText('Your passcode is set and every record on this device is encrypted.').waitFor({ timeout: 60_000 });
    await passcodes.getByRole('heading', { name: 'People who can unlock this device' }).waitFor();

    await passcodes.getByLabel('Who is the passcode for?').selectOption({ label: BLAKE });
    await passcodes.getByLabel('Their new passcode', { exact: true }).fill(BLAKE_PASSCODE);
    await passcodes.getByLabel('Their new passcode again').fill(BLAKE_PASSCODE);
    await passcodes.getByLabel(/Your own passcode/).fill(AVERY_PASSCODE);
    await passcodes.getByRole('button', { name: 'Add passcode' }).click();
    await passcodes.getByText(`${BLAKE} can now unlock this device with their passcode`).waitFor();
    await expectNoAxeViolations(page, 'Passcode settings');

    // A half-typed note, kept as a draft when the device locks. (Moving by links: a reload locks the device.)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click();
    // Search forgives a slip in the surname with every name encrypted, as it does in clear.
    const search = main(page).getByLabel('Search by name, postcode, email or phone');
    await search.fill('Lockwhistler');
    await search.press('Enter');
    await main(page).getByText('No households match').waitFor();
    await search.fill('Larkwhistel');
    await search.press('Enter');
    await main(page).getByRole('row', { name: new RegExp(TYPED.name) }).waitFor();
    await main(page).getByRole('link', { name: 'H-0001' }).click();
    const draft = main(page).getByLabel('Add a note');
    await scrolledIntoView(draft);
    await draft.fill(TYPED.draft);

    // Idle for longer than the default five minutes.
    await page.clock.fastForward('05:30');
    await page.getByRole('heading', { level: 1, name: 'This device is locked' }).waitFor();
    // Who may unlock is read after the heading shows ("Loading…" until then).
    await page.getByLabel('Your passcode').waitFor();
    const locked = await page.locator('body').innerText();
    for (const secret of [TYPED.name, TYPED.email, TYPED.note, TYPED.draft]) expect(locked).not.toContain(secret);
    expect(locked).toContain(BLAKE);
    await expectNoAxeViolations(page, 'Lock screen');

    const disk = await readEveryStore(page);
    expect(disk).toContain('households');
    for (const secret of Object.values(TYPED)) expect(disk, `"${secret}" readable on disk`).not.toContain(secret);
    expect(disk).not.toContain(TYPED.postcode.replace(' ', ''));

    // Wrong passcodes: said beside the field; the second makes the next try wait.
    await unlockAs(page, BLAKE, 'not the passcode');
    await page.getByText('Wrong passcode. Check it and try again').first().waitFor();
    await unlockAs(page, BLAKE, 'still not it');
    await page.getByText(/Wait \d+ seconds? before trying again/).first().waitFor();
    expect(await page.getByRole('button', { name: /Wait \d+ s/ }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'Lock screen, slowed');
    await page.clock.fastForward('00:05');

    // The other person unlocks, is back on the same page with the draft, and the record names them.
    await unlockAs(page, BLAKE, BLAKE_PASSCODE);
    await page.getByRole('banner').getByText(`Using this device: ${BLAKE}`).waitFor();
    expect(new URL(page.url()).pathname).toBe(record);
    await page.getByRole('heading', { level: 1, name: new RegExp(TYPED.name) }).waitFor();
    await expect.poll(() => main(page).getByLabel('Add a note').inputValue()).toBe(TYPED.draft);
    await main(page).getByRole('button', { name: 'Add note' }).click();
    await main(page).getByText(TYPED.draft).first().waitFor();
    expect(await main(page).getByText(new RegExp(`${BLAKE}, `)).count()).toBeGreaterThan(0);

    // The header locks on demand.
    await page.getByRole('banner').getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'This device is locked' }).waitFor();
    await unlockAs(page, AVERY, AVERY_PASSCODE);
    await page.getByRole('banner').getByText(`Using this device: ${AVERY}`).waitFor();

    // Carer mode: switching on says what the device holds; leaving it takes a staff passcode.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const carer = page.getByRole('region', { name: 'Carer mode' });
    await carer.getByText('This device holds household records').waitFor();
    await carer.getByRole('button', { name: 'Switch this device to carer mode' }).click();
    await carer.getByRole('button', { name: 'Yes, switch to carer mode' }).click();
    await expect.poll(() => pathOf(page)).toBe('/library');
    await page.goto('/carer-mode');
    await page.getByRole('heading', { name: 'Leave carer mode with a staff passcode' }).waitFor();
    expect(await page.getByRole('button', { name: 'Leave carer mode', exact: true }).count()).toBe(0);
    await unlockAs(page, AVERY, 'a guess by a child', 'Unlock and leave carer mode');
    await page.getByText('Wrong passcode. Check it and try again').first().waitFor();
    await page.goto('/households');
    await expect.poll(() => pathOf(page)).toBe('/library');
    expect(await page.locator('body').innerText()).not.toContain(TYPED.name);
  });

  test('a first passcode set in another tab locks this one, keeps what was typed here, and what it saves next is sealed', async () => {
    const context = await newContext();
    const here = await context.newPage();
    await here.goto('/');
    await signIn(here, AVERY);
    await here.goto('/enquiries/new');
    await main(here).getByLabel("Applicant's full name", { exact: true }).fill(TYPED.name);
    // The draft written as it was typed, before the other tab does anything.
    await expect.poll(() => readEveryStore(here)).toContain(TYPED.name);

    const other = await context.newPage();
    await setFirstPasscodeIn(other);

    await here.getByRole('heading', { level: 1, name: 'This device is locked' }).waitFor();
    await unlockAs(here, AVERY, AVERY_PASSCODE);
    const name = main(here).getByLabel("Applicant's full name", { exact: true });
    await expect.poll(() => name.inputValue()).toBe(TYPED.name);
    await answerEnquiry(here);
    await saveEnquiry(here);

    const disk = await readEveryStore(here);
    for (const typed of [TYPED.name, TYPED.email, TYPED.postcode]) expect(disk, typed).not.toContain(typed);
    await context.close();
  });

  test('wrong passcodes that wipe the device in another tab take this unlocked tab to the same message, with nothing left on screen or on disk', async () => {
    const context = await newContext();
    const here = await context.newPage();
    await here.goto('/');
    await signIn(here, AVERY);
    await setFirstPasscodeIn(here);
    await here.getByLabel('Yes, wipe it').check();
    await here.getByLabel('Wipe after this many wrong passcodes in a row').fill('5');
    await here.getByRole('button', { name: 'Save lock settings' }).click();
    await here.getByText('Lock settings saved').waitFor();

    await here.goto('/enquiries/new');
    await unlockAs(here, AVERY, AVERY_PASSCODE);
    await main(here).getByLabel("Applicant's full name", { exact: true }).fill(TYPED.name);
    await answerEnquiry(here);
    await saveEnquiry(here);

    // Someone picks the tablet up, opens the app again and guesses: each wrong try waits longer.
    const other = await context.newPage();
    await other.goto('/');
    for (let tries = 1; tries <= 5; tries++) {
      await unlockAs(other, AVERY, `wrong guess ${tries}`);
      // Each try is told before the next: the field is emptied once the passcode has been checked.
      if (tries < 5) await expect.poll(() => other.getByLabel('Your passcode').inputValue(), { timeout: 10_000 }).toBe('');
    }
    const gone = 'This device’s records have been removed';
    await other.getByRole('heading', { level: 1, name: gone }).waitFor({ timeout: 30_000 });

    await here.getByRole('heading', { level: 1, name: gone }).waitFor();
    expect(await main(here).textContent()).not.toContain(TYPED.name);
    await expectNoAxeViolations(here, 'Device wiped in another tab');
    expect(await readEveryStore(here)).not.toContain(TYPED.email);

    await here.getByRole('button', { name: 'Start again' }).click();
    await here.getByLabel('Your full name').waitFor();
    await context.close();
  });
});
