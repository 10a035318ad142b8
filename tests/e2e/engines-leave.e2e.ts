import { describe, expect, test } from 'vitest';
import { ENGINE_TIMEOUT, ENGINES, openRoute, settled, useEngine } from './support/engines';
import { nameTheUser } from './support/engines/steps';

/**
 * Leaving the app mid-save, by a typed address or a bookmark, in Chromium, WebKit (every browser on
 * an iPad) and Firefox. WebKit keeps the page left in its back/forward cache with its database work
 * suspended, holding its tables: unless the app ends that work as the page goes, the next page's
 * reads wait for ever and it says "Loading…" until the browser is closed.
 */

describe.each(ENGINES)('leaving a page mid-save in %s', (engine) => {
  const driver = useEngine(engine);

  test('a page left while the demo data is being written holds up no page after it, and nothing half-written is kept', async () => {
    const d = driver();
    await nameTheUser(d, 'Sam Synthetic-Worker');
    await openRoute(d, '/settings', 'Settings');
    await d.click({ role: 'button', name: 'Load demo data' });
    await d.waitFor({ role: 'button', name: 'Loading demo data…' });
    await d.open('/households');
    await settled(d, /^Households$/);
    await openRoute(d, '/', /^Today/);
    // The demo data is one transaction: it arrived whole, or not at all.
    await openRoute(d, '/settings', 'Settings');
    const demo = await d.text({ role: 'region', name: 'Demo data' });
    expect(demo).toMatch(/No demo households are loaded|\d+ demo households are loaded/);
  });
}, ENGINE_TIMEOUT);
