import { formatReference } from '../../domain/merge/references';
import { DEFAULT_BACKUP_REMINDER_DAYS } from '../../domain/backup/reminder';
import { EMPTY_SERVICE_DETAILS, type ServiceDetails } from '../../domain/service-details';
import { DEFAULT_CHECK_TYPES, DEFAULT_LOCAL_TARGETS, normaliseCheckType, type CheckType, type LocalTargets } from '../../domain/settings';
import { fieldChanges } from '../../domain/field-changes';
import { SYNC_OFF, type SyncSettings } from '../../domain/sync/settings';
import { DEFAULT_IDLE_MINUTES } from '../../domain/lock-rules';
import { audit, SERVICE_EVENTS } from '../audit';
import { WIPE_AFTER_SETTING } from '../crypto/session';
import { db, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';

/** The settings a form in Settings edits, each saved with a revision so a stale save is refused. */
export type SettingKey =
  | 'localTargets'
  | 'checkTypes'
  | 'serviceDetails'
  | 'retention'
  | 'deviceName'
  | 'backupReminderDays'
  | 'removalNoteDays'
  | 'idleLockMinutes'
  | 'wipeAfterFailures';

/** Authenticated with the sealed password, so it opens only as this setting's. */
const SYNC_PASSWORD_CONTEXT = 'settings/syncSettings/password';

/** Settings are single rows by key; a missing row means the default. */
async function read<T>(key: string, fallback: T): Promise<T> {
  const row = await db().settings.get(key);
  return row ? (row.value as T) : fallback;
}

async function write<T>(key: string, value: T): Promise<void> {
  await db().settings.put({ key, value });
}

/**
 * Saves a setting the service changes on purpose, with an audit event naming who and each field's
 * old and new value. `baseRev` is the revision the form was opened on ('' for the default, never
 * saved): a setting saved since, in another tab, is refused with a `StaleWriteError`.
 */
export async function change<T extends object | boolean | number>(
  key: string,
  value: T,
  fallback: T,
  by: string,
  summary: string,
  baseRev?: string,
  alsoWrite?: () => Promise<void>,
): Promise<void> {
  const d = db();
  await asPerson(by, [d.settings, d.events], async () => {
    const row = await d.settings.get(key);
    if (row && baseRev !== undefined) refuseIfStale(row, baseRev, ['value']);
    // Compared with what was in force: the default, until the service first saves its own.
    const before = row?.value ?? fallback;
    const changes =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof before === 'object' && before !== null
        ? fieldChanges(before, value, `${key}.`)
        : fieldChanges({ [key]: before }, { [key]: value });
    await write(key, value);
    if (changes.length) await audit(SERVICE_EVENTS, by, 'settings', summary, changes);
    await alsoWrite?.();
  });
}

export const IDLE_LOCK_SETTING = 'idleLockMinutes';

/** The settings row marking this device's stored deadlines as out of date; see `saveLocalTargets`. */
export const DEADLINES_STALE = 'deadlinesStale';

/** Marks the open households' stored deadlines out of date; call inside a write's transaction. */
export async function markDeadlinesStale(): Promise<void> {
  await write(DEADLINES_STALE, nowInstant());
}

export const settingsRepo = {
  localTargets: () => read<LocalTargets>('localTargets', DEFAULT_LOCAL_TARGETS).then((t) => ({ ...DEFAULT_LOCAL_TARGETS, ...t })),
  /**
   * Saved with a mark that the open households' stored deadlines are out of date, in the same
   * transaction: redating clears it, and a redating that fails or is cut short is retried at start-up.
   */
  saveLocalTargets: (t: LocalTargets, by: string, baseRev?: string) =>
    change('localTargets', t, DEFAULT_LOCAL_TARGETS, by, 'Local timescale targets changed', baseRev, () => markDeadlinesStale()),
  /** When the open households' deadlines were marked out of date (an ISO instant), or undefined when they are current. */
  deadlinesStaleSince: () => read<string | undefined>(DEADLINES_STALE, undefined),
  /** Lists saved by earlier versions are read in today's shape; the stored row changes only when the service saves. */
  checkTypes: () => read<CheckType[]>('checkTypes', DEFAULT_CHECK_TYPES).then((types) => types.map(normaliseCheckType)),
  saveCheckTypes: (t: CheckType[], by: string, baseRev?: string) => change('checkTypes', t, DEFAULT_CHECK_TYPES, by, 'Stage 1 check list changed', baseRev),
  serviceDetails: () => read<ServiceDetails>('serviceDetails', EMPTY_SERVICE_DETAILS).then((d) => ({ ...EMPTY_SERVICE_DETAILS, ...d })),
  /** A service pack import replaces the details whatever they were, so it passes no `baseRev`. */
  saveServiceDetails: (d: ServiceDetails, by = 'Unknown user', baseRev?: string) =>
    change('serviceDetails', d, EMPTY_SERVICE_DETAILS, by, 'Service contact details changed', baseRev),
  /** The revision a settings form opens on: '' while the setting is still the default. */
  revisionOf: async (key: SettingKey): Promise<string> => (await db().settings.get(key))?.revision?.rev ?? '',
  /** Carer mode: this device shows carers only the library and their contacts. */
  carerMode: () => read<boolean>('carerMode', false),
  saveCarerMode: (on: boolean, by = 'Unknown user') => change('carerMode', on, false, by, on ? 'Device switched to carer mode' : 'Device left carer mode'),
  /** This device's name, written into its backups so a restore can say where a file came from. */
  deviceName: () => read<string>('deviceName', ''),
  saveDeviceName: (name: string, by: string) => asPerson(by, [db().settings], () => write('deviceName', name)),
  /** When this device last wrote a backup file (an ISO instant), or undefined if it never has. */
  lastBackupAt: () => read<string | undefined>('lastBackupAt', undefined),
  saveLastBackupAt: (at: string, by: string) => asPerson(by, [db().settings], () => write('lastBackupAt', at)),
  /** Days after a backup before Today and Settings remind the team to make another. */
  backupReminderDays: () => read<number>('backupReminderDays', DEFAULT_BACKUP_REMINDER_DAYS),
  /** This device's sync with the team's server: a device setting, never sent to the server or another device. */
  async syncSettings(): Promise<SyncSettings> {
    const stored = await read<Omit<SyncSettings, 'password'> & { password?: unknown }>('syncSettings', SYNC_OFF);
    // The cipher loads with sync, not with the first screen.
    const { openText } = await import('../crypto/sealed-text');
    return { ...SYNC_OFF, ...stored, password: await openText(stored.password, SYNC_PASSWORD_CONTEXT) };
  },
  /** The password is sealed with the data key, never kept as typed (see sealed-text.ts). */
  async saveSyncSettings(s: SyncSettings, by: string): Promise<void> {
    const { sealText } = await import('../crypto/sealed-text');
    const password = await sealText(s.password, SYNC_PASSWORD_CONTEXT);
    await asPerson(by, [db().settings], () => write('syncSettings', { ...s, password }));
  },
  /** Minutes without a tap or key press before an unlocked device locks itself. */
  idleLockMinutes: () => read<number>(IDLE_LOCK_SETTING, DEFAULT_IDLE_MINUTES),
  /** Wrong passcodes in a row that wipe the device; 0 is never (the default). */
  wipeAfterFailures: () => read<number>(WIPE_AFTER_SETTING, 0),
  currentStaffId: () => read<string | undefined>('currentStaffId', undefined),
  /** `by` is the person choosing (or leaving) the device. */
  saveCurrentStaffId: (id: string | undefined, by: string) => asPerson(by, [db().settings], () => write('currentStaffId', id)),
  /** The next household reference number; call inside the transaction that uses it. */
  async takeReference(): Promise<string> {
    const n = await read<number>('nextReference', 1);
    await write('nextReference', n + 1);
    return formatReference(n);
  },
};
