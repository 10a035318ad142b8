import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newContext, newProfile, openPage, signIn } from './support/browser';
import { startPreview, type Preview } from './support/preview';
import { isControlled, serviceWorkerInControl, serviceWorkerReady } from './support/sw';

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk, to prove the icon really is the size it claims. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('installable app', () => {
  test('serves a web app manifest with names, icons, standalone display and theme colour', async () => {
    const page = await openPage('/who');
    const href = await page.locator('link[rel=manifest]').first().getAttribute('href');
    expect(href).toBeTruthy();
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };

    expect(manifest).toMatchObject({
      name: expect.stringMatching(/Fostering/),
      short_name: 'Fostering',
      display: 'standalone',
      start_url: '/',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      description: expect.stringMatching(/\w{3,}/),
    });
    const descriptionMeta = await page.locator('meta[name=description]').getAttribute('content');
    expect(descriptionMeta).toBe(manifest.description);
    const themeMeta = await page.locator('meta[name=theme-color]').getAttribute('content');
    expect(themeMeta?.toLowerCase()).toBe(String(manifest.theme_color).toLowerCase());

    const any = manifest.icons.filter((i) => (i.purpose ?? 'any').split(' ').includes('any'));
    const maskable = manifest.icons.filter((i) => i.purpose?.split(' ').includes('maskable'));
    expect(any.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(maskable.length).toBeGreaterThan(0);

    for (const icon of manifest.icons) {
      const image = await page.request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()['content-type'], icon.src).toBe('image/png');
      expect(pngSize(await image.body()), icon.src).toBe(icon.sizes);
    }

    const screenshots = manifest.screenshots as (ManifestIcon & { form_factor?: string; label?: string })[];
    expect(screenshots.some((s) => s.form_factor === 'wide')).toBe(true);
    for (const shot of screenshots) {
      expect(shot.label, shot.src).toBeTruthy();
      const image = await page.request.get(shot.src);
      expect(image.status(), shot.src).toBe(200);
      expect(pngSize(await image.body()), shot.src).toBe(shot.sizes);
    }
  });

  test('serves a robots.txt that keeps every page out of search engines', async () => {
    const page = await openPage('/who');
    const response = await page.request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
    await page.context().close();
  });

  test('Chromium reports no reason it cannot be installed', async () => {
    // A real profile: in an incognito context Chromium answers only "in-incognito".
    const page = await (await newProfile()).newPage();
    await page.goto('/who');
    await serviceWorkerReady(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
  });
});

describe('offline after the first visit', () => {
  // Its own server: switching the browser offline does not stop the service worker's fetches,
  // so the only honest offline test is one where the server is really gone.
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('opens, lets a user sign in and keeps their name with the server stopped', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Who is using this device?' }).waitFor();
    await serviceWorkerInControl(page);
    expect(await isControlled(page)).toBe(true);

    await preview.stop();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Who is using this device?' }).waitFor();
    // Chromium 150 does not carry its emulated offline state into a page the service worker serves
    // on reload (navigator.onLine reads true there), so the connection drops again, as a real one would.
    await context.setOffline(false);
    await context.setOffline(true);
    await page.getByText('You are offline').waitFor();

    await signIn(page, 'Offline Testperson');
    await page.reload();
    await page.getByRole('banner').getByText('Using this device: Offline Testperson').waitFor();
    await page.goto('/who');
    await page.getByRole('button', { name: /Offline Testperson/ }).waitFor();

    await preview.restart();
    await context.setOffline(false);
    await page.reload();
    await page.getByRole('button', { name: /Offline Testperson/ }).waitFor();
    expect(await page.getByText('You are offline').count()).toBe(0);
  });
});
