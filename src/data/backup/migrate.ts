import Dexie from 'dexie';
import { DEVICE_LOCAL_TABLES, refuse, type BackupResult, type OnProgress } from '../../domain/backup/format';
import { FosteringDb, newId } from '../db';
import { SCHEMA } from '../schema';

type Tables = Record<string, Record<string, unknown>[]>;

const UNSOUND =
  'The backup cannot be restored because its records are not sound: some lack a key, share one, or could not be brought up to date. Nothing was changed. Choose another backup.';

/**
 * Brings rows written under an older schema to the current one by the same upgrades a device runs:
 * they go into a scratch database opened at their own version, which is then opened at the current
 * version, and read back. The app's own database is never touched.
 */
export async function migrateTables(fromVersion: number, tables: Tables, onProgress: OnProgress): Promise<BackupResult<Tables>> {
  const known = SCHEMA.find((s) => s.version === fromVersion)?.stores;
  if (!known) return refuse(`This backup was written under database version ${fromVersion}, which this app never had. Choose another backup.`);
  const unknown = Object.keys(tables).find((t) => !(t in known));
  if (unknown) return refuse(`The backup file is damaged: it has a table (“${unknown}”) that its version of the app did not have. Choose another backup.`);

  const name = `fostering-restore-${newId()}`;
  const old = new Dexie(name);
  for (const s of SCHEMA.filter((s) => s.version <= fromVersion)) old.version(s.version).stores(s.stores);
  const total = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
  try {
    await old.open();
    try {
      await old.transaction('rw', old.tables, async () => {
        let done = 0;
        for (const [table, rows] of Object.entries(tables)) {
          await old.table(table).bulkAdd(rows);
          done += rows.length;
          onProgress({ step: 'Bringing an older backup up to date', done, total });
        }
      });
    } catch {
      return refuse(UNSOUND);
    } finally {
      old.close();
    }
    const upgraded = new FosteringDb(name);
    try {
      const opened = await upgraded.open().then(
        () => true,
        () => false,
      );
      if (!opened) return refuse(UNSOUND);
      const migrated: Tables = {};
      // Every table, not only the backup's: an upgrade may fill a table its version did not have.
      for (const table of upgraded.tables) if (!DEVICE_LOCAL_TABLES.includes(table.name)) migrated[table.name] = await table.toArray();
      return { ok: true, value: migrated };
    } finally {
      upgraded.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}
