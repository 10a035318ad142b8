import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ENGINE_TIMEOUT, ENGINES, openRoute, useBrowsers, type Target } from './support/engines';
import { MAIN, nameTheUser, recordEnquiry, viaMenu, waitForProblem } from './support/engines/steps';

/**
 * A new tablet for a team that lost one, in Chromium, WebKit (every browser on an iPad) and Firefox:
 * a backup made with a passphrase on one device, chosen as a file on a second device with a fresh
 * profile, checked and restored, brings back the household and its record. The same file with one
 * byte changed is refused first: it is read, decrypted and hashed in a worker in each engine.
 */

const backups: Target = { role: 'region', name: 'Backups' };
const APPLICANT = { name: 'Ellis Backupthorpe', email: 'ellis.backupthorpe@example.com', postcode: 'LS7 4QP' };
const PASSPHRASE = 'orchard lantern kettle';

describe.each(ENGINES)('a backup restored in %s', (engine) => {
  const browser = useBrowsers(engine, 2);
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  test('a backup made with a passphrase on one device restores on a fresh profile to the same household', async () => {
    const [a, b] = [browser(0), browser(1)];
    await nameTheUser(a, 'Morgan Synthetic-Manager');
    await recordEnquiry(a, APPLICANT);
    await openRoute(a, '/settings', 'Settings');
    await a.fill({ label: 'Passphrase (optional)', within: backups }, PASSPHRASE);
    await a.fill({ label: 'Passphrase again', within: backups }, PASSPHRASE);
    await a.keepDownloads();
    await a.click({ role: 'button', name: 'Back up now', within: backups });
    await a.waitForText(/^Backup saved to your downloads as fostering-backup-.*: 1 household and \d+ records in all, protected by your passphrase\.$/, backups);
    const [file, ...more] = await a.downloads();
    expect(more).toEqual([]);
    expect(file!.name).toMatch(/^fostering-backup-\d{4}-\d{2}-\d{2}-\d{4}\.backup$/);
    // Sealed with the passphrase: nothing the applicant gave is readable in the file.
    for (const secret of ['Backupthorpe', APPLICANT.email, APPLICANT.postcode]) expect(file!.bytes.toString('latin1')).not.toContain(secret);
    const folder = await mkdtemp(join(tmpdir(), 'e2e-backup-'));
    folders.push(folder);
    const saved = join(folder, file!.name);
    await writeFile(saved, file!.bytes);
    // The same file with one byte of its sealed body changed.
    const damaged = join(folder, `damaged-${file!.name}`);
    const flipped = Buffer.from(file!.bytes);
    flipped[flipped.length - 100]! ^= 0xff;
    await writeFile(damaged, flipped);

    // A new tablet: a fresh profile with nothing in it.
    await nameTheUser(b, 'Ria Synthetic-Worker');
    await openRoute(b, '/settings', 'Settings');
    await b.upload({ label: 'Backup file', within: backups }, saved);
    await b.click({ role: 'button', name: 'Check the backup', within: backups });
    // No passphrase typed: the backup says it needs one, beside the field.
    await waitForProblem(b, /passphrase/i);
    await b.fill({ label: 'Passphrase, if the backup has one', within: backups }, PASSPHRASE);
    // The right passphrase on a changed file: refused as damaged, so nothing is offered to restore.
    await b.upload({ label: 'Backup file', within: backups }, damaged);
    await b.click({ role: 'button', name: 'Check the backup', within: backups });
    await waitForProblem(b, /The backup file is damaged/);
    await b.upload({ label: 'Backup file', within: backups }, saved);
    await b.click({ role: 'button', name: 'Check the backup', within: backups });
    await b.waitFor({ role: 'heading', name: 'Check before you restore', within: backups });
    await b.waitForText('Adds 1 household, replaces none, removes none', backups);
    await b.click({ role: 'button', name: 'Yes, replace everything with this backup', within: backups });
    await b.waitForText('Backup restored: this device now holds 1 household, exactly as in the backup.', backups);

    await viaMenu(b, 'Households', /^Households$/);
    await b.click({ role: 'link', name: 'H-0001', within: MAIN });
    await b.waitFor({ role: 'heading', level: 1, name: new RegExp(APPLICANT.name) });
    await b.waitForText(APPLICANT.email, MAIN);
  });
}, ENGINE_TIMEOUT * 2);
