/**
 * A CouchDB-compatible server on a free localhost port for the sync tests: express-pouchdb (on
 * express 4: express 5 breaks it) over pouchdb-core with the in-memory adapter, mounted at
 * /couchdb as the council's reverse proxy would serve it. It asks for one made-up sync user's
 * password, answering a wrong one as CouchDB does.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);

export const SYNC_USER = 'sync-worker';
export const SYNC_PASSWORD = 'made-up-sync-password';
export const TEAM_DATABASE = 'fostering-team';

interface ServerDb {
  allDocs(options: { include_docs: boolean }): Promise<{ rows: { id: string; doc?: Record<string, unknown> }[] }>;
  get(id: string, options?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

export interface CouchServer {
  /** The server's address as the app is given it: `http://127.0.0.1:<port>/couchdb`. */
  address: string;
  /** Where the app is served, when it is: `http://127.0.0.1:<port>`. */
  origin: string;
  /** The team database as stored on the server, to look at what it holds. */
  database(name?: string): ServerDb;
  /** Each request the server answered so far, as `POST /fostering-team/_revs_diff`. */
  requests: string[];
  /** While set, a request whose address (path and query) it answers true for has its connection cut, as a lost signal does. */
  cutWhen?: (url: string) => boolean;
  close(): Promise<void>;
}

/**
 * `app`: a built app's folder to serve at the same origin, as the council's reverse proxy does, so
 * the browser tests run the app under its own content security policy.
 */
export async function startCouchServer(options: { databases?: string[]; app?: string } = {}): Promise<CouchServer> {
  const express = require('express');
  const expressPouchDB = require('express-pouchdb');
  const PouchDB = require('pouchdb-core').plugin(require('pouchdb-adapter-memory'));
  // Every database a test opens adds a listener to PouchDB's constructor; a run opens dozens.
  PouchDB.setMaxListeners(200);
  // Each server its own names: the memory adapter's stores are shared by the whole process, and
  // outlive this module when test files share a worker.
  const Memory = PouchDB.defaults({ adapter: 'memory', prefix: `server-${randomUUID()}-` });
  // Filled in once listening; the request handlers read `cutWhen` from it as the test sets it.
  const couch = {} as CouchServer;
  const app = express();
  const requests: string[] = [];
  app.use('/couchdb', (req: { method: string; path: string; originalUrl: string; socket: { destroy(): void } }, _res: unknown, next: () => void) => {
    if (couch.cutWhen?.(req.originalUrl)) return req.socket.destroy();
    requests.push(`${req.method} ${req.path}`);
    next();
  });
  const expected = `Basic ${Buffer.from(`${SYNC_USER}:${SYNC_PASSWORD}`).toString('base64')}`;
  app.use('/couchdb', (req: { headers: Record<string, string | undefined> }, res: { status(n: number): { json(body: unknown): void } }, next: () => void) => {
    if (req.headers.authorization === expected) return next();
    res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
  });
  app.use('/couchdb', expressPouchDB(Memory, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  if (options.app) {
    const root = options.app;
    app.use(express.static(root));
    app.use((_req: unknown, res: { sendFile(path: string, options: { root: string }): void }) => res.sendFile('index.html', { root }));
  }
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const address = `http://127.0.0.1:${port}/couchdb`;
  for (const name of options.databases ?? [TEAM_DATABASE]) {
    const res = await fetch(`${address}/${name}`, { method: 'PUT', headers: { authorization: expected } });
    if (!res.ok) throw new Error(`The test server could not create ${name}: ${res.status}`);
  }
  Object.assign(couch, {
    address,
    origin: `http://127.0.0.1:${port}`,
    database: (name = TEAM_DATABASE) => new Memory(name) as ServerDb,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return couch;
}
