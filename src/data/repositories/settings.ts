import { EMPTY_SERVICE_DETAILS, type ServiceDetails } from '../../domain/service-details';
import { DEFAULT_CHECK_TYPES, DEFAULT_LOCAL_TARGETS, type CheckType, type LocalTargets } from '../../domain/settings';
import { db } from '../db';

/** Settings are single rows by key; a missing row means the default. */
async function read<T>(key: string, fallback: T): Promise<T> {
  const row = await db().settings.get(key);
  return row ? (row.value as T) : fallback;
}

async function write<T>(key: string, value: T): Promise<void> {
  await db().settings.put({ key, value });
}

export const settingsRepo = {
  localTargets: () => read<LocalTargets>('localTargets', DEFAULT_LOCAL_TARGETS).then((t) => ({ ...DEFAULT_LOCAL_TARGETS, ...t })),
  saveLocalTargets: (t: LocalTargets) => write('localTargets', t),
  checkTypes: () => read<CheckType[]>('checkTypes', DEFAULT_CHECK_TYPES),
  saveCheckTypes: (t: CheckType[]) => write('checkTypes', t),
  serviceDetails: () => read<ServiceDetails>('serviceDetails', EMPTY_SERVICE_DETAILS).then((d) => ({ ...EMPTY_SERVICE_DETAILS, ...d })),
  saveServiceDetails: (d: ServiceDetails) => write('serviceDetails', d),
  /** Carer mode: this device shows carers only the library and their contacts. */
  carerMode: () => read<boolean>('carerMode', false),
  saveCarerMode: (on: boolean) => write('carerMode', on),
  currentStaffId: () => read<string | undefined>('currentStaffId', undefined),
  saveCurrentStaffId: (id: string | undefined) => write('currentStaffId', id),
  /** The next household reference number; call inside the transaction that uses it. */
  async takeReference(): Promise<string> {
    const n = await read<number>('nextReference', 1);
    await write('nextReference', n + 1);
    return `H-${String(n).padStart(4, '0')}`;
  },
};
