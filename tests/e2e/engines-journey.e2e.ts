import { describe, expect, test } from 'vitest';
import { ENGINE_TIMEOUT, ENGINES, openRoute, useEngine } from './support/engines';
import { MAIN, waitForProblem } from './support/engines/steps';

/**
 * The journeys every team member's browser must get right, in Chromium, WebKit (every browser on an
 * iPad) and Firefox: first visit, an enquiry refused then saved, a stage move, a reload, a day with
 * no server, and carer mode. One browser per engine, its tests in order on the same device.
 */

const WORKER = 'Jo Synthetic-Worker';
const NOTE = 'Visited offline: the family asked about respite.';
const CARER_MODE_NOTICE = 'This page is not available in carer mode';

describe.each(ENGINES)('key journeys in %s', (engine) => {
  const driver = useEngine(engine);
  let recordPath = '';

  test('a first visit asks who is using the device, and the app is then kept for offline use', async () => {
    const d = driver();
    await d.open('/');
    await d.waitFor({ role: 'heading', level: 1, name: 'Who is using this device?' });
    await d.fill({ label: 'Your full name' }, WORKER);
    await d.click({ role: 'button', name: 'Add and continue' });
    await d.waitForText(`Using this device: ${WORKER}`, { role: 'banner' });

    await d.waitUntil('an active service worker', async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated');
    // The worker does not claim the page it was installed from: the next visit is the one it serves.
    await d.reload();
    await d.waitUntil('the service worker to serve the page', () => navigator.serviceWorker.controller !== null);
    await d.waitForText(`Using this device: ${WORKER}`, { role: 'banner' });
  });

  test('an enquiry with nothing typed is refused with an error summary, then saved', async () => {
    const d = driver();
    await d.click({ role: 'link', name: 'New enquiry', within: { role: 'navigation', name: 'Main' } });
    await d.waitFor({ role: 'heading', level: 1, name: 'New enquiry' });
    await d.click({ role: 'button', name: /Save enquiry|Continue/, within: MAIN });
    await waitForProblem(d, /Enter a postcode/);
    const summary = await d.text({ role: 'alert' });
    expect(summary).toContain('Enter a postcode');
    // Each message is also beside its field.
    await d.waitForText(/^Error: Enter a postcode$/, MAIN);
    expect(await d.path()).toBe('/enquiries/new');

    await d.fill({ label: "Applicant's full name", within: MAIN }, 'Morgan Fictional');
    await d.fill({ label: 'Email address', within: MAIN }, 'morgan.fictional@example.com');
    await d.fill({ label: 'Phone number', within: MAIN }, '07700 900 461');
    await d.fill({ label: 'Postcode', within: MAIN }, 'ls6 2ab');
    await d.click({ label: 'Word of mouth', within: MAIN });
    await d.click({ label: 'Teenagers', within: MAIN });
    await d.click({ role: 'button', name: /Save enquiry|Continue/, within: MAIN });

    await d.waitForText('Enquiry saved', MAIN);
    await d.waitFor({ role: 'heading', level: 1, name: /Morgan Fictional/ });
    // The record opens at `?saved=1`, which the app then drops so a reload does not say "saved" again.
    await d.waitUntil('the address to drop "saved"', () => location.search === '');
    recordPath = await d.path();
    expect(recordPath).toMatch(/^\/households\/[\w-]+$/);
    expect(await d.text(MAIN)).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('the household moves on a stage', async () => {
    const d = driver();
    await d.click({ role: 'button', name: 'Move to Initial visit', within: MAIN });
    await d.click({ role: 'button', name: 'Save move', within: MAIN });
    await d.waitForText('Moved to Initial visit', MAIN);
  });

  test('a reload keeps the user, the household, its stage and its history', async () => {
    const d = driver();
    await d.reload();
    await d.waitFor({ role: 'heading', level: 1, name: /Morgan Fictional/ });
    await d.waitForGone({ text: 'Loading the timeline…' });
    const text = await d.text(MAIN);
    expect(text).toContain('Initial visit');
    expect(text).toContain('Moved to Initial visit');
    expect(text).toContain(WORKER);
    expect(text).toContain('morgan.fictional@example.com');
    await d.waitForText(`Using this device: ${WORKER}`, { role: 'banner' });

    await d.open('/households');
    await d.waitForText('Morgan Fictional', { role: 'table', within: MAIN });
  });

  test('with the server stopped, Today, the record and a library resource open, and a note added then survives a reload', async () => {
    const d = driver();
    await d.goOffline();
    try {
      await d.open('/');
      await d.waitFor({ role: 'heading', level: 1, name: /^Today/ });
      await d.open('/library/emergency');
      await d.waitFor({ role: 'heading', level: 1, name: /What to do in an emergency$/ });
      await d.open(recordPath);
      await d.waitFor({ role: 'heading', level: 1, name: /Morgan Fictional/ });

      await d.fill({ label: 'Add a note', within: MAIN }, NOTE);
      await d.click({ role: 'button', name: 'Add note', within: MAIN });
      await d.waitForText(NOTE, MAIN);
      await d.reload();
      await d.waitFor({ role: 'heading', level: 1, name: /Morgan Fictional/ });
      await d.waitForText(NOTE, MAIN);
    } finally {
      await d.goOnline();
    }
  });

  test('carer mode refuses a staff page and shows none of its records', async () => {
    const d = driver();
    await openRoute(d, '/settings', 'Settings');
    await d.click({ role: 'button', name: 'Switch this device to carer mode' });
    await d.click({ role: 'button', name: 'Yes, switch to carer mode' });
    await d.waitUntil('the library to open', () => location.pathname === '/library');

    await d.open('/households');
    await d.waitForText(CARER_MODE_NOTICE);
    expect(await d.path()).toBe('/library');
    const text = await d.text();
    expect(text).not.toContain('Morgan Fictional');
    expect(text).not.toContain('Using this device');
  });
}, ENGINE_TIMEOUT);
