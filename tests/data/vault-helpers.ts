import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { notesRepo } from '../../src/data/repositories/notes';
import { draftsRepo } from '../../src/data/repositories/drafts';
import type { Enquiry } from '../../src/domain/validation/enquiry';

/** Made-up people; every text below must never be readable from the stored database. */
export const SECRETS = {
  names: ['Quilla Farrowdene', 'Ansel Farrowdene'],
  email: 'quilla.farrowdene@example.com',
  postcode: 'ZX9 4QJ',
  address: '12 Larkspur Mews',
  enquiryNote: 'Works nights at the bakery',
  note: 'Spoke about the spare room',
  chair: 'Cordelia Thistlewaite',
  draft: 'Half-typed worry about the stairs',
  correctedAddress: '14 Larkspur Mews',
};

export const ENQUIRY: Enquiry = {
  applicants: SECRETS.names,
  email: SECRETS.email,
  phone: '07700900987',
  postcode: SECRETS.postcode,
  address: SECRETS.address,
  howHeard: 'event',
  interests: ['shortTerm'],
  notes: SECRETS.enquiryNote,
  enquiryOn: '2026-11-02',
  kind: 'mainstream',
};

/** A household with a note, a panel chair, a corrected address (an audit of old and new) and a draft. */
export async function writeHousehold(by = 'Jo Worker', enquiryOn = ENQUIRY.enquiryOn): Promise<string> {
  const h = await householdsRepo.createEnquiry({ ...ENQUIRY, enquiryOn }, by);
  await notesRepo.add(h.id, SECRETS.note, by);
  const household = (await db().households.get(h.id))!;
  await householdsRepo.updateAssessment(h.id, { patch: { panel: { chair: SECRETS.chair } }, baseRev: household.revision!.rev }, by, 'Panel recorded');
  const details = (await db().householdDetails.get(h.id))!;
  await householdsRepo.correctDetails(h.id, { details: { address: SECRETS.correctedAddress }, baseRev: details.revision!.rev }, by, 'Address corrected');
  await draftsRepo.put('enquiry', { notes: SECRETS.draft }, 'tab-1', { rev: 'r1', note: SECRETS.draft });
  return h.id;
}

/** Every readable text a value holds, ArrayBuffers (the sealed bytes) left out. */
function texts(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) texts(v, out);
  else if (value && typeof value === 'object' && !(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value)) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      texts(v, out);
    }
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A write with the plain IndexedDB API, as a tab still on an older app makes it: below every layer of this one. */
export async function rawPut(store: string, value: unknown): Promise<void> {
  const idb = await request(indexedDB.open(db().name));
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(store, 'readwrite');
      tx.objectStore(store).put(value);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    idb.close();
  }
}

/**
 * The whole database as the disk holds it, read with the plain IndexedDB API: every value of every
 * store and every key of every index, as one lower-case text.
 */
export async function rawDatabaseText(): Promise<string> {
  const idb = await request(indexedDB.open(db().name));
  try {
    const out: string[] = [];
    const stores = Array.from(idb.objectStoreNames);
    const tx = idb.transaction(stores, 'readonly');
    for (const name of stores) {
      const store = tx.objectStore(name);
      texts(await request(store.getAll()), out);
      for (const index of Array.from(store.indexNames)) texts(await request(store.index(index).getAllKeys()), out);
      texts(await indexKeys(store), out);
    }
    return out.join('\n').toLowerCase();
  } finally {
    idb.close();
  }
}

/** The index keys themselves (getAllKeys gives primary keys), walked with a key cursor per index. */
async function indexKeys(store: IDBObjectStore): Promise<unknown[]> {
  const keys: unknown[] = [];
  for (const name of Array.from(store.indexNames)) {
    await new Promise<void>((resolve, reject) => {
      const req = store.index(name).openKeyCursor();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return resolve();
        keys.push(cursor.key);
        cursor.continue();
      };
    });
  }
  return keys;
}

/** Each secret as typed and as the clear search tokens fold it. */
export function secretForms(): string[] {
  const words = SECRETS.names.flatMap((n) => n.split(' '));
  return [
    ...Object.values(SECRETS).flat(),
    ...words,
    SECRETS.postcode.replace(/\s+/g, ''),
    'larkspur',
    'thistlewaite',
    'farrowdene',
    'quilla',
  ].map((s) => s.toLowerCase());
}

/** Another tab: its own connection to this tab's database, as the app in a second tab holds one. */
export async function inAnotherTab<T>(work: () => Promise<T>): Promise<T> {
  const here = db();
  useDatabase(new FosteringDb(here.name));
  try {
    return await work();
  } finally {
    db().close();
    useDatabase(here);
  }
}

/** Households on the disk, counted with the plain IndexedDB API: below every layer of the app. */
export async function householdsOnDisk(): Promise<number> {
  const idb = await request(indexedDB.open(db().name));
  try {
    return await request(idb.transaction('households').objectStore('households').count());
  } finally {
    idb.close();
  }
}
