import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { projectRoot, startPreview, type Preview } from './support/preview';
import { serviceWorkerInControl } from './support/sw';

/**
 * A carer opening the library on a slow phone connection: the list loads without any resource's
 * text, and opening one resource loads its text alone.
 */

/** Each resource's text chunk in the build, by resource file name ("emergency.md"). */
function textChunks(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(resolve(projectRoot, 'dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const chunks = new Map<string, string>();
  for (const [source, { file }] of Object.entries(manifest)) {
    const m = /resources\/([^/]+\.md)\?raw$/.exec(source);
    if (m) chunks.set(`/${file}`, m[1]!);
  }
  return chunks;
}

/** The resource texts the page asked for, from the network or the service worker, since the last call. */
function watchTexts(page: Page, chunks: Map<string, string>): () => string[] {
  let seen: string[] = [];
  page.on('request', (request) => {
    const text = chunks.get(new URL(request.url()).pathname);
    if (text) seen.push(text);
  });
  return () => {
    const out = [...new Set(seen)].sort();
    seen = [];
    return out;
  };
}

describe('the library’s texts', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('the list loads no resource text, urgent pages first; a resource loads only its own', async () => {
    const chunks = textChunks();
    expect(chunks.size).toBeGreaterThanOrEqual(19);
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    const texts = watchTexts(page, chunks);
    await page.goto('/');
    await signIn(page, 'Robin Synthetic-Carer');
    await serviceWorkerInControl(page);
    texts();

    await page.goto('/library');
    const emergencies = page.getByRole('region', { name: 'Emergencies and safety' });
    await emergencies.getByRole('link').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(texts()).toEqual([]);
    expect((await emergencies.locator('.library-item__title').allTextContents()).slice(0, 3)).toEqual([
      'What to do in an emergency',
      'When a child goes missing',
      'If an allegation is made',
    ]);
    expect(await page.getByRole('region', { name: 'Money' }).getByRole('link', { name: 'Staying Put after 18' }).count()).toBe(1);

    await emergencies.getByRole('link', { name: 'If an allegation is made' }).click();
    await page.getByRole('heading', { level: 2, name: 'What usually happens' }).waitFor();
    expect(texts()).toEqual(['allegations.md']);

    // Search reads every text, from the device: it still finds words inside a resource's text.
    await page.goto('/library');
    await page.getByLabel('Search the library').fill('pathway plan');
    await page.getByRole('region', { name: 'Search results' }).getByRole('link', { name: 'Staying Put after 18' }).waitFor();
    await context.close();
  });
});
