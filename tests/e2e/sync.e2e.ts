import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { projectRoot } from './support/preview';
import { startCouchServer, SYNC_PASSWORD, SYNC_USER, TEAM_DATABASE, type CouchServer } from '../support/couch-server';

/**
 * Two tablets of one team, each a fresh browser profile, syncing through one local CouchDB-compatible
 * server served, with the built app, from the same origin (as the council's reverse proxy serves it).
 * An enquiry reaching the other tablet, with nothing readable on the server, is the cross-engine
 * journey in `engines-sync.e2e.ts`, Chromium included; these are the refusals and the conflicts.
 */

const main = (page: Page) => page.getByRole('main');

/** Made up: the team's passphrase, and the passcode each person sets on their tablet. */
const PASSPHRASE = 'lantern orchard seventeen';
const PASSCODE = 'blue kettle on';

/**
 * Sync asks for a passcode first, then the team's passphrase. Once a passcode is set the tablet
 * moves between pages by its own links, as a person does: a reload would ask for the passcode.
 */
async function switchSyncOn(page: Page, password = SYNC_PASSWORD, beforeSave: () => Promise<void> = async () => undefined): Promise<void> {
  await page.goto('/settings');
  const sync = main(page).getByRole('region', { name: 'Sync with your service’s server' });
  await sync.getByText('Set a passcode for this device before switching sync on.').waitFor();
  await sync.getByRole('link', { name: 'Set a passcode under “Passcodes on this device”' }).click();
  const passcodes = main(page).getByRole('region', { name: 'Passcodes on this device' });
  await passcodes.getByLabel('Your new passcode', { exact: true }).fill(PASSCODE);
  await passcodes.getByLabel('Type it again').fill(PASSCODE);
  await passcodes.getByRole('button', { name: 'Set a passcode' }).click();
  await sync.getByLabel('Team database name').fill(TEAM_DATABASE);
  await sync.getByLabel('Your sync username').fill(SYNC_USER);
  await sync.getByLabel('Your sync password').fill(password);
  await sync.getByLabel('Your team’s passphrase').fill(PASSPHRASE);
  await sync.getByLabel('Your passcode for this device').fill(PASSCODE);
  await beforeSave();
  await sync.getByRole('button', { name: 'Save and switch sync on' }).click();
}

/** Every document the server holds, as one lower-case text. */
async function serverText(server: CouchServer): Promise<string> {
  const all = await server.database(TEAM_DATABASE).allDocs({ include_docs: true });
  return JSON.stringify(all.rows.map((r) => r.doc)).toLowerCase();
}

describe('syncing two tablets through the service’s server', () => {
  let server: CouchServer;
  beforeAll(async () => {
    server = await startCouchServer({ app: resolve(projectRoot, 'dist') });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a wrong password says so and leaves sync off', async () => {
    const page = await (await newContext({ baseURL: server.origin })).newPage();
    await page.goto('/');
    await signIn(page, 'Sam Synthetic-Worker');
    await switchSyncOn(page, 'not-the-password');
    await main(page).getByText(/The server refused the username or password/).waitFor();
    expect(await main(page).getByText('Sync is off on this device.').isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('status').count()).toBe(0);
  });

  test('a server that cannot be reached says so, leaves sync off and sends nothing', async () => {
    const context = await newContext({ baseURL: server.origin });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Alex Synthetic-Worker');
    const before = (await server.database(TEAM_DATABASE).allDocs({ include_docs: false })).rows.length;
    // The server's address refuses connections, as a server that is down does; the app itself stays loaded.
    await switchSyncOn(page, SYNC_PASSWORD, async () => {
      await page.route('**/couchdb/**', (route) => route.abort('connectionrefused'));
    });
    await main(page).getByText(/The server could not be reached: check the address and that this device is online/).first().waitFor();
    expect(await main(page).getByText('Sync is off on this device.').isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('status').count()).toBe(0);
    expect((await server.database(TEAM_DATABASE).allDocs({ include_docs: false })).rows.length).toBe(before);
  });

  test('the same field changed on two tablets offline is a conflict to settle, and once settled both show one value', async () => {
    const team = await startCouchServer({ app: resolve(projectRoot, 'dist') });
    try {
      const contextA = await newContext({ baseURL: team.origin });
      const a = await contextA.newPage();
      await a.goto('/');
      await signIn(a, 'Jo Synthetic-Worker');
      await a.goto('/enquiries/new');
      await main(a).getByLabel("Applicant's full name", { exact: true }).fill('Morgan Inventedly');
      await main(a).getByLabel('Email address').fill('morgan.inventedly@example.com');
      await main(a).getByLabel('Phone number').fill('07700 900 300');
      await main(a).getByLabel('Postcode').fill('LS6 2AB');
      await main(a).getByLabel('Word of mouth').check();
      await main(a).getByLabel('Teenagers').check();
      await main(a).getByRole('button', { name: /Save enquiry|Continue/ }).click();
      await main(a).getByText('Enquiry saved').waitFor();
      await switchSyncOn(a);
      await a.getByRole('banner').getByText('Synced just now').waitFor();
      await expectNoAxeViolations(a, 'Settings with sync on');

      const contextB = await newContext({ baseURL: team.origin });
      const b = await contextB.newPage();
      await b.goto('/');
      await signIn(b, 'Priya Synthetic-Worker');
      await switchSyncOn(b);
      await b.getByRole('banner').getByText('Synced just now').waitFor();

      const openHousehold = async (page: Page) => {
        await page.getByRole('navigation').getByRole('link', { name: 'Households', exact: true }).first().click();
        await main(page).getByRole('link', { name: 'H-0001' }).click();
        await page.getByRole('heading', { level: 1, name: 'Morgan Inventedly' }).waitFor();
      };
      const changePhone = async (page: Page, phone: string) => {
        await main(page).getByRole('button', { name: 'Change phone' }).click();
        const form = main(page).getByRole('form', { name: 'Change contact details' });
        await form.getByLabel('Phone number').fill(phone);
        await form.getByRole('button', { name: 'Save contact details' }).click();
        await main(page).getByText('Contact details saved').waitFor();
      };
      /**
       * Back online, the tablet syncs at once; its header then says what it found. On a machine busy
       * with other test runs this test took twice its usual 30 s and a reconnect outran a 20 s wait.
       */
      const reconnect = async (context: typeof contextA, page: Page, status: string | RegExp) => {
        await context.setOffline(false);
        await page.getByRole('banner').getByText(status).first().waitFor({ timeout: 45_000 });
      };

      await openHousehold(a);
      await openHousehold(b);
      await contextA.setOffline(true);
      await contextB.setOffline(true);
      await changePhone(a, '07700 900 111');
      await changePhone(b, '07700 900 222');
      await b.getByRole('banner').getByText(/^Offline: 1 change waiting$/).waitFor({ timeout: 10_000 });

      await reconnect(contextA, a, 'Synced just now');
      await expect.poll(async () => (await team.database(TEAM_DATABASE).allDocs({ include_docs: true })).rows.filter((r) => r.id.startsWith('householdDetails:') && !r.doc?._rev?.toString().startsWith('1-')).length, { timeout: 15_000 }).toBe(1);
      // Tablet B meets A's version as it comes back: one conflict, B's own value kept until a person chooses.
      await reconnect(contextB, b, '1 conflict to settle');

      await b.getByRole('banner').getByRole('link', { name: '1 conflict to settle' }).click();
      await b.getByRole('heading', { level: 1, name: 'Conflicts to settle' }).waitFor();
      await main(b).getByRole('button', { name: 'Take the other device’s' }).click();
      await main(b).getByText('There are no conflicts to settle.').waitFor();
      // The settling is a save: it reaches the server within seconds, and A takes it at its next sync.
      await expect.poll(async () => JSON.stringify((await team.database(TEAM_DATABASE).allDocs({ include_docs: true })).rows.filter((r) => r.id.startsWith('householdDetails:')).map((r) => r.doc?._rev)), { timeout: 20_000 }).toMatch(/"[3-9]-/);
      await contextA.setOffline(true);
      await reconnect(contextA, a, 'Synced just now');
      for (const page of [a, b]) {
        await openHousehold(page);
        await main(page).getByRole('region', { name: 'Household details' }).getByRole('link', { name: '07700 900111' }).waitFor();
      }

      const stored = await serverText(team);
      for (const secret of ['morgan', 'inventedly', 'morgan.inventedly@example.com', '07700 900111', '07700900111']) expect(stored).not.toContain(secret);
    } finally {
      await team.close();
    }
  }, 180_000);
});
