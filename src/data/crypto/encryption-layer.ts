/**
 * The place of encryption at rest in the database's layers, registered before the revisions
 * middleware so it sits below it: revisions compares and stamps plain values, and what it writes is
 * sealed here on the way down. The sealing itself (middleware.ts, with every table's declaration
 * of its sensitive fields) loads only on a device with passcodes, so a device without them keeps
 * its first screen small. Each request is handed on as it comes, never a table fixed when first
 * asked for, so no table can stay unsealed once the sealing has loaded.
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import type { KeySession } from './session';

export function encryptionLayer(session: KeySession): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'crypto',
    create(core) {
      let sealed: DBCore | undefined;
      const below = (): DBCore | undefined => (sealed ??= session.sealing?.(session, core));
      return {
        ...core,
        table(name) {
          const plain = core.table(name);
          // Until the sealing loads the device has no passcode ('open'): records are stored as they are.
          const pick = (): DBCoreTable => below()?.table(name) ?? plain;
          return {
            ...plain,
            mutate: (req) => pick().mutate(req),
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
