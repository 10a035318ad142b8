// Must come first: Dexie reads the global indexedDB when it loads, and liveQuery needs it.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { FosteringDb, useDatabase } from '../../src/data/db';

// The whole suite shares two cores in CI, sometimes with other work beside it: the Settings page
// took over 4 s to save on such a machine. Give findBy/waitFor room before calling a test failed
// (speed is the bench's to judge, not these tests').
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no layout: the error summary scrolls its target into view.
Element.prototype.scrollIntoView ??= () => undefined;

let current: FosteringDb | undefined;

beforeEach(() => {
  // A fresh database per test keeps tests independent without resetting the global factory, which
  // the test files sharing a worker share.
  current = new FosteringDb(`test-${crypto.randomUUID()}`);
  useDatabase(current);
});

afterEach(async () => {
  cleanup();
  // Written by every App rendered (ui/start-state.ts); read only at a real start, but never left for the next test.
  localStorage.removeItem('fostering:start');
  await current?.delete();
});

// Preact runs effect clean-ups on a short timer; let them finish before jsdom is torn down.
afterAll(async () => {
  await new Promise((done) => setTimeout(done, 150));
  // Test files share a worker and its jsdom (setting both up for each file took most of the
  // suite's time), but not the app's modules: the next file gets fresh ones, with no state left.
  vi.resetModules();
});
