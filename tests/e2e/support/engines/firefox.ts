import puppeteer, { type Browser, type ElementHandle } from 'puppeteer-core';
import { inject } from 'vitest';
import { TABLET } from '../browser';
import type { Session } from './driver';

/** The connection this file's Firefox sessions share, and how many are open on it. */
let shared: { browser: Promise<Browser>; open: number } | undefined;

/**
 * Firefox takes one WebDriver BiDi connection at a time, so a file's sessions (two devices in one
 * test) share one and it closes with the last.
 */
async function connection(): Promise<Browser> {
  const endpoint = inject('firefoxEndpoint');
  if (!endpoint) throw new Error(`Firefox did not start for this run: ${inject('firefoxProblem')}`);
  shared ??= { browser: puppeteer.connect({ browserWSEndpoint: endpoint, protocol: 'webDriverBiDi', defaultViewport: TABLET, protocolTimeout: 120_000 }), open: 0 };
  shared.open += 1;
  return shared.browser;
}

async function release(): Promise<void> {
  if (!shared || --shared.open > 0) return;
  const { browser } = shared;
  shared = undefined;
  await (await browser).disconnect();
}

/** A fresh profile (a user context) in the Firefox the global setup launched, driven by puppeteer-core. */
export async function firefoxSession(): Promise<Session<ElementHandle>> {
  const browser = await connection();
  const context = await browser.createBrowserContext().catch(async (error: unknown) => {
    await release();
    throw error;
  });
  // A window of its own: a tab behind another would be hidden, its timers and frames held back.
  const page = await context.newPage({ type: 'window' });
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    run: async <T>(expression: string) => (await page.evaluate(expression)) as T,
    element: async (expression) => {
      const handle = await page.evaluateHandle(expression);
      const element = handle.asElement();
      if (!element) await handle.dispose();
      return (element as ElementHandle | null) ?? undefined;
    },
    click: (element) => element.click(),
    fill: async (element, text) => {
      // Select what is there so typing replaces it, as a user would.
      await element.evaluate((el) => (el as HTMLInputElement).select());
      if (text) await element.type(text);
      else await element.press('Backspace');
    },
    press: (element, key) => element.press(key),
    upload: (element, file) => (element as ElementHandle<HTMLInputElement>).uploadFile(file),
    setViewport: async (width, height) => {
      // Puppeteer also sets the screen's orientation, a command Firefox ESR 140 does not know; the
      // viewport is set all the same, so wait for the page to have the size asked for.
      await page.setViewport({ width, height }).catch((error: unknown) => {
        if (!String(error).includes('setScreenOrientationOverride')) throw error;
      });
      // Polled from here: puppeteer's waitForFunction builds its predicate with eval in the page,
      // which the app's content security policy refuses.
      const until = Date.now() + 30_000;
      for (;;) {
        const [w, h] = (await page.evaluate('[innerWidth, innerHeight]')) as [number, number];
        if (w === width && h === height) return;
        if (Date.now() > until) throw new Error(`Firefox: the page did not become ${width}×${height} px`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png`, fullPage: true })),
    close: async () => {
      await context.close().catch(() => undefined);
      await release();
    },
  };
}
