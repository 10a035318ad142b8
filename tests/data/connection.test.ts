import { afterEach, describe, expect, it } from 'vitest';
import { connectionState } from '../../src/data/connection';
import { db } from '../../src/data/db';
import { notesRepo } from '../../src/data/repositories/notes';
import { householdsRepo } from '../../src/data/repositories/households';
import { UPDATED_ELSEWHERE, writeErrorMessage } from '../../src/data/write-errors';

/** What a newer version of the app does in another tab: open the same database at a higher version. */
function upgradeElsewhere(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

afterEach(() => {
  connectionState.value = 'open';
});

describe('a newer version of the app in another tab', () => {
  it('closes this tab’s connection, raises the reload state, and no later write lands', async () => {
    const household = await householdsRepo.createEnquiry(
      { applicants: ['Ada Examplesson'], email: 'ada@example.com', phone: '07700900123', postcode: 'AA1 1AA', howHeard: 'website', interests: [], enquiryOn: '2026-01-05', kind: 'mainstream' },
      'Testy McTestworker',
    );
    const database = db();
    // Dexie stores version n as n * 10 in IndexedDB.
    const newer = await upgradeElsewhere(database.name, database.verno * 10 + 10);

    expect(connectionState.value).toBe('replaced');
    expect(database.isOpen()).toBe(false);
    const refused = await notesRepo.add(household.id, 'Written by old code', 'Testy McTestworker').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeDefined();
    expect(writeErrorMessage(refused)).toBe(UPDATED_ELSEWHERE);

    const tx = newer.transaction('notes', 'readonly');
    const count = await new Promise<number>((done) => {
      const req = tx.objectStore('notes').count();
      req.onsuccess = () => done(req.result);
    });
    expect(count).toBe(0);
    newer.close();
  });
});
