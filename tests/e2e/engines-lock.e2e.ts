import { describe, expect, test } from 'vitest';
import { ENGINE_TIMEOUT, ENGINES, openRoute, useEngine } from './support/engines';
import { MAIN, nameTheUser, PASSCODES, recordEnquiry, setFirstPasscode, viaMenu, waitForProblem } from './support/engines/steps';

/**
 * The passcode lock on a shared tablet, in Chromium, WebKit (every browser on an iPad) and Firefox:
 * a passcode set in Settings, the device locked on reload with nothing personal on the lock screen
 * nor readable in the engine's IndexedDB, a wrong passcode refused, and the right one opening the
 * records again.
 */

const WORKER = 'Avery Synthetic-Worker';
const APPLICANT = 'Quinn Lockfieldson';
const PASSCODE = 'kitchen table 42';

describe.each(ENGINES)('the passcode lock in %s', (engine) => {
  const driver = useEngine(engine);

  test('a passcode is set, a reload locks the device with nothing readable on screen or disk, a wrong passcode is refused and the right one unlocks', async () => {
    const d = driver();
    await nameTheUser(d, WORKER);
    await recordEnquiry(d, { name: APPLICANT, email: 'quinn.lockfieldson@example.com', postcode: 'LS6 2AB' });
    await openRoute(d, '/settings', 'Settings');
    await setFirstPasscode(d, PASSCODE);
    await d.waitFor({ role: 'heading', name: 'People who can unlock this device', within: PASSCODES });

    await d.reload();
    await d.waitFor({ role: 'heading', level: 1, name: 'This device is locked' });
    await d.waitFor({ label: 'Your passcode' });
    const locked = await d.text();
    expect(locked).not.toContain(APPLICANT);
    expect(locked).not.toContain('quinn.lockfieldson@example.com');
    // What the engine keeps on the tablet: every table read straight from IndexedDB.
    const disk = await d.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('fostering');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const stores = [...db.objectStoreNames];
      const tx = db.transaction(stores, 'readonly');
      const rows = await Promise.all(
        stores.map(
          (store) =>
            new Promise<unknown[]>((ok, fail) => {
              const all = tx.objectStore(store).getAll();
              all.onsuccess = () => ok(all.result);
              all.onerror = () => fail(all.error);
            }),
        ),
      );
      db.close();
      return JSON.stringify(Object.fromEntries(stores.map((store, i) => [store, rows[i]])));
    });
    expect(disk).toContain('"households"');
    for (const secret of ['Lockfieldson', 'quinn.lockfieldson@example.com', 'LS6 2AB', 'LS62AB']) expect(disk, `"${secret}" readable on disk`).not.toContain(secret);

    await d.fill({ label: 'Your passcode' }, 'not the passcode');
    await d.click({ role: 'button', name: 'Unlock' });
    await waitForProblem(d, 'Wrong passcode. Check it and try again');

    await d.fill({ label: 'Your passcode' }, PASSCODE);
    await d.click({ role: 'button', name: 'Unlock' });
    await d.waitForText(`Using this device: ${WORKER}`, { role: 'banner' });
    // By the menu: loading a page afresh locks the device again.
    await viaMenu(d, 'Households', /^Households$/);
    await d.waitForText(APPLICANT, MAIN);
  });
}, ENGINE_TIMEOUT);
