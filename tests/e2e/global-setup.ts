import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { launchFirefox } from './support/engines/firefox-launch';
import { buildApp, startPreview } from './support/preview';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared `vite preview` of the fresh build answers, e.g. http://127.0.0.1:41234 */
    baseURL: string;
    /** Playwright endpoint of the one Chromium every test file connects to. */
    wsEndpoint: string;
    /** WebDriver BiDi endpoint of the one Firefox the engine tests connect to, or '' if it did not start. */
    firefoxEndpoint: string;
    /** Why Firefox did not start, for the engine tests to say. */
    firefoxProblem: string;
  }
}

/**
 * One build, one preview server, one Chromium and one Firefox for the whole e2e run. Firefox starts
 * while the app builds; a run without it still runs every test that needs no Firefox.
 */
export default async function setup(project: TestProject) {
  const firefox = launchFirefox().then(
    (launched) => ({ launched, problem: '' }),
    (error: unknown) => ({ launched: undefined, problem: String(error) }),
  );
  const stopFirefox = async () => (await firefox).launched?.close();
  try {
    if (process.env.E2E_SKIP_BUILD !== '1') await buildApp();
  } catch (error) {
    await stopFirefox();
    throw error;
  }
  const preview = await startPreview();
  const browserServer = await chromium
    .launchServer({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
    .catch(async (error: unknown) => {
      await preview.stop();
      await stopFirefox();
      throw error;
    });
  const { launched, problem } = await firefox;
  project.provide('baseURL', preview.url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  project.provide('firefoxEndpoint', launched?.endpoint ?? '');
  project.provide('firefoxProblem', problem);
  return async () => {
    await browserServer.close();
    await preview.stop();
    await launched?.close();
  };
}
