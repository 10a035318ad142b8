/**
 * Sync at bench scale, through the app as a team uses it, against a CouchDB-compatible server on
 * localhost (express-pouchdb over the in-memory adapter, as the tests use, serving the built app
 * from the same origin as the council's reverse proxy does). Tablet A holds the seeded households
 * and sends them; then, each as a median beside a floor measured in the same run:
 * - the first full sync of an empty tablet: from "Save and switch sync on" to "Synced just now"
 *   (the team passphrase's key derivation included), beside the same documents written to a new
 *   database with `_bulk_docs` directly, and beside the rows it left on the tablet put into a new
 *   IndexedDB database with the same indexes (what a restore costs the browser);
 * - a steady sync of 10 changes: tablet A changes 10 households' phone numbers offline and comes
 *   back online, to "Synced just now", beside those 10 documents written with `_bulk_docs`.
 *
 * BENCH_SYNC_RUNS (3) repeats each; BENCH_PROFILE (with BENCH_ONLY=sync) writes a CPU profile of each, and of tablet A's upload; BENCH_SYNC_EVENTS (2) sets the events per household, so the
 * sync moves households, their people, details, checks and a short history rather than 200,000
 * events (a team's history does not all change at once).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { seedLargeDataset } from './seed-large.js';

const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 3);
const EVENTS = Number(process.env.BENCH_SYNC_EVENTS ?? 2);
const CHANGES = 10;

/** Made up: the sync account, the team's passphrase and each tablet's passcode. */
const USER = 'bench-sync-worker';
const PASSWORD = 'made-up-bench-password';
const TEAM = 'fostering-team';
const PASSPHRASE = 'lantern orchard seventeen';
const PASSCODE = 'blue kettle on';
const AUTH = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function startServer(app) {
  const express = require('express');
  const expressPouchDB = require('express-pouchdb');
  const PouchDB = require('pouchdb-core').plugin(require('pouchdb-adapter-memory'));
  const Memory = PouchDB.defaults({ adapter: 'memory', prefix: `bench-sync-${process.pid}-` });
  const server = express();
  // How long the server spent answering the change feed and `_bulk_get`: the server's share of a pull.
  const reading = { ms: 0 };
  server.use('/couchdb', (req, res, next) => {
    if (!/\/_(changes|bulk_get)$/.test(req.path)) return next();
    const t0 = performance.now();
    res.on('finish', () => (reading.ms += performance.now() - t0));
    next();
  });
  server.use('/couchdb', (req, res, next) => (req.headers.authorization === AUTH ? next() : res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' })));
  server.use('/couchdb', expressPouchDB(Memory, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  server.use(express.static(app));
  server.use((_req, res) => res.sendFile('index.html', { root: app }));
  const listening = await new Promise((done) => {
    const s = server.listen(0, '127.0.0.1', () => done(s));
  });
  const origin = `http://127.0.0.1:${listening.address().port}`;
  return { origin, couch: `${origin}/couchdb`, reading, close: () => new Promise((done) => (listening.closeAllConnections(), listening.close(done))) };
}

async function couch(server, method, path, body) {
  const res = await fetch(`${server.couch}/${path}`, { method, headers: { authorization: AUTH, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The floor: the documents written to a new database with `_bulk_docs`, as a replicator writes them. */
async function bulkFloor(server, docs, name) {
  await couch(server, 'PUT', name);
  const fresh = docs.map(({ _rev: _r, ...doc }) => doc);
  const t0 = performance.now();
  for (let i = 0; i < fresh.length; i += 2000) await couch(server, 'POST', `${name}/_bulk_docs`, { docs: fresh.slice(i, i + 2000) });
  return performance.now() - t0;
}

/**
 * The device's floor: the rows the sync left in the tablet's database, as stored (sealed), written
 * into a new database with the same stores and indexes, a thousand rows a transaction: what a
 * restore costs IndexedDB alone, so the app's share of a first sync can be told from the browser's.
 */
async function restoreFloor(page) {
  return page.evaluate(async () => {
    const done = (r) => new Promise((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const finished = (tx) => new Promise((ok, fail) => ((tx.oncomplete = ok), (tx.onerror = tx.onabort = () => fail(tx.error))));
    const source = await done(indexedDB.open('fostering'));
    const stores = [...source.objectStoreNames].map((name) => {
      const store = source.transaction(name).objectStore(name);
      return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes: [...store.indexNames].map((i) => store.index(i)).map((i) => ({ name: i.name, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry })) };
    });
    const rows = {};
    for (const { name } of stores) rows[name] = await done(source.transaction(name).objectStore(name).getAll());
    source.close();
    const name = `restore-floor-${Date.now()}`;
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const s of stores) {
        const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    };
    const target = await done(open);
    const t0 = performance.now();
    for (const { name: store } of stores) {
      for (let at = 0; at < rows[store].length; at += 1000) {
        const tx = target.transaction(store, 'readwrite');
        for (const row of rows[store].slice(at, at + 1000)) tx.objectStore(store).put(row);
        await finished(tx);
      }
    }
    const ms = performance.now() - t0;
    target.close();
    await done(indexedDB.deleteDatabase(name));
    return ms;
  });
}

async function allDocs(server) {
  const all = await couch(server, 'GET', `${TEAM}/_all_docs?include_docs=true`);
  return all.rows.map((r) => r.doc);
}

/** How many households the tablet's database holds (sealed or not: a count opens nothing). */
function householdsHeld(page) {
  return page.evaluate(async () => {
    const done = (r) => new Promise((ok, fail) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => fail(r.error))));
    const db = await done(indexedDB.open('fostering'));
    const count = await done(db.transaction('households').objectStore('households').count());
    db.close();
    return count;
  });
}

/** BENCH_PROFILE: a CPU profile of one tablet's sync, written beside the path given, named for the run. */
async function startProfile(page, profile, name) {
  if (!profile) return async () => undefined;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const path = profile.replace(/(\.cpuprofile)?$/, `-${name}.cpuprofile`);
    writeFileSync(path, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    await cdp.detach();
  };
}

async function signIn(page, name) {
  await page.goto('/who');
  await page.getByLabel('Your full name').fill(name);
  await page.getByRole('button', { name: 'Add and continue' }).click();
  await page.getByRole('heading', { level: 1, name: /Today/ }).waitFor();
}

/** As a person switches sync on: a passcode first, then the server's details; answers ms to "Synced just now". */
async function switchSyncOn(page) {
  await page.goto('/settings');
  const main = page.getByRole('main');
  const sync = main.getByRole('region', { name: 'Sync with your service’s server' });
  await sync.getByRole('link', { name: 'Set a passcode under “Passcodes on this device”' }).click();
  const passcodes = main.getByRole('region', { name: 'Passcodes on this device' });
  await passcodes.getByLabel('Your new passcode', { exact: true }).fill(PASSCODE);
  await passcodes.getByLabel('Type it again').fill(PASSCODE);
  await passcodes.getByRole('button', { name: 'Set a passcode' }).click();
  await sync.getByLabel('Team database name').fill(TEAM);
  await sync.getByLabel('Your sync username').fill(USER);
  await sync.getByLabel('Your sync password').fill(PASSWORD);
  await sync.getByLabel('Your team’s passphrase').fill(PASSPHRASE);
  await sync.getByLabel('Your passcode for this device').fill(PASSCODE);
  const t0 = performance.now();
  await sync.getByRole('button', { name: 'Save and switch sync on' }).click();
  await page.getByRole('banner').getByText('Synced just now').waitFor({ timeout: 30 * 60_000 });
  return performance.now() - t0;
}

/** Changes the phone number of the first `count` households on the list, moving by the app's own links. */
async function changePhones(page, count, run) {
  // A long first sync on the other tablets leaves this one idle past its lock.
  const passcode = page.getByLabel('Your passcode', { exact: true });
  if (await passcode.isVisible()) {
    await passcode.fill(PASSCODE);
    await passcode.press('Enter');
    await page.getByRole('navigation').first().waitFor();
  }
  const main = page.getByRole('main');
  for (let i = 0; i < count; i++) {
    await page.getByRole('navigation').getByRole('link', { name: 'Households', exact: true }).first().click();
    await main.getByRole('link', { name: /^B-\d+$/ }).nth(i).click();
    await main.getByRole('button', { name: 'Change phone' }).click();
    const form = main.getByRole('form', { name: 'Change contact details' });
    await form.getByLabel('Phone number').fill(`07700 9${String(run).padStart(2, '0')} ${String(100 + i)}`);
    await form.getByRole('button', { name: 'Save contact details' }).click();
    await main.getByText('Contact details saved').waitFor();
  }
}

export async function benchSync(browser, { households, today, profile }) {
  const server = await startServer(resolve('dist'));
  const context = () => browser.newContext({ baseURL: server.origin, viewport: { width: 1024, height: 768 } });
  try {
    await couch(server, 'PUT', TEAM);
    const a = await (await context()).newPage();
    await signIn(a, 'Bench Tablet A');
    await a.evaluate(seedLargeDataset, { households, eventsPerHousehold: EVENTS, today });
    const stopUploadProfile = await startProfile(a, profile, 'upload');
    const sent = await switchSyncOn(a);
    await stopUploadProfile();
    const docs = await allDocs(server);
    console.log(`\nSync: ${households.toLocaleString('en-GB')} households, ${docs.length.toLocaleString('en-GB')} documents; tablet A sent them all in ${Math.round(sent)} ms`);

    const first = [];
    const firstFloor = [];
    const firstRestore = [];
    for (let run = 0; run < RUNS; run++) {
      const ctx = await context();
      const b = await ctx.newPage();
      await signIn(b, `Bench Tablet ${run + 2}`);
      const stopProfile = await startProfile(b, profile, `first-${run + 1}`);
      server.reading.ms = 0;
      first.push(await switchSyncOn(b));
      const served = server.reading.ms;
      // A sync timed as done must have brought every household: a fast sync that dropped some says nothing.
      assert.equal(await householdsHeld(b), households, `tablet ${run + 2} holds every household after its first sync`);
      await stopProfile();
      firstRestore.push(await restoreFloor(b));
      await ctx.close();
      firstFloor.push(await bulkFloor(server, docs, `floor-first-${run}`));
      console.log(`  first full sync, run ${run + 1}: ${Math.round(first[run])} ms beside _bulk_docs ${Math.round(firstFloor[run])} ms and the device's rows put ${Math.round(firstRestore[run])} ms (the server answered its feed and _bulk_get in ${Math.round(served)} ms)`);
    }

    const steady = [];
    const steadyFloor = [];
    for (let run = 0; run < RUNS; run++) {
      const { last_seq: since } = await couch(server, 'GET', `${TEAM}/_changes?limit=0&descending=true`);
      await a.context().setOffline(true);
      await changePhones(a, CHANGES, run);
      await a.getByRole('banner').getByText(/^Offline: \d+ changes? waiting$/).waitFor();
      const stopProfile = await startProfile(a, profile, `steady-${run + 1}`);
      const t0 = performance.now();

      await a.context().setOffline(false);
      await a.getByRole('banner').getByText('Synced just now').waitFor({ timeout: 120_000 });
      // The header may say "Synced just now" of the sync before: done is when the server holds the changes.
      let changed;
      while ((changed = await couch(server, 'GET', `${TEAM}/_changes?since=${encodeURIComponent(since)}&include_docs=true`)).results.length < CHANGES) await new Promise((r) => setTimeout(r, 20));
      steady.push(performance.now() - t0);
      await stopProfile();
      steadyFloor.push(await bulkFloor(server, changed.results.map((r) => r.doc), `floor-steady-${run}`));
    }

    console.log(`Sync medians of ${RUNS} (ms):`);
    console.log(`  first full sync to an empty tablet   ${String(Math.round(median(first))).padStart(7)}  beside _bulk_docs of the same ${docs.length} documents ${Math.round(median(firstFloor))}, the device's rows put into IndexedDB ${Math.round(median(firstRestore))}`);
    console.log(`  steady sync of ${CHANGES} changes            ${String(Math.round(median(steady))).padStart(7)}  beside _bulk_docs of the same documents ${Math.round(median(steadyFloor))}`);
    console.log(`  runs: first ${first.map(Math.round).join(', ')}; steady ${steady.map(Math.round).join(', ')}`);
    return 0;
  } finally {
    await server.close();
  }
}
