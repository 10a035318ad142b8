/**
 * The pages part of `npm run bench`: each figure is timed inside the page, from a performance mark
 * set as the click (or the Enter of a search) is dispatched to the mark the target page sets once
 * its own content is on screen (`list:rendered`, `board:rendered`, `household:rendered`,
 * `today:lists`, `today:heading`), for the address asked for. Beside each, a floor: the same rows
 * read straight from IndexedDB in the same page, right after, so a busy machine slows both.
 */
import { writeFileSync } from 'node:fs';

/** A common surname, a postcode district, a phone number, an email address and a name prefix. */
export const SEARCH_TERMS = ['samplefield', 'ls14', '07700900123', 'household9999@example.com', 'mockf'];

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs `start` in the page (it sets `bench:start` and acts), then waits for `mark` set after it for
 * the address `wanted`; resolves to the milliseconds between the two marks.
 */
export async function timeToMark(page, mark, start, arg, wanted) {
  await page.evaluate((mark) => {
    performance.clearMarks(mark);
    performance.clearMarks('bench:start');
  }, mark);
  await page.evaluate(start, arg);
  const handle = await page.waitForFunction(
    ({ mark, wanted }) => {
      const [begun] = performance.getEntriesByName('bench:start');
      const shown = performance.getEntriesByName(mark).find((m) => begun && m.startTime >= begun.startTime && m.detail === wanted);
      return shown ? shown.startTime - begun.startTime : false;
    },
    { mark, wanted },
    { timeout: 60_000, polling: 50 },
  );
  return handle.jsonValue();
}

export function clickIn(selector) {
  const target = document.querySelector(selector);
  if (!target) throw new Error(`Nothing to click: ${selector}`);
  performance.mark('bench:start');
  target.click();
}

/** Types the term (as `input` events), lets the page take it, then presses Enter: the timed keystroke. */
export async function searchIn(term) {
  const box = document.querySelector('main form[role=search] input[type=search]');
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, term);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  performance.mark('bench:start');
  box.form.requestSubmit();
}

/**
 * The floor: what the page reads, straight from IndexedDB with no app code. Runs inside the page.
 * `what` is one of list, search, board, household, today; `arg` the term or the household id.
 */
async function floorIn({ what, arg, today }) {
  const t0 = performance.now();
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('fostering');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const ask = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction(['households', 'householdDetails', 'people', 'staff', 'checks', 'moves', 'appointments', 'events', 'settings'], 'readonly');
  const store = (name) => tx.objectStore(name);
  const range = (a, b) => IDBKeyRange.bound(a, b);
  /** Names, postcode and worker of each household, as a row or card shows them. */
  const summarise = (households) =>
    Promise.all(households.map((h) => Promise.all([
      ask(store('householdDetails').get(h.id)),
      ask(store('people').index('householdId').getAll(h.id)),
      h.workerId ? ask(store('staff').get(h.workerId)) : undefined,
    ])));
  const first = (source, query, n, direction = 'next') => new Promise((resolve, reject) => {
    const rows = [];
    const req = source.openCursor(query, direction);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || rows.length === n) return resolve(rows);
      rows.push(cursor.value);
      cursor.continue();
    };
  });
  const households = store('households');
  if (what === 'list') await summarise(await first(households.index('enquiryOn'), null, 26, 'prev'));
  if (what === 'search') await summarise((await ask(households.index('searchKeys').getAll(range(arg, `${arg}\uffff`), 26))).slice(0, 25));
  if (what === 'board') {
    const stages = ['enquiry', 'initialVisit', 'application', 'stage1', 'stage2', 'panel', 'decision'];
    await Promise.all([
      ...stages.flatMap((s) => ['active', 'onHold'].map((state) => ask(households.index('[state+stage]').count([state, s])))),
      ...stages.map(async (s) => summarise(await ask(households.index('[stage+nextDeadlineOn]').getAll(range([s, ''], [s, '\uffff']), 20)))),
    ]);
  }
  if (what === 'household') {
    await Promise.all([
      ask(households.get(arg)),
      ask(store('householdDetails').get(arg)),
      ask(store('settings').getAll()),
      ask(store('staff').getAll()),
      ...['people', 'checks', 'appointments'].map((t) => ask(store(t).index('householdId').getAll(arg))),
      ask(store('moves').index('[householdId+on]').getAll(range([arg, ''], [arg, '\uffff']))),
      first(store('events').index('[householdId+at]'), range([arg, ''], [arg, '\uffff']), 20, 'prev'),
    ]);
  }
  if (what === 'today') {
    await Promise.all([
      ask(store('settings').getAll()),
      first(households.index('nextDeadlineOn'), IDBKeyRange.upperBound(today, true), 11).then(summarise),
      first(households.index('nextDeadlineOn'), IDBKeyRange.lowerBound(today), 11).then(summarise),
      first(store('checks').index('awaitingSince'), null, 11),
      first(households.index('holdUntil'), IDBKeyRange.upperBound(today), 11).then(summarise),
    ]);
  }
  db.close();
  return performance.now() - t0;
}

const floor = (page, what, arg, today) => page.evaluate(floorIn, { what, arg, today });

export const NAV = (href) => `nav[aria-label="Main"] a[href="${href}"]`;

/** Times every page `runs` times at the seeded size; returns how many medians are over budget. */
export async function benchPages(page, { base, runs, households, events, today, profile }) {
  const timed = { list: [], search: [], household: [], board: [], todayLists: [], todayHeading: [] };
  const floors = { list: [], search: [], household: [], board: [], todayLists: [], todayHeading: [] };
  const byTerm = Object.fromEntries(SEARCH_TERMS.map((t) => [t, []]));
  const cdp = profile ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  for (let i = 0; i < runs; i++) {
    // A repeat visit as a device makes one: the app was closed, and the browser has let go of the
    // database (Chromium keeps it open for about two seconds after its last page goes).
    await page.goto('about:blank');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: /Today/ }).waitFor();
    // A repeat visit: the heading, and Today's lists, against the same load's first paint.
    const load = await page.waitForFunction(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const heading = performance.getEntriesByName('today:heading')[0];
      const lists = performance.getEntriesByName('today:lists')[0];
      return paint && heading && lists ? { paint: paint.startTime, heading: heading.startTime, lists: lists.startTime } : false;
    }, undefined, { timeout: 60_000, polling: 50 });
    const { paint, heading, lists } = await load.jsonValue();
    timed.todayHeading.push(heading);
    floors.todayHeading.push(paint);
    timed.todayLists.push(lists);
    floors.todayLists.push(await floor(page, 'today', undefined, today));

    timed.list.push(await timeToMark(page, 'list:rendered', clickIn, NAV('/households'), '/households'));
    floors.list.push(await floor(page, 'list'));

    for (const term of SEARCH_TERMS) {
      const ms = await timeToMark(page, 'list:rendered', searchIn, term, `/households?${new URLSearchParams({ q: term })}`);
      byTerm[term].push(ms);
      timed.search.push(ms);
      floors.search.push(await floor(page, 'search', term));
    }

    // A different household each run, from the list's first page: once that page is shown, not
    // the last search's rows still on screen before it.
    await timeToMark(page, 'list:rendered', clickIn, NAV('/households'), '/households');
    const href = await page.locator('main table tbody tr a').nth(i % 25).getAttribute('href');
    timed.household.push(await timeToMark(page, 'household:rendered', clickIn, `main table tbody a[href="${href}"]`, href));
    floors.household.push(await floor(page, 'household', href.split('/').pop()));

    timed.board.push(await timeToMark(page, 'board:rendered', clickIn, NAV('/pipeline'), '/pipeline'));
    floors.board.push(await floor(page, 'board'));
  }
  if (cdp) {
    const { profile: cpu } = await cdp.send('Profiler.stop');
    writeFileSync(profile, JSON.stringify(cpu));
    console.log(`CPU profile of the pages written to ${profile}`);
  }

  const rows = [
    ['list', 'Household list: click to rows shown', 100],
    ['search', 'Search: Enter to results shown (each term)', 50],
    ['household', 'Household record: click to record shown', 100],
    ['board', 'Pipeline board: click to columns shown', 150],
    ['todayLists', "Today's lists: repeat visit, load to shown", undefined],
    ['todayHeading', "Today's heading: repeat visit (floor: first paint)", 'paint'],
  ];
  console.log(`\n${households.toLocaleString('en-GB')} households, ${events.toLocaleString('en-GB')} events, ${runs} runs each (ms; floor: the same rows read straight from IndexedDB in the same run)`);
  let over = 0;
  for (const [key, label, budget] of rows) {
    const xs = timed[key].map((x) => Math.round(x));
    const m = median(xs);
    const f = Math.round(median(floors[key]));
    const limit = budget === 'paint' ? Math.round(1.5 * f) : budget;
    const verdict = limit === undefined ? '' : m <= limit ? `budget ${limit} (within)` : `budget ${limit} (OVER)`;
    if (limit !== undefined && m > limit) over++;
    console.log(`${label.padEnd(52)} median ${String(m).padStart(5)}  min ${String(Math.min(...xs)).padStart(5)}  max ${String(Math.max(...xs)).padStart(5)}  floor ${String(f).padStart(4)}  ${(m / Math.max(f, 1)).toFixed(1)}x  ${verdict}`);
  }
  console.log(`Search medians by term: ${SEARCH_TERMS.map((t) => `${t} ${Math.round(median(byTerm[t]))}`).join(', ')}`);
  return over;
}
