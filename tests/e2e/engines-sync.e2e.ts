import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startCouchServer, SYNC_PASSWORD, SYNC_USER, TEAM_DATABASE, type CouchServer } from '../support/couch-server';
import { ENGINE_TIMEOUT, ENGINES, openRoute, useBrowsers, type Driver, type Preview, type Target } from './support/engines';
import { MAIN, nameTheUser, recordEnquiry, setFirstPasscode, viaMenu } from './support/engines/steps';
import { projectRoot } from './support/preview';

/**
 * Two tablets of one team syncing through the council's server, in Chromium, WebKit (every browser
 * on an iPad) and Firefox: each a fresh profile of the same engine, the built app served with a
 * CouchDB-compatible server from one origin, as the council's reverse proxy serves them.
 */

const sync: Target = { role: 'region', name: 'Sync with your service’s server' };
const APPLICANT = { name: 'Sasha Syncwell', email: 'sasha.syncwell@example.com', postcode: 'LS8 1PX' };
/** Made up: the team's passphrase, and the passcode each person sets on their tablet. */
const PASSPHRASE = 'lantern orchard seventeen';
const PASSCODE = 'blue kettle on';

/** Sync asks for a passcode first, then the server's details and the team's passphrase. */
async function switchSyncOn(d: Driver): Promise<void> {
  await openRoute(d, '/settings', 'Settings');
  await d.waitForText('Set a passcode for this device before switching sync on.', sync);
  await setFirstPasscode(d, PASSCODE);
  await d.fill({ label: 'Team database name', within: sync }, TEAM_DATABASE);
  await d.fill({ label: 'Your sync username', within: sync }, SYNC_USER);
  await d.fill({ label: 'Your sync password', within: sync }, SYNC_PASSWORD);
  await d.fill({ label: 'Your team’s passphrase', within: sync }, PASSPHRASE);
  await d.fill({ label: 'Your passcode for this device', within: sync }, PASSCODE);
  await d.click({ role: 'button', name: 'Save and switch sync on', within: sync });
  await d.waitForText('Synced just now', { role: 'banner' });
}

describe.each(ENGINES)('two tablets syncing in %s', (engine) => {
  let server: CouchServer | undefined;
  const serve = async (): Promise<Preview> => {
    const started = await startCouchServer({ app: resolve(projectRoot, 'dist') });
    server = started;
    return { url: started.origin, stop: () => started.close(), restart: () => Promise.reject(new Error('The sync server is not restarted in these tests')) };
  };
  const browser = useBrowsers(engine, 2, serve);

  test('an enquiry recorded on tablet A reaches tablet B, and the server holds nothing readable', async () => {
    const [a, b] = [browser(0), browser(1)];
    await nameTheUser(a, 'Jo Synthetic-Worker');
    await recordEnquiry(a, APPLICANT);
    await switchSyncOn(a);
    const all = await server!.database(TEAM_DATABASE).allDocs({ include_docs: true });
    const stored = JSON.stringify(all.rows.map((r) => r.doc)).toLowerCase();
    expect(stored).toContain('households:');
    for (const secret of ['sasha', 'syncwell', APPLICANT.email, APPLICANT.postcode.toLowerCase()]) expect(stored, `"${secret}" readable on the server`).not.toContain(secret);

    await nameTheUser(b, 'Priya Synthetic-Worker');
    await switchSyncOn(b);
    await viaMenu(b, 'Households', /^Households$/);
    await b.click({ role: 'link', name: 'H-0001', within: MAIN });
    await b.waitFor({ role: 'heading', level: 1, name: new RegExp(APPLICANT.name) });
    await b.waitForText(APPLICANT.email, MAIN);
  });
}, ENGINE_TIMEOUT * 2);
