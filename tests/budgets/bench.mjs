/**
 * npm run bench: speed at 10,000 households and 200,000 events, in real Chromium against the built
 * app. Seeds the device database, then times what a worker waits for: the household list's first
 * rows, a search, the pipeline board and the Today page, then a backup and a restore. Prints medians
 * against design.md's budgets.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { benchBackup } from './bench-backup.mjs';
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
const EVENTS_PER_HOUSEHOLD = 20;

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

/** A common surname, a postcode district, a phone number, an email address and a name prefix. */
const SEARCH_TERMS = ['samplefield', 'ls14', '07700900123', 'household9999@example.com', 'mockf'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from `action` until `check` holds in the page. */
async function timeUntil(page, action, check) {
  const t0 = await page.evaluate(() => performance.now());
  await action();
  await page.waitForFunction(check, undefined, { timeout: 30_000, polling: 'raf' });
  return (await page.evaluate(() => performance.now())) - t0;
}

if (!existsSync('dist/index.html') || process.env.BENCH_BUILD === '1') await run('npx', ['vite', 'build']);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
server.on('exit', (code) => {
  console.error(`The preview server stopped (exit ${code}); the bench cannot go on.`);
  process.exit(1);
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  await waitForServer(BASE);
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  // A renderer that dies mid-bench says so and why, instead of a bare "Target closed" later.
  page.on('crash', () => console.error('The page crashed (renderer out of memory or killed).'));
  page.on('console', (m) => m.type() === 'error' && console.error(`page: ${m.text()}`));
  await page.goto(`${BASE}/who`);
  await page.getByLabel('Your full name').fill('Bench User');
  await page.getByRole('button', { name: 'Add and continue' }).click();
  await page.getByRole('heading', { level: 1, name: /Today/ }).waitFor();

  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const t0 = Date.now();
  const seeded = await page.evaluate(seedLargeDataset, { households: HOUSEHOLDS, eventsPerHousehold: EVENTS_PER_HOUSEHOLD, today });
  console.log(`Seeded ${seeded.households} households and ${seeded.events} events in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const results = { list: [], search: [], board: [], today: [] };
  // BENCH_ONLY=backup times backup and restore alone, BENCH_ONLY=pages the pages alone, as when working on either.
  const pages = process.env.BENCH_ONLY !== 'backup';
  const backups = process.env.BENCH_ONLY !== 'pages';
  for (let i = 0; pages && i < RUNS; i++) {
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { level: 1, name: /Today/ }).waitFor();
    // Data is ready and the app is running: time the client-side navigation to the list.
    results.list.push(await timeUntil(page, () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click(),
      () => document.querySelectorAll('main table tbody tr').length >= 25));

    const search = page.getByLabel('Search by name, postcode, email or phone');
    const term = SEARCH_TERMS[i % SEARCH_TERMS.length];
    // Submit to the moment the table shows different rows from the unfiltered list before it.
    await page.evaluate(() => {
      window.__rowsBefore = document.querySelector('main table tbody')?.innerHTML;
    });
    // Typed, then submitted inside the page, so the figure is the app's work and not the driver's.
    await search.fill(term);
    results.search.push(await timeUntil(page, () => page.evaluate(() => {
      document.querySelector('main form[role=search]').requestSubmit();
    }), () => {
      const now = document.querySelector('main table tbody')?.innerHTML;
      return now !== undefined && now !== window.__rowsBefore;
    }));
    await page.waitForTimeout(300);

    results.board.push(await timeUntil(page, () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipeline' }).click(),
      () => document.querySelectorAll('main h2').length >= 7 && document.querySelector('main li a[href^="/households/"]') !== null));

    results.today.push(await timeUntil(page, () => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click(),
      () => document.querySelector('main a[href^="/households/bench-"]') !== null));
  }

  const budgets = { list: 200, search: 50, board: 500, today: 500 };
  const labels = {
    list: 'Household list: navigation to 25 rows shown',
    search: 'Search: submit to results shown',
    board: 'Pipeline board: navigation to cards shown',
    today: 'Today page: navigation to lists shown',
  };
  console.log(`\n${HOUSEHOLDS.toLocaleString('en-GB')} households, ${seeded.events.toLocaleString('en-GB')} events, ${RUNS} runs each (ms)`);
  let over = 0;
  for (const key of pages ? Object.keys(results) : []) {
    const xs = results[key].map((x) => Math.round(x));
    const m = median(xs);
    const verdict = m <= budgets[key] ? 'within' : 'OVER';
    if (m > budgets[key]) over++;
    console.log(`${labels[key].padEnd(46)} median ${String(m).padStart(5)}  min ${String(Math.min(...xs)).padStart(5)}  max ${String(Math.max(...xs)).padStart(5)}  budget ${budgets[key]} (${verdict})`);
  }
  if (pages) console.log(`Search terms in order: ${SEARCH_TERMS.map((t, i) => `${t} ${Math.round(results.search[i])} ms`).join(', ')}`);
  if (backups) over += await benchBackup(page, BASE);
  process.exitCode = over ? 1 : 0;
} finally {
  server.removeAllListeners('exit');
  await browser.close();
  try {
    process.kill(-server.pid);
  } catch {}
}
