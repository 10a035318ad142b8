/**
 * npm run bench: speed at 10,000 households and 200,000 events, in real Chromium against the built
 * app, in a browser profile kept on disk as a device's is (a private one keeps IndexedDB in memory).
 * Seeds the device database, then times what a worker waits for (see bench-pages.mjs: the
 * household list, search, a household record, the pipeline board and Today, each timed inside the
 * page beside a raw IndexedDB floor), then a backup and a restore. Prints medians against budgets.
 *
 * BENCH_HOUSEHOLDS (10000) and BENCH_EVENTS (events per household, 20) set the size: the board's
 * flatness is its figure at BENCH_HOUSEHOLDS=1000 and at 50000 (with BENCH_EVENTS=2 to keep that
 * seed short). BENCH_RUNS (5) repeats each page; BENCH_PROFILE=file.cpuprofile records a Chromium
 * CPU profile of the pages part (of each encrypted step under BENCH_ONLY=vault, of each timed sync under
 * BENCH_ONLY=sync, of each backup step under BENCH_ONLY=backup: read them with
 * tests/budgets/long-tasks.mjs); BENCH_ONLY=pages, backup, sync (bench-sync.mjs), carers
 * (bench-carers.mjs: 2,000 carer households beside the pipeline) or vault runs one part (vault runs
 * last: it leaves the database encrypted).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { benchBackup } from './bench-backup.mjs';
import { benchPages } from './bench-pages.mjs';
import { benchSync } from './bench-sync.mjs';
import { benchCarers } from './bench-carers.mjs';
import { benchVault } from './bench-vault.mjs';
import { seedLargeDataset } from './seed-large.js';

/** A port nobody listens on: a fixed one let the bench time another build left serving there. */
const PORT = await new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject);
  probe.listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 10_000);
// The board's flatness check runs at 1,000 and 50,000 households; fewer events keep the larger seed short.
const EVENTS_PER_HOUSEHOLD = Number(process.env.BENCH_EVENTS ?? 20);
// BENCH_OUT_DIR builds and serves elsewhere than dist/, so a second build can be timed while dist/ is in use.
const OUT_DIR = process.env.BENCH_OUT_DIR ?? 'dist';

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

async function waitForServer(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No answer from ${url}`);
}

/** The newest change to anything a build is made from, in ms. */
function newestSource() {
  const newest = (path) => {
    const s = statSync(path);
    return s.isDirectory() ? Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name)))) : s.mtimeMs;
  };
  return Math.max(...['src', 'public', 'index.html', 'vite.config.ts'].filter((p) => existsSync(p)).map(newest));
}

// A build older than the code would time the old code: built again then, as when there is none.
const built = existsSync(`${OUT_DIR}/index.html`) ? statSync(`${OUT_DIR}/index.html`).mtimeMs : 0;
if (built < newestSource() || process.env.BENCH_BUILD === '1') await run('npx', ['vite', 'build', '--outDir', OUT_DIR]);
const server = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
server.on('exit', (code) => {
  console.error(`The preview server stopped (exit ${code}); the bench cannot go on.`);
  process.exit(1);
});
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
const browser = await chromium.launch(LAUNCH);
// The main page's profile is on disk, as a device's is: Chromium keeps a private context's
// IndexedDB in memory, where a repeat visit never opens the database from disk.
const profileDir = mkdtempSync(join(tmpdir(), 'fostering-bench-'));
let context;
try {
  await waitForServer(BASE);
  context = await chromium.launchPersistentContext(profileDir, { ...LAUNCH, viewport: { width: 1024, height: 768 } });
  const page = context.pages()[0] ?? (await context.newPage());
  // A renderer that dies mid-bench says so and why, instead of a bare "Target closed" later.
  page.on('crash', () => console.error('The page crashed (renderer out of memory or killed).'));
  page.on('console', (m) => m.type() === 'error' && console.error(`page: ${m.text()}`));
  await page.goto(`${BASE}/who`);
  await page.getByLabel('Your full name').fill('Bench User');
  await page.getByRole('button', { name: 'Add and continue' }).click();
  await page.getByRole('heading', { level: 1, name: /Today/ }).waitFor();

  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  // BENCH_ONLY names the one part to run, as when working on it.
  const only = process.env.BENCH_ONLY;
  const t0 = Date.now();
  // The carers and sync parts seed browser contexts of their own.
  const seeded = only === 'carers' || only === 'sync' ? { households: 0, events: 0 } : await page.evaluate(seedLargeDataset, { households: HOUSEHOLDS, eventsPerHousehold: EVENTS_PER_HOUSEHOLD, today });
  if (only !== 'carers' && only !== 'sync') console.log(`Seeded ${seeded.households} households and ${seeded.events} events in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const pages = !only || only === 'pages';
  const backups = !only || only === 'backup';
  const vault = !only || only === 'vault';
  let over = 0;
  if (pages) over += await benchPages(page, { base: BASE, runs: RUNS, households: HOUSEHOLDS, events: seeded.events, today, profile: process.env.BENCH_PROFILE });
  if (backups) over += await benchBackup(page, BASE);
  if (!only || only === 'sync') over += await benchSync(browser, { households: HOUSEHOLDS, today, profile: only === 'sync' ? process.env.BENCH_PROFILE : undefined });
  if (!only || only === 'carers') over += await benchCarers(browser, { base: BASE, runs: RUNS, households: HOUSEHOLDS, today });
  if (vault) over += await benchVault(page, { base: BASE, runs: RUNS, households: HOUSEHOLDS, events: seeded.events, profile: only === 'vault' ? process.env.BENCH_PROFILE : undefined });
  process.exitCode = over ? 1 : 0;
} finally {
  server.removeAllListeners('exit');
  await context?.close();
  await browser.close();
  rmSync(profileDir, { recursive: true, force: true });
  try {
    process.kill(-server.pid);
  } catch {}
}
