import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { freePort, projectRoot, startPreview, type Preview } from './support/preview';
import { serviceWorkerInControl } from './support/sw';

const viteBin = resolve(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

/** Builds the app into `outDir`, stamped so its files (and so its service worker) differ from any other stamp. */
function buildVersion(outDir: string, stamp: string): Promise<void> {
  // A plain shell's environment, as in support/preview.ts: a NODE_ENV=test build never registers its service worker.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', VITE_BUILD_STAMP: stamp };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build (${stamp}) failed (exit ${code}):\n${output}`))));
  });
}

describe('a new version while a form is half filled', () => {
  let root: string;
  let versionA: string;
  let versionB: string;
  let port: number;
  let preview: Preview | undefined;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'e2e-update-'));
    versionA = join(root, 'a');
    versionB = join(root, 'b');
    await buildVersion(versionA, 'update-test-A');
    await buildVersion(versionB, 'update-test-B');
    port = await freePort();
  }, 240_000);

  afterAll(async () => {
    await preview?.stop();
    if (root) await rm(root, { recursive: true, force: true });
  });

  test('shows "Reload to update", never reloads by itself, and brings the draft back after the update', async () => {
    preview = await startPreview(port, versionA);
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Uma Update-Tester');
    await serviceWorkerInControl(page);
    await page.goto('/settings');
    await page.getByText('App version 0.1.0 (update-test-A)').waitFor();

    await page.goto('/enquiries/new');
    const name = page.getByLabel("Applicant's full name", { exact: true });
    const postcode = page.getByLabel('Postcode');
    await name.fill('Dana Halfway-Through');
    await postcode.fill('SW1A 1AA');
    // A marker that a reload would wipe: the page must still be this very document at the end.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    await preview.stop();
    preview = await startPreview(port, versionB);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const banner = page.getByRole('region', { name: 'New version' });
    await banner.getByRole('button', { name: 'Reload to update' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(await name.inputValue()).toBe('Dana Halfway-Through');
    expect(await postcode.inputValue()).toBe('SW1A 1AA');

    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload to update' }).click()]);
    await page.getByText('We restored the enquiry you had started.').waitFor();
    expect(await page.getByLabel("Applicant's full name", { exact: true }).inputValue()).toBe('Dana Halfway-Through');
    expect(await page.getByLabel('Postcode').inputValue()).toBe('SW1A 1AA');
    expect(await page.getByRole('region', { name: 'New version' }).count()).toBe(0);

    await page.goto('/settings');
    await page.getByText('App version 0.1.0 (update-test-B)').waitFor();
  });
});
