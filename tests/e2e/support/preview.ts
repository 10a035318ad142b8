import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const viteBin = resolve(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

/** A `vite preview` of `dist/` that a test can switch off and on again at the same address. */
export interface Preview {
  readonly url: string;
  /** Stops the server: after this, only the service worker can answer the app's requests. */
  stop(): Promise<void>;
  /** Starts the server again on the same port, so the origin (and its storage) stays the same. */
  restart(): Promise<void>;
}

/** A port nobody is listening on now: e2e runs must not clash with `npm start` or Lighthouse. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/**
 * The environment of a plain shell, not of the test runner: vitest sets NODE_ENV=test, and a build
 * made with it has `import.meta.env.DEV` true, so the service worker would never register.
 */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
  return env;
}

/** Runs `vite build` once; prints the build output only when it fails. */
export function buildApp(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: projectRoot, env: shellEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build failed (exit ${code}):\n${output}`))));
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `outDir`: serve another build than `dist/`, e.g. one version of two in an update test. */
export async function startPreview(port?: number, outDir?: string): Promise<Preview> {
  const chosenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosenPort}`;
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    output = '';
    const args = [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(chosenPort), '--strictPort', ...(outDir ? ['--outDir', outDir] : [])];
    child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: shellEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const running = child;
    await waitUntil(async () => {
      if (running.exitCode !== null) throw new Error(`vite preview exited (${running.exitCode}):\n${output}`);
      return answers(url);
    }, `vite preview at ${url}`);
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGTERM');
    await exited;
    await waitUntil(async () => !(await answers(url)), `${url} to stop answering`);
  };

  await start();
  return {
    url,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
  };
}
