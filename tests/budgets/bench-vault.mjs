/**
 * The passcode part of `npm run bench`: the household list, a search and a household record timed
 * in clear, then the same after the first passcode encrypts every record in place, in the same
 * page and the same run, so the ratio says what encryption costs; and unlocking, from the Enter of
 * the passcode to Today's heading and lists on screen. Runs last: it leaves the database encrypted.
 */
import { writeFileSync } from 'node:fs';
import { clickIn, median, NAV, SEARCH_TERMS, searchIn, timeToMark } from './bench-pages.mjs';

const PASSCODE = 'bench passcode kettle';
/** A slip in a seeded surname: the typo-forgiving pass, which encrypted reads the name words once per unlock. */
const TYPO_TERM = 'samplefeild';

/** Types the passcode as `input` events, lets the form take it, then submits: the timed keystroke. */
async function unlockIn(passcode) {
  const box = document.querySelector('#unlock-passcode');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, passcode);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  performance.clearMarks('bench:start');
  performance.clearMarks('today:heading');
  performance.clearMarks('today:lists');
  performance.mark('bench:start');
  box.form.requestSubmit();
}

/** Milliseconds from `bench:start` to Today's heading and to its lists, for the address `/`. */
async function untilToday(page) {
  const handle = await page.waitForFunction(
    () => {
      const [begun] = performance.getEntriesByName('bench:start');
      const after = (name) => performance.getEntriesByName(name).find((m) => begun && m.startTime >= begun.startTime && m.detail === '/');
      const heading = after('today:heading');
      const lists = after('today:lists');
      return heading && lists ? { heading: heading.startTime - begun.startTime, lists: lists.startTime - begun.startTime } : false;
    },
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  return handle.jsonValue();
}

/** The list, each search term and one household (a different one each run), pushed onto `into`. */
async function timeListSearchRecord(page, run, into) {
  into.list.push(await timeToMark(page, 'list:rendered', clickIn, NAV('/households'), '/households'));
  for (const term of SEARCH_TERMS) {
    const ms = await timeToMark(page, 'list:rendered', searchIn, term, `/households?${new URLSearchParams({ q: term })}`);
    into.search.push(ms);
    (into.byTerm[term] ??= []).push(ms);
  }
  into.typo.push(await timeToMark(page, 'list:rendered', searchIn, TYPO_TERM, `/households?${new URLSearchParams({ q: TYPO_TERM })}`));
  // Waits for the full list, not the last search's rows still on screen.
  await timeToMark(page, 'list:rendered', clickIn, NAV('/households'), '/households');
  await page.locator('main table tbody tr').nth(run % 25).waitFor();
  const href = await page.locator('main table tbody tr a').nth(run % 25).getAttribute('href');
  into.household.push(await timeToMark(page, 'household:rendered', clickIn, `main table tbody a[href="${href}"]`, href));
}

/** Every record on the device, read with the plain IndexedDB API: what encrypting in place walks through. */
async function storedRows() {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('fostering');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const stores = Array.from(db.objectStoreNames);
  const tx = db.transaction(stores);
  const counts = await Promise.all(
    stores.map(
      (name) =>
        new Promise((resolve, reject) => {
          const req = tx.objectStore(name).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        }),
    ),
  );
  db.close();
  return counts.reduce((a, b) => a + b, 0);
}

/** Whether encrypting in place has a resume point left in the vault (read with the plain IndexedDB API). */
async function stillEncrypting() {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('fostering');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const left = await new Promise((resolve, reject) => {
    const req = db.transaction('vault').objectStore('vault').count('migration');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  db.close();
  return left > 0;
}

/**
 * Sets the device's first passcode in Settings, as a person would; resolves once every record is
 * sealed (the list of passcode holders shows as soon as the first is stored, before that).
 */
async function encryptInPlace(page, base) {
  await page.goto(`${base}/settings`);
  const passcodes = page.getByRole('region', { name: 'Passcodes on this device' });
  await passcodes.getByLabel('Your new passcode').fill(PASSCODE);
  await passcodes.getByLabel('Type it again').fill(PASSCODE);
  await passcodes.getByRole('button', { name: 'Set a passcode' }).click();
  await passcodes.getByRole('heading', { name: 'People who can unlock this device' }).waitFor({ timeout: 60_000 });
  while (await page.evaluate(stillEncrypting)) await page.waitForTimeout(500);
}

/** A Chromium CPU profile around `work`, written to `file` (BENCH_PROFILE), when one is asked for. */
async function profiled(page, file, work) {
  if (!file) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  console.log(`CPU profile of encrypting and the encrypted pages written to ${file}`);
  return result;
}

/** A reload locks the device: every run unlocks from the lock screen, as the tablet picked up again. */
async function timeEncrypted(page, base, run, into) {
  await page.goto(`${base}/`);
  await page.locator('#unlock-passcode').waitFor();
  await page.evaluate(unlockIn, PASSCODE);
  const { heading, lists } = await untilToday(page);
  into.unlock.push(heading);
  into.unlockLists.push(lists);
  await timeListSearchRecord(page, run, into);
}

/** Times clear, encrypts, times encrypted and unlocking `runs` times; returns how many medians are over budget. */
export async function benchVault(page, { base, runs, households, events, profile }) {
  const clear = { list: [], search: [], typo: [], household: [], byTerm: {} };
  const sealed = { list: [], search: [], typo: [], household: [], byTerm: {}, unlock: [], unlockLists: [] };
  for (let i = 0; i < runs; i++) {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: /Today/ }).waitFor();
    await timeListSearchRecord(page, i, clear);
  }

  const records = await page.evaluate(storedRows);
  let encryptSeconds = 0;
  await profiled(page, profile, async () => {
    const t0 = Date.now();
    await encryptInPlace(page, base);
    encryptSeconds = (Date.now() - t0) / 1000;
    for (let i = 0; i < runs; i++) await timeEncrypted(page, base, i, sealed);
  });


  console.log(`\nPasscodes: ${households.toLocaleString('en-GB')} households, ${events.toLocaleString('en-GB')} events encrypted in place in ${encryptSeconds.toFixed(1)} s (${records.toLocaleString('en-GB')} records, ${Math.round(records / encryptSeconds).toLocaleString('en-GB')} a second); ${runs} runs each (ms; encrypted against clear in the same run)`);
  let over = 0;
  const line = (label, xs, budget, beside) => {
    const m = Math.round(median(xs));
    const ok = budget === undefined || m <= budget;
    if (!ok) over++;
    const verdict = budget === undefined ? '' : `budget ${budget} (${ok ? 'within' : 'OVER'})`;
    console.log(`${label.padEnd(48)} median ${String(m).padStart(5)}  min ${String(Math.round(Math.min(...xs))).padStart(5)}  max ${String(Math.round(Math.max(...xs))).padStart(5)}  ${beside ?? ''.padEnd(18)}  ${verdict}`);
  };
  line('Unlock: passcode Enter to Today’s heading', sealed.unlock, 1000);
  line('Unlock: passcode Enter to Today’s lists', sealed.unlockLists, undefined);
  const rows = [
    ['list', 'Household list: click to rows shown', 100],
    ['search', 'Search: Enter to results shown (each term)', 50],
    ['typo', `Search with a typo (${TYPO_TERM})`, 50],
    ['household', 'Household record: click to record shown', 100],
  ];
  for (const [key, label, budget] of rows) {
    const c = median(clear[key]);
    line(`${label}, clear`, clear[key], budget);
    line(`${label}, encrypted`, sealed[key], budget, `${(median(sealed[key]) / Math.max(c, 1)).toFixed(1)}x clear`.padEnd(18));
  }
  const byTerm = (into) => SEARCH_TERMS.map((t) => `${t} ${Math.round(median(into.byTerm[t]))}`).join(', ');
  console.log(`Search medians by term, clear: ${byTerm(clear)}`);
  console.log(`Search medians by term, encrypted: ${byTerm(sealed)}`);
  return over;
}
