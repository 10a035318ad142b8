import { describe, expect, test } from 'vitest';
import { axeViolations } from './support/engines/axe';
import { ENGINE_TIMEOUT, ENGINES, openRoute, settled, useEngine, visitRoute } from './support/engines';
import { MAIN } from './support/engines/steps';
import { ROUTES } from './support/routes';

/**
 * Layout and accessibility in every engine, with the demo data loaded: no page scrolls sideways on
 * an upright tablet or a carer's phone, and three pages are clean for axe-core.
 */


/** An upright tablet and a carer's phone: the widths where engines' layouts part most. */
const SIZES = [
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];

describe.each(ENGINES)('pages in %s', (engine) => {
  const driver = useEngine(engine);
  let record = '';

  test('the demo data loads and lists its households', async () => {
    const d = driver();
    await d.open('/settings');
    await d.fill({ label: 'Your full name' }, 'Alex Synthetic-Manager');
    await d.click({ role: 'button', name: 'Add and continue' });
    await settled(d, 'Settings');
    await d.click({ role: 'button', name: 'Load demo data' });
    await d.waitFor({ role: 'button', name: 'Remove demo data' });

    await openRoute(d, '/households?stage=stage1', /^Households$/);
    const links = await d.evaluate(() => [...document.querySelectorAll('MAIN a[href^="/households/demo-"]')].map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    record = links[0]!;
    await openRoute(d, '/households', /^Households$/);
    expect(await d.text(MAIN)).toMatch(/Showing 1 to 25\b/);
  });

  test('a review is recorded on a carer household', async () => {
    const d = driver();
    await openRoute(d, '/carers', /^Carer households$/);
    const carer = await d.evaluate(() => document.querySelector('MAIN table a[href^="/carers/"]')?.getAttribute('href') ?? '');
    expect(carer).toMatch(/^\/carers\/[\w-]+$/);
    await d.open(carer);
    await d.waitFor({ role: 'heading', name: 'Approval' });
    await settled(d, /./);
    await d.click({ role: 'button', name: 'Record a review', within: MAIN });
    // Built by hand: WebKitGTK's locale data formats en-CA as month/day/year.
    const today = await d.evaluate(() => {
      const now = new Date();
      return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
    });
    await d.fillDate('Date of the review', today, MAIN);
    await d.click({ label: 'Approval continues on the same terms', within: MAIN });
    await d.click({ label: 'Yes', within: { role: 'group', name: 'Do the carers agree with the outcome?' } });
    await d.click({ role: 'button', name: 'Record review', within: MAIN });
    // The review's own line, not the form's choice of the same words: the next review falls due from it.
    await d.waitForText(/Next review due/, MAIN);
    expect(await d.text(MAIN)).toMatch(/\(to panel\): Approval continues on the same terms/);
    expect(await d.text(MAIN)).not.toMatch(/NaN|Invalid Date|undefined/);
  });

  test('Back from a household returns to the place in the list, and a link to part of Settings lands on it', async () => {
    const d = driver();
    await d.setViewport(768, 1024);
    await openRoute(d, '/households', /^Households$/);
    const name = await d.evaluate(() => {
      const link = document.querySelectorAll('MAIN a[href^="/households/"]')[20]!;
      link.scrollIntoView({ block: 'center' });
      // Where the list was at the moment of the tap, whatever the driver scrolls to reach the link.
      document.addEventListener('click', () => Object.assign(window, { placeAtTap: Math.round(scrollY) }), { capture: true, once: true });
      return link.textContent ?? '';
    });
    await d.click({ role: 'link', name, within: MAIN });
    await d.waitUntil('the household to open', () => location.pathname !== '/households');
    await settled(d, /./);
    await d.evaluate(() => history.back());
    await settled(d, /^Households$/);
    await d.waitUntil('the list to hold its place', () => {
      const place = (window as unknown as { placeAtTap: number }).placeAtTap;
      return place > 500 && Math.round(scrollY) === place;
    });

    await openRoute(d, '/retention', 'Records due for deletion');
    await d.click({ role: 'link', name: 'Settings', within: MAIN });
    await settled(d, 'Settings');
    await d.waitUntil('focus on Keeping records, at the top of the screen', () => {
      const heading = document.getElementById('retention-heading');
      const top = heading?.getBoundingClientRect().top ?? -1;
      return heading === document.activeElement && top > -1 && top < 100;
    });
  });

  test('a form opened in place takes focus, and Escape from its first field, a select, closes it with focus back on its button', async () => {
    const d = driver();
    await openRoute(d, '/households?stage=stage2', /^Households$/);
    const household = await d.evaluate(() => document.querySelector('MAIN a[href^="/households/demo-"]')?.getAttribute('href') ?? '');
    await d.open(household);
    await settled(d, /./);
    await d.click({ role: 'button', name: 'Change stage 2 details', within: MAIN });
    await d.waitUntil('focus on the assessor', () => document.activeElement?.id === 'stage2-assessorId');
    await d.press({ label: 'Assessor', within: MAIN }, 'Escape');
    await d.waitUntil('focus back on its button', () => document.activeElement?.textContent?.trim() === 'Change stage 2 details');
  });

  // Chromium's pages are checked at these widths and three more in every-route.e2e.ts.
  test.skipIf(engine === 'Chromium')('no page is wider than the screen at 768 and 390 px', async () => {
    const d = driver();
    const tooWide: string[] = [];
    for (const { width, height } of SIZES) {
      await d.setViewport(width, height);
      for (const { path, heading } of [...ROUTES, { path: record, heading: /./ }]) {
        await visitRoute(d, path, heading);
        const scrollWidth = await d.scrollWidth();
        if (scrollWidth > width) tooWide.push(`${path} at ${width} px is ${scrollWidth} px wide`);
      }
    }
    expect(tooWide).toEqual([]);
  });

  test('Today, a household record and the refused enquiry form are clean for axe-core', async () => {
    const d = driver();
    await d.setViewport(1024, 768);
    await openRoute(d, '/', /^Today/);
    expect(await axeViolations(d), 'axe-core on Today').toEqual([]);

    await openRoute(d, record, /./);
    expect(await axeViolations(d), `axe-core on ${record}`).toEqual([]);

    await openRoute(d, '/enquiries/new', /^New enquiry$/);
    await d.click({ role: 'button', name: /Save enquiry|Continue/, within: MAIN });
    await d.waitFor({ role: 'heading', name: 'There is a problem' });
    expect(await axeViolations(d), 'axe-core on the enquiry form with errors').toEqual([]);
  });
}, ENGINE_TIMEOUT);
