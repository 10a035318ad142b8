import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

const VAULT = 'vault';

/**
 * The transactions of a layer that keeps a device-local `vault` row in step with `table`: each
 * read-write transaction over that table takes in the vault too, so the row is written in the same
 * transaction as the change it follows.
 */
export function vaultAlongside(core: DBCore, table: string): DBCore['transaction'] {
  return (stores, mode, options) => core.transaction(mode === 'readwrite' && stores.includes(table) && !stores.includes(VAULT) ? [...stores, VAULT] : stores, mode, options);
}

/**
 * A layer that drops the `vault` rows `keys`, worked out from `table`, in the same transaction as
 * any write to that table, whichever repository, merge, restore, sync or sealing makes it; the next
 * read works them out again. An upgrade writes below every layer: the rows name the schema version
 * they were worked out under instead.
 */
export function droppedOnWrite(name: string, table: string, keys: string[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(core) {
      if (!core.schema.tables.some((t) => t.name === VAULT)) return core;
      return {
        ...core,
        transaction: vaultAlongside(core, table),
        table(tableName) {
          const inner = core.table(tableName);
          if (tableName !== table) return inner;
          return {
            ...inner,
            mutate(req) {
              const trans = req.trans as DBCoreTransaction & { mode?: IDBTransactionMode };
              if (trans.mode === 'versionchange') return inner.mutate(req);
              return core
                .table(VAULT)
                .mutate({ trans, type: 'delete', keys })
                .then(() => inner.mutate(req));
            },
          };
        },
      };
    },
  };
}
