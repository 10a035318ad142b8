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

async function switchSyncOn(page: Page, password = SYNC_PASSWORD): Promise<void> {
  await page.goto('/settings');
  const sync = main(page).getByRole('region', { name: 'Sync with your service’s server' });
  await sync.getByLabel('Team database name').fill(TEAM_DATABASE);
  await sync.getByLabel('Your sync username').fill(SYNC_USER);
  await sync.getByLabel('Your sync password').fill(password);
  await sync.getByRole('button', { name: 'Save and switch sync on' }).click();
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

    const b = await (await newContext({ baseURL: server.origin })).newPage();
    await b.goto('/');
    await signIn(b, 'Priya Synthetic-Worker');
    await switchSyncOn(b);
    await b.getByRole('banner').getByText('Synced just now').waitFor();
    await b.goto('/households');
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
