import { DEFAULT_BACKUP_REMINDER_DAYS } from '../../domain/backup/reminder';
import { EMPTY_SERVICE_DETAILS, type ServiceDetails } from '../../domain/service-details';
import { DEFAULT_CHECK_TYPES, DEFAULT_LOCAL_TARGETS, type CheckType, type LocalTargets } from '../../domain/settings';
import { audit, changedFields, SERVICE_EVENTS } from '../audit';
import { db } from '../db';

/** Settings are single rows by key; a missing row means the default. */
async function read<T>(key: string, fallback: T): Promise<T> {
  const row = await db().settings.get(key);
  return row ? (row.value as T) : fallback;
}

async function write<T>(key: string, value: T): Promise<void> {
  await db().settings.put({ key, value });
}

/** Saves a setting the service changes on purpose, with an audit event naming who and which fields. */
async function change<T extends object | boolean | number>(key: string, value: T, fallback: T, by: string, summary: string): Promise<void> {
  const d = db();
  await d.transaction('rw', [d.settings, d.events], async () => {
    // Compared with what was in force: the default, until the service first saves its own.
    const before = (await d.settings.get(key))?.value ?? fallback;
    const fields =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof before === 'object' && before !== null
        ? changedFields(before as T & object, value as Partial<T & object>, `${key}.`)
        : JSON.stringify(before) === JSON.stringify(value)
          ? []
          : [key];
    await write(key, value);
    if (fields.length) await audit(SERVICE_EVENTS, by, 'settings', summary, fields);
  });
}

export const settingsRepo = {
  localTargets: () => read<LocalTargets>('localTargets', DEFAULT_LOCAL_TARGETS).then((t) => ({ ...DEFAULT_LOCAL_TARGETS, ...t })),
  saveLocalTargets: (t: LocalTargets, by: string) => change('localTargets', t, DEFAULT_LOCAL_TARGETS, by, 'Local timescale targets changed'),
  checkTypes: () => read<CheckType[]>('checkTypes', DEFAULT_CHECK_TYPES),
  saveCheckTypes: (t: CheckType[], by: string) => change('checkTypes', t, DEFAULT_CHECK_TYPES, by, 'Stage 1 check list changed'),
  serviceDetails: () => read<ServiceDetails>('serviceDetails', EMPTY_SERVICE_DETAILS).then((d) => ({ ...EMPTY_SERVICE_DETAILS, ...d })),
  saveServiceDetails: (d: ServiceDetails, by = 'Unknown user') => change('serviceDetails', d, EMPTY_SERVICE_DETAILS, by, 'Service contact details changed'),
  /** Carer mode: this device shows carers only the library and their contacts. */
  carerMode: () => read<boolean>('carerMode', false),
  saveCarerMode: (on: boolean, by = 'Unknown user') => change('carerMode', on, false, by, on ? 'Device switched to carer mode' : 'Device left carer mode'),
  /** This device's name, written into its backups so a restore can say where a file came from. */
  deviceName: () => read<string>('deviceName', ''),
  saveDeviceName: (name: string) => write('deviceName', name),
  /** When this device last wrote a backup file (an ISO instant), or undefined if it never has. */
  lastBackupAt: () => read<string | undefined>('lastBackupAt', undefined),
  saveLastBackupAt: (at: string) => write('lastBackupAt', at),
  /** Days after a backup before Today and Settings remind the team to make another. */
  backupReminderDays: () => read<number>('backupReminderDays', DEFAULT_BACKUP_REMINDER_DAYS),
  saveBackupReminderDays: (days: number, by: string) =>
    change('backupReminderDays', days, DEFAULT_BACKUP_REMINDER_DAYS, by, `Backup reminder set to ${days} day${days === 1 ? '' : 's'}`),
  currentStaffId: () => read<string | undefined>('currentStaffId', undefined),
  saveCurrentStaffId: (id: string | undefined) => write('currentStaffId', id),
  /** The next household reference number; call inside the transaction that uses it. */
  async takeReference(): Promise<string> {
    const n = await read<number>('nextReference', 1);
    await write('nextReference', n + 1);
    return `H-${String(n).padStart(4, '0')}`;
  },
};
