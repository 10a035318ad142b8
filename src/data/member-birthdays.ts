/**
 * Today's adult checks notice asks for every household member's date of birth. Read from the
 * people, that is thousands of records opened as a person taps on from Today; so the dates are also
 * kept in one device-local row of the `vault` (never backed up, merged or synced), sealed under a
 * passcode (see repositories/member-birthdays.ts). This layer drops that row in the same
 * transaction as any write to people, whichever repository, merge, restore, sync or sealing makes
 * it; the next read builds it again. A tab still on an older app writes without this layer: the row
 * names how many members there were, which catches a member added there.
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { vaultAlongside } from './vault-alongside';

export const MEMBER_BIRTHDAYS_KEY = 'memberBirthdays';
/** Set as a read of every member starts: dropped by a write to people meanwhile, so that read is not kept. */
export const MEMBER_BIRTHDAYS_READING_KEY = 'memberBirthdaysReading';
const PEOPLE = 'people';
const VAULT = 'vault';

export function memberBirthdaysMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'memberBirthdays',
    create(core) {
      if (!core.schema.tables.some((t) => t.name === VAULT)) return core;
      return {
        ...core,
        transaction: vaultAlongside(core, PEOPLE),
        table(name) {
          const table = core.table(name);
          if (name !== PEOPLE) return table;
          return {
            ...table,
            mutate(req) {
              const trans = req.trans as DBCoreTransaction & { mode?: IDBTransactionMode };
              // An upgrade writes below every layer; the kept row names the schema version it was read under.
              if (trans.mode === 'versionchange') return table.mutate(req);
              return core
                .table(VAULT)
                .mutate({ trans, type: 'delete', keys: [MEMBER_BIRTHDAYS_KEY, MEMBER_BIRTHDAYS_READING_KEY] })
                .then(() => table.mutate(req));
            },
          };
        },
      };
    },
  };
}
