// Runs before each audited load (lhci's puppeteerScript): a worker named on this device and a few
// synthetic households, so Lighthouse audits the pages a signed-in worker sees, on a repeat visit,
// not only the "who is using this device" page. Writes through the app's own form and, for the
// households, the bench's seed (raw IndexedDB), so the app carries no code for it.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const HOUSEHOLDS = 30;

module.exports = async (browser, { url }) => {
  const page = await browser.newPage();
  const { origin } = new URL(url);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
  if (new URL(page.url()).pathname === '/who') {
    await page.waitForSelector('#new-name');
    await page.type('#new-name', 'Lighthouse Worker');
    await Promise.all([
      page.waitForFunction(() => document.querySelector('main h1')?.textContent?.includes('Today')),
      page.evaluate(() => [...document.querySelectorAll('main button')].find((b) => b.textContent.includes('Add and continue')).click()),
    ]);
  }
  const { seedLargeDataset } = await import(pathToFileURL(path.join(__dirname, 'seed-large.js')).href);
  const today = new Date().toISOString().slice(0, 10);
  await page.evaluate(seedLargeDataset, { households: HOUSEHOLDS, eventsPerHousehold: 20, today });
  await page.close();
};
