/**
 * The passcode part of `npm run bench`: the household list, a search and a household record timed
 * in clear, then the same data set seeded again already sealed (as on a device that always had a
 * passcode) and timed encrypted, in the same page and the same run, so the ratio says what
 * encryption costs; unlocking, from the Enter of the passcode to Today's heading and lists on
 * screen; a search with a typo typed straight after unlocking, beside the same in clear straight
 * after a reload (the app's first work still running in both); and, on a smaller data set of its
 * own (BENCH_INPLACE_HOUSEHOLDS, 500), the first passcode encrypting every record in place, as a
 * person would set it in Settings (at 10,000 households that alone would take a quarter of an
 * hour). Runs last: it leaves the database encrypted.
 */
import { writeFileSync } from 'node:fs';
import { clickIn, median, NAV, SEARCH_TERMS, searchIn, timeToMark } from './bench-pages.mjs';
import { seedLargeDataset } from './seed-large.js';

const IN_PLACE_HOUSEHOLDS = Number(process.env.BENCH_INPLACE_HOUSEHOLDS ?? 500);

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

/**
 * Every store emptied with the plain IndexedDB API but the staff and the settings (the bench's
 * person and who is using the device): the device as before the data set was seeded, and with
 * no passcode. The page's own connection is left to a reload.
 */
async function emptyDevice() {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('fostering');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const stores = Array.from(db.objectStoreNames).filter((name) => name !== 'staff' && name !== 'settings');
  await new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    for (const name of stores) tx.objectStore(name).clear();
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const personId = await new Promise((resolve, reject) => {
    const req = db.transaction('settings').objectStore('settings').get('currentStaffId');
    req.onsuccess = () => resolve(req.result?.value);
    req.onerror = () => reject(req.error);
  });
  db.close();
  return personId;
}

/** Unlocks from the lock screen (a reload locks) and waits for Today: returns its two times. */
async function unlockToToday(page, base) {
  await page.goto(`${base}/`);
  await page.locator('#unlock-passcode').waitFor();
  await page.evaluate(unlockIn, PASSCODE);
  return untilToday(page);
}

/**
 * Sets the device's first passcode in Settings, as a person would; resolves once the page says
 * every record is sealed.
 */
async function encryptInPlace(page, base) {
  await page.goto(`${base}/settings`);
  const passcodes = page.getByRole('region', { name: 'Passcodes on this device' });
  await passcodes.getByLabel('Your new passcode').fill(PASSCODE);
  await passcodes.getByLabel('Type it again').fill(PASSCODE);
  await passcodes.getByRole('button', { name: 'Set a passcode' }).click();
  await passcodes.getByText('Your passcode is set and every record on this device is encrypted.').waitFor({ timeout: 600_000 });
}

/**
 * A Chromium CPU profile around `work`, when BENCH_PROFILE names a file: written beside it, named
 * for the step. Started after the unlock's reload, in the page as it now is: a profile started
 * before a navigation covers only what ran before it.
 */
async function profiled(page, file, name, work) {
  if (!file) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  const path = file.replace(/(\.cpuprofile)?$/, `-${name}.cpuprofile`);
  writeFileSync(path, JSON.stringify(profile));
  await cdp.detach();
  console.log(`CPU profile of the encrypted ${name} written to ${path}`);
  return result;
}

/** A reload locks the device: every run unlocks from the lock screen, as the tablet picked up again. */
async function timeEncrypted(page, base, run, into, profile) {
  const { heading, lists } = await unlockToToday(page, base);
  into.unlock.push(heading);
  into.unlockLists.push(lists);
  await profiled(page, profile, `pages-${run + 1}`, () => timeListSearchRecord(page, run, into));
}

/** A reload, as far as Today's lists: as the encrypted runs wait after unlocking, so Today's reads are not still queued before the list's. */
async function openToday(page, base) {
  await page.goto(`${base}/`);
  await page.waitForFunction(() => performance.getEntriesByName('today:lists').length > 0, undefined, { timeout: 60_000, polling: 20 });
}

/** From Today, the list, then the slip typed at once: milliseconds from its Enter to the rows shown. */
async function listThenTypo(page) {
  await timeToMark(page, 'list:rendered', clickIn, NAV('/households'), '/households');
  return timeToMark(page, 'list:rendered', searchIn, TYPO_TERM, `/households?${new URLSearchParams({ q: TYPO_TERM })}`);
}

/** In clear, the same first search with a typo straight after a reload. */
async function timeTypoAfterReload(page, base, into) {
  await openToday(page, base);
  into.typoAfterStart.push(await listThenTypo(page));
}

/** The first search with a typo straight after unlocking. */
async function timeTypoAfterUnlock(page, base, run, into, profile) {
  await unlockToToday(page, base);
  into.typoAfterUnlock.push(await profiled(page, profile, `typo-after-unlock-${run + 1}`, () => listThenTypo(page)));
}

/**
 * Times clear, seeds the same data sealed, times encrypted, unlocking and a typo straight after
 * `runs` times, then encrypting in place on a smaller set; returns how many medians are over budget.
 */
export async function benchVault(page, { base, runs, households, events, profile }) {
  const clear = { list: [], search: [], typo: [], household: [], byTerm: {}, typoAfterStart: [] };
  const sealed = { list: [], search: [], typo: [], household: [], byTerm: {}, unlock: [], unlockLists: [], typoAfterUnlock: [] };
  for (let i = 0; i < runs; i++) {
    await openToday(page, base);
    await timeListSearchRecord(page, i, clear);
  }
  for (let i = 0; i < runs; i++) await timeTypoAfterReload(page, base, clear);

  const eventsPerHousehold = Math.round(events / Math.max(households, 1));
  const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
  const personId = await page.evaluate(emptyDevice);
  console.log(`Clear pages timed; seeding ${households.toLocaleString('en-GB')} households again, sealed`);
  let t0 = Date.now();
  await page.evaluate(seedLargeDataset, { households, eventsPerHousehold, today, sealed: { passcode: PASSCODE, personId } });
  const sealedSeedSeconds = (Date.now() - t0) / 1000;
  for (let i = 0; i < runs; i++) await timeEncrypted(page, base, i, sealed, profile);
  for (let i = 0; i < runs; i++) await timeTypoAfterUnlock(page, base, i, sealed, profile);

  console.log(`\nPasscodes: ${households.toLocaleString('en-GB')} households, ${events.toLocaleString('en-GB')} events seeded sealed in ${sealedSeedSeconds.toFixed(1)} s; ${runs} runs each (ms; encrypted against clear in the same run)`);
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
  line(`Search with a typo straight after a reload, clear`, clear.typoAfterStart, 50);
  line(`Search with a typo straight after unlocking`, sealed.typoAfterUnlock, 50, `${(median(sealed.typoAfterUnlock) / Math.max(median(clear.typoAfterStart), 1)).toFixed(1)}x clear`.padEnd(18));
  const byTerm = (into) => SEARCH_TERMS.map((t) => `${t} ${Math.round(median(into.byTerm[t]))}`).join(', ');
  console.log(`Search medians by term, clear: ${byTerm(clear)}`);
  console.log(`Search medians by term, encrypted: ${byTerm(sealed)}`);

  // Printed before this, the longest step, so a long run's page figures are not lost with it.
  await page.evaluate(emptyDevice);
  await page.goto(`${base}/`);
  await page.evaluate(seedLargeDataset, { households: IN_PLACE_HOUSEHOLDS, eventsPerHousehold, today });
  const records = await page.evaluate(storedRows);
  t0 = Date.now();
  await encryptInPlace(page, base);
  const encryptSeconds = (Date.now() - t0) / 1000;

  console.log(`Encrypting in place: ${IN_PLACE_HOUSEHOLDS.toLocaleString('en-GB')} households, ${records.toLocaleString('en-GB')} records in ${encryptSeconds.toFixed(1)} s (${Math.round(records / encryptSeconds).toLocaleString('en-GB')} a second)`);
  return over;
}
