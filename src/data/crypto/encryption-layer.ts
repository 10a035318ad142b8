/**
 * The place of encryption at rest in the database's layers, registered before the revisions
 * middleware so it sits below it: revisions compares and stamps plain values, and what it writes is
 * sealed here on the way down. The sealing itself (middleware.ts, with every table's declaration
 * of its sensitive fields) loads only on a device with passcodes, so a device without them keeps
 * its first screen small. Each request is handed on as it comes, never a table fixed when first
 * asked for, so no table can stay unsealed once the sealing has loaded.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { currentZone, inZone } from './keep-alive';
import { LockedError, type KeySession } from './session';

const KEYRING = 'keyring';

/** A read of the keyring inside the write's own transaction. */
function readKeyring<T>(trans: IDBTransaction, read: (keyring: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = read(trans.objectStore(KEYRING));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Whether the keyring is still as this tab last heard: with no passcode here, still no one in it;
 * unlocked, the person's wrapping of the key still one this tab knows (not wiped, removed or
 * wrapped anew in another tab).
 */
function keyringAsHeard(session: KeySession, trans: IDBTransaction): Promise<boolean> {
  if (session.state === 'open') return readKeyring(trans, (k) => k.count()).then((n) => n === 0);
  const personId = session.personId;
  return personId === undefined ? Promise.resolve(false) : readKeyring(trans, (k) => k.get(personId)).then((row) => session.holdsWrapping(row));
}

/**
 * `keyringChanged` is called when a write finds that another tab has changed the keyring since this
 * tab last looked (a first passcode set, the device wiped, this person's key wrapped anew), so
 * that this tab locks, or is as new after a wipe.
 */
export function encryptionLayer(session: KeySession, keyringChanged: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'crypto',
    create(core) {
      let sealed: DBCore | undefined;
      const below = (): DBCore | undefined => (sealed ??= session.sealing?.(session, core));
      return {
        ...core,
        // Another tab may change the keyring under this one: set the first passcode (a write here
        // after it would be stored clear), wipe the device or wrap this person's key anew (a write
        // here would be sealed with a key no one can open again). So while this tab has no passcode
        // or is unlocked, each write transaction also takes the keyring, and each write that stores
        // data reads it first: a change before the write refuses it; one after it waits for it.
        transaction: (stores, mode, options) =>
          core.transaction(mode === 'readwrite' && session.state !== 'locked' && !stores.includes(KEYRING) ? [...stores, KEYRING] : stores, mode, options),
        table(name) {
          const plain = core.table(name);
          // Until the sealing loads the device has no passcode ('open'): records are stored as they are.
          const pick = (): DBCoreTable => below()?.table(name) ?? plain;
          const mutate = (req: DBCoreMutateRequest) => {
            const trans = req.trans as unknown as IDBTransaction;
            const stores = req.type === 'add' || req.type === 'put';
            if (!stores || session.state === 'locked' || name === KEYRING || !trans.objectStoreNames.contains(KEYRING)) return pick().mutate(req);
            const zone = currentZone();
            return keyringAsHeard(session, trans).then((asHeard) => {
              if (asHeard) return inZone(zone, () => pick().mutate(req));
              keyringChanged();
              throw new LockedError();
            });
          };
          return {
            ...plain,
            mutate,
            get: (req) => pick().get(req),
            getMany: (req) => pick().getMany(req),
            query: (req) => pick().query(req),
            openCursor: (req) => pick().openCursor(req),
            count: (req) => pick().count(req),
          };
        },
      };
    },
  };
}
