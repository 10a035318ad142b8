import { chromium, type ElementHandle } from 'playwright-core';
import { inject } from 'vitest';
import { TABLET } from '../browser';
import type { Session } from './driver';

/** A fresh context in the Chromium the global setup launched, through playwright-core. */
export async function chromiumSession(): Promise<Session<ElementHandle>> {
  const browser = await chromium.connect(inject('wsEndpoint'));
  const context = await browser.newContext({ viewport: TABLET, locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers: 'allow' });
  const page = await context.newPage();
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    run: (expression) => page.evaluate(expression),
    element: async (expression) => (await page.evaluateHandle(expression)).asElement() ?? undefined,
    click: (element) => element.click(),
    fill: (element, text) => element.fill(text),
    press: (element, key) => element.press(key),
    upload: (element, file) => element.setInputFiles(file),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (file) => void (await page.screenshot({ path: file, fullPage: true })),
    close: () => browser.close(),
  };
}
