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

/** Whether the keyring, read inside the write's own transaction, has anyone in it. */
function hasPasscodes(trans: IDBTransaction): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const counting = trans.objectStore(KEYRING).count();
    counting.onsuccess = () => resolve(counting.result > 0);
    counting.onerror = () => reject(counting.error);
  });
}

/**
 * `passcodeFound` is called when a write finds that another tab has set the device's first passcode
 * since this tab last looked, so that this tab locks.
 */
export function encryptionLayer(session: KeySession, passcodeFound: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'crypto',
    create(core) {
      let sealed: DBCore | undefined;
      const below = (): DBCore | undefined => (sealed ??= session.sealing?.(session, core));
      return {
        ...core,
        // With no passcode here, another tab may set the first one: a write here after it would be
        // stored clear, behind the encryption in place. So each write transaction also takes the
        // keyring, and each write reads it first: a passcode set before it refuses the write, and
        // one set after it waits for it, then seals what it wrote with everything else.
        transaction: (stores, mode, options) =>
          core.transaction(mode === 'readwrite' && session.state === 'open' && !stores.includes(KEYRING) ? [...stores, KEYRING] : stores, mode, options),
        table(name) {
          const plain = core.table(name);
          // Until the sealing loads the device has no passcode ('open'): records are stored as they are.
          const pick = (): DBCoreTable => below()?.table(name) ?? plain;
          const mutate = (req: DBCoreMutateRequest) => {
            const trans = req.trans as unknown as IDBTransaction;
            if (session.state !== 'open' || name === KEYRING || !trans.objectStoreNames.contains(KEYRING)) return pick().mutate(req);
            const zone = currentZone();
            return hasPasscodes(trans).then((found) => {
              if (!found) return inZone(zone, () => pick().mutate(req));
              passcodeFound();
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
