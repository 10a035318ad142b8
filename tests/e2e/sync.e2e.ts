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
 */

const main = (page: Page) => page.getByRole('main');

/** Made up: the team's passphrase, and the passcode each person sets on their tablet. */
const PASSPHRASE = 'lantern orchard seventeen';
const PASSCODE = 'blue kettle on';

/**
 * Sync asks for a passcode first, then the team's passphrase. Once a passcode is set the tablet
 * moves between pages by its own links, as a person does: a reload would ask for the passcode.
 */
async function switchSyncOn(page: Page, password = SYNC_PASSWORD): Promise<void> {
  await page.goto('/settings');
  const sync = main(page).getByRole('region', { name: 'Sync with your service’s server' });
  await sync.getByText('Set a passcode for this device before switching sync on.').waitFor();
  await sync.getByLabel('Your new passcode', { exact: true }).fill(PASSCODE);
  await sync.getByLabel('Your new passcode again').fill(PASSCODE);
  await sync.getByRole('button', { name: 'Set passcode' }).click();
  await sync.getByLabel('Team database name').fill(TEAM_DATABASE);
  await sync.getByLabel('Your sync username').fill(SYNC_USER);
  await sync.getByLabel('Your sync password').fill(password);
  await sync.getByLabel('Your team’s passphrase').fill(PASSPHRASE);
  await sync.getByLabel('Your passcode for this device').fill(PASSCODE);
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

  test('an enquiry recorded on tablet A appears on tablet B', async () => {
    const a = await (await newContext({ baseURL: server.origin })).newPage();
    await a.goto('/');
    await signIn(a, 'Jo Synthetic-Worker');
    await a.goto('/enquiries/new');
    await main(a).getByLabel("Applicant's full name", { exact: true }).fill('Rowan Fictional');
    await main(a).getByLabel('Email address').fill('rowan.fictional@example.com');
    await main(a).getByLabel('Phone number').fill('07700 900 461');
    await main(a).getByLabel('Postcode').fill('LS6 2AB');
    await main(a).getByLabel('Word of mouth').check();
    await main(a).getByLabel('Teenagers').check();
    await main(a).getByRole('button', { name: /Save enquiry|Continue/ }).click();
    await main(a).getByText('Enquiry saved').waitFor();

    await switchSyncOn(a);
    await a.getByRole('banner').getByText('Synced just now').waitFor();
    await expectNoAxeViolations(a, 'Settings with sync on');
    const stored = await serverText(server);
    expect(stored).toContain('households:');
    for (const secret of ['rowan', 'fictional', 'rowan.fictional@example.com', 'ls6 2ab']) expect(stored).not.toContain(secret);

    const b = await (await newContext({ baseURL: server.origin })).newPage();
    await b.goto('/');
    await signIn(b, 'Priya Synthetic-Worker');
    await switchSyncOn(b);
    await b.getByRole('banner').getByText('Synced just now').waitFor();
    await b.getByRole('navigation').getByRole('link', { name: 'Households', exact: true }).first().click();
    await main(b).getByRole('link', { name: 'H-0001' }).click();
    await b.getByRole('heading', { level: 1, name: 'Rowan Fictional' }).waitFor();
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
});
