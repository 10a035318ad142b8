import type { DBCore } from 'dexie';

const VAULT = 'vault';

/**
 * The transactions of a layer that keeps a device-local `vault` row in step with `table`: each
 * read-write transaction over that table takes in the vault too, so the row is written in the same
 * transaction as the change it follows.
 */
export function vaultAlongside(core: DBCore, table: string): DBCore['transaction'] {
  return (stores, mode, options) => core.transaction(mode === 'readwrite' && stores.includes(table) && !stores.includes(VAULT) ? [...stores, VAULT] : stores, mode, options);
}
