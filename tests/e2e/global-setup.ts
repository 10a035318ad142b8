import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { buildApp, startPreview } from './support/preview';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared `vite preview` of the fresh build answers, e.g. http://127.0.0.1:41234 */
    baseURL: string;
    /** Playwright endpoint of the one Chromium every test file connects to. */
    wsEndpoint: string;
  }
}

/** One build, one preview server and one Chromium for the whole e2e run. */
export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1') await buildApp();
  const preview = await startPreview();
  const browserServer = await chromium
    .launchServer({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
    .catch(async (error: unknown) => {
      await preview.stop();
      throw error;
    });
  project.provide('baseURL', preview.url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await preview.stop();
  };
}
