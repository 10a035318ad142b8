/**
 * The carers part of `npm run bench` (BENCH_ONLY=carers): issue 10's budget, with 10,000 pipeline
 * households and 2,000 carer households on the register, in a browser context of its own. The
 * carer list (click on "Carers" to `carers:rendered`) and Today's support section (click on
 * "Today" to `support-today:rendered`) are timed inside the page, each beside a floor: the rows the
 * page needs read straight from IndexedDB in the same run.
 */
import { seedLargeDataset } from './seed-large.js';
import { seedCarers } from './seed-carers.js';
import { clickIn, median, NAV, timeToMark } from './bench-pages.mjs';

const BUDGET = 200;

/** Runs inside the page: what each page needs, read with no app code. */
async function floorIn(what) {
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
  const tx = db.transaction(['carers', 'staff', 'settings'], 'readonly');
  const store = (name) => tx.objectStore(name);
  // Each carer row keeps its support summary, names included: no people, visits, reviews or placements are read.
  await Promise.all([ask(store('carers').index('onRegister').getAll(1)), ask(store('settings').getAll()), ...(what === 'list' ? [ask(store('staff').getAll())] : [])]);
  db.close();
  return performance.now() - t0;
}

export async function benchCarers(browser, { base, runs, households, carers = 2000, today }) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/who`);
    await page.getByLabel('Your full name').fill('Bench User');
    await page.getByRole('button', { name: 'Add and continue' }).click();
    await page.getByRole('heading', { level: 1, name: /Today/ }).waitFor();
    const t0 = Date.now();
    await page.evaluate(seedLargeDataset, { households, eventsPerHousehold: 2, today });
    await page.evaluate(seedCarers, { count: carers, today });
    console.log(`\nSeeded ${households.toLocaleString('en-GB')} pipeline and ${carers.toLocaleString('en-GB')} carer households in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const timed = { list: [], today: [] };
    const floors = { list: [], today: [] };
    await page.goto(`${base}/households`);
    await page.locator('main table tbody tr').first().waitFor({ timeout: 60_000 });
    for (let i = 0; i < runs; i++) {
      timed.list.push(await timeToMark(page, 'carers:rendered', clickIn, NAV('/carers'), '/carers'));
      floors.list.push(await page.evaluate(floorIn, 'list'));
      timed.today.push(await timeToMark(page, 'support-today:rendered', clickIn, NAV('/'), '/'));
      floors.today.push(await page.evaluate(floorIn, 'today'));
    }
    let over = 0;
    console.log(`${carers.toLocaleString('en-GB')} carer households beside ${households.toLocaleString('en-GB')} in the pipeline, ${runs} runs each (ms; floor: the rows the page needs read straight from IndexedDB)`);
    for (const [key, label] of [['list', 'Carer list: click to rows shown'], ['today', "Today's support section: click to shown"]]) {
      const xs = timed[key].map(Math.round);
      const m = median(xs);
      const f = Math.round(median(floors[key]));
      if (m > BUDGET) over++;
      console.log(`${label.padEnd(52)} median ${String(m).padStart(5)}  min ${String(Math.min(...xs)).padStart(5)}  max ${String(Math.max(...xs)).padStart(5)}  floor ${String(f).padStart(4)}  ${(m / Math.max(f, 1)).toFixed(1)}x  budget ${BUDGET} (${m <= BUDGET ? 'within' : 'OVER'})`);
    }
    return over;
  } finally {
    await context.close();
  }
}
