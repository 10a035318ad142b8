import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { TABLET } from '../browser';
import type { Session } from './driver';

/** Debian's Firefox ESR; puppeteer-core never downloads a browser. */
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A headless Firefox with a fresh profile, driven over WebDriver BiDi by puppeteer-core. */
export async function firefoxSession(): Promise<Session<ElementHandle>> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    env: { ...process.env, TZ: 'Europe/London' },
    extraPrefsFirefox: { 'intl.locale.requested': 'en-GB', 'intl.accept_languages': 'en-GB' },
    defaultViewport: TABLET,
    protocolTimeout: 120_000,
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
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
    close: () => browser.close(),
  };
}
