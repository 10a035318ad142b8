import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { TABLET } from '../browser';
import { freePort } from '../preview';
import type { Session } from './driver';

/** WebKitGTK's MiniBrowser, from Debian's libwebkit2gtk-4.1 (the same engine as Safari). */
const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * MiniBrowser's window cannot be narrower than its toolbar (about 450 px at GTK's usual sizes), so a
 * GTK style sheet shrinks the toolbar to nothing and a phone's 390 px fits. It styles the browser's
 * own widgets only, never the page.
 */
const TINY_TOOLBAR = 'window * { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; }';

async function gtkConfig(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-webkit-'));
  await mkdir(join(dir, 'gtk-3.0'));
  await writeFile(join(dir, 'gtk-3.0', 'gtk.css'), TINY_TOOLBAR);
  return dir;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

/** MiniBrowser under WebKitWebDriver on a virtual X display (xvfb-run), driven by selenium-webdriver. */
export async function webkitSession(): Promise<Session<WebElement>> {
  const port = await freePort();
  const config = await gtkConfig();
  const service = spawn('xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
    // Its own process group, so closing ends the X server and the browser with it.
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, TZ: 'Europe/London', LANGUAGE: 'en_GB', XDG_CONFIG_HOME: config },
  });
  const stopService = () => {
    if (service.exitCode === null && service.pid) process.kill(-service.pid, 'SIGTERM');
    void rm(config, { recursive: true, force: true });
  };
  let driver: WebDriver;
  try {
    const deadline = Date.now() + 60_000;
    while (!(await answers(`http://127.0.0.1:${port}/status`))) {
      if (service.exitCode !== null || Date.now() > deadline) throw new Error(`WebKitWebDriver did not start (exit ${service.exitCode})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] } })
      .build();
  } catch (error) {
    stopService();
    throw error;
  }

  const run = async <T>(expression: string): Promise<T> => {
    // The async form, so a promise is awaited; a page error comes back as a value and is thrown here.
    const result = (await driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => ${expression}).then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
    )) as { value: T } | { error: string };
    if ('error' in result) throw new Error(`WebKit page script failed: ${result.error}`);
    return result.value;
  };

  const setViewport = async (width: number, height: number) => {
    // The window's size is in screen pixels and includes the toolbar: correct until the page's size is right.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const inner = await run<{ width: number; height: number }>('({ width: innerWidth, height: innerHeight })');
      if (inner.width === width && Math.abs(inner.height - height) <= 2) return;
      const rect = await driver.manage().window().getRect();
      await driver
        .manage()
        .window()
        .setRect({ width: rect.width + width - inner.width, height: rect.height + height - inner.height });
    }
    const inner = await run<{ width: number; height: number }>('({ width: innerWidth, height: innerHeight })');
    if (inner.width !== width) throw new Error(`WebKit: the page is ${inner.width} px wide, not ${width} px`);
  };

  await driver.get('about:blank');
  await setViewport(TABLET.width, TABLET.height);
  return {
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    run,
    element: async (expression) => ((await driver.executeScript(`return ${expression};`)) as WebElement | null) ?? undefined,
    click: (element) => element.click(),
    fill: async (element, text) => {
      await element.clear();
      if (text) await element.sendKeys(text);
    },
    press: (element, key) => element.sendKeys(key === 'Escape' ? Key.ESCAPE : Key.ENTER),
    // WebDriver's "send keys" to a file field chooses the file at that path (the driver runs on this machine).
    upload: (element, file) => element.sendKeys(file),
    setViewport,
    screenshot: async (file) => writeFile(file, await driver.takeScreenshot(), 'base64'),
    close: async () => {
      await driver.quit().catch(() => undefined);
      stopService();
    },
  };
}
