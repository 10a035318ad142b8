import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Debian's Firefox ESR; puppeteer-core never downloads a browser. */
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface LaunchedFirefox {
  /** Where a test file connects over WebDriver BiDi; Firefox takes one connection at a time. */
  endpoint: string;
  close(): Promise<void>;
}

/**
 * One headless Firefox for the whole end-to-end run: starting one took five seconds, once for each
 * browser a test block used. Each block gets a fresh profile of its own as a user context in it.
 */
export async function launchFirefox(): Promise<LaunchedFirefox> {
  const profile = await mkdtemp(join(tmpdir(), 'e2e-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    userDataDir: profile,
    env: { ...process.env, TZ: 'Europe/London' },
    extraPrefsFirefox: { 'intl.locale.requested': 'en-GB', 'intl.accept_languages': 'en-GB' },
  });
  const endpoint = browser.wsEndpoint();
  const firefox = browser.process();
  // Frees the one connection Firefox allows for the test files; the browser runs on.
  await browser.disconnect();
  return {
    endpoint,
    close: async () => {
      if (firefox && firefox.exitCode === null) {
        const exited = new Promise((resolve) => firefox.once('exit', resolve));
        firefox.kill();
        await exited;
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}
