/**
 * What a merge does with each table. Kept beside the rules so a replication with a server sends
 * and receives the same tables in the same way.
 */

/** Records that change after they are written: each carries a revision and is merged field by field. */
export const REVISED = [
  'households',
  'householdDetails',
  'people',
  'checks',
  'appointments',
  'staff',
  'settings',
  'targetPlans',
  'localResources',
  'carers',
  'placements',
  'deregistrations',
  'constellations',
  'constellationMembers',
  'keepGroups',
  'keepEnrolments',
  'keepAttendance',
] as const;
export type RevisedTable = (typeof REVISED)[number];

/** Records only ever added (history is never overwritten): the two sides are joined by id. */
export const APPEND_ONLY = ['moves', 'events', 'notes', 'supervisionVisits', 'reviews', 'trainingRecords', 'tierChanges', 'hubStays', 'supportMeetings', 'keepCalls'] as const;
export type AppendOnlyTable = (typeof APPEND_ONLY)[number];

/**
 * Tables a merge never reads from the other side: drafts, bookmarks and recently viewed belong to
 * the person on that device; conflicts are that device's own list to settle; the keyring and the
 * vault's state hold this device's own keys and lock.
 */
export const NEVER_MERGED = ['drafts', 'bookmarks', 'recentResources', 'conflicts', 'keyring', 'vault'] as const;

/** The field naming each table's record. */
export const KEY_OF: Record<RevisedTable | AppendOnlyTable, string> = {
  households: 'id',
  householdDetails: 'householdId',
  people: 'id',
  checks: 'id',
  appointments: 'id',
  staff: 'id',
  settings: 'key',
  targetPlans: 'id',
  localResources: 'id',
  carers: 'householdId',
  placements: 'id',
  deregistrations: 'householdId',
  moves: 'id',
  events: 'id',
  notes: 'id',
  supervisionVisits: 'id',
  reviews: 'id',
  trainingRecords: 'id',
  tierChanges: 'id',
  constellations: 'id',
  constellationMembers: 'id',
  keepGroups: 'id',
  keepEnrolments: 'id',
  keepAttendance: 'id',
  hubStays: 'id',
  supportMeetings: 'id',
  keepCalls: 'id',
};

/**
 * Settings rows, by whom they belong to, in one list:
 * - service: the service's own settings (its targets, its check list, its contact details) are the
 *   same on every device, so they merge like any record;
 * - device: whether this is a carer's phone and who is using it now describe this device, and stay;
 * - counter: the household reference counter ends above both sides' references.
 * A key not listed (a later version's setting, storage prompts) stays as it is here: its meaning
 * to this version is unknown, and keeping it loses nothing.
 */
export const SETTING_SCOPE: Readonly<Record<string, 'service' | 'device' | 'counter'>> = {
  localTargets: 'service',
  checkTypes: 'service',
  serviceDetails: 'service',
  supportTiers: 'service',
  deregistrationReasons: 'service',
  deregistrationReasonHeadings: 'service',
  keepProgrammes: 'service',
  keepCompletionPercent: 'service',
  retention: 'service',
  removalNoteDays: 'service',
  carerMode: 'device',
  currentStaffId: 'device',
  deadlinesStale: 'device',
  nextReference: 'counter',
};

export const REFERENCE_COUNTER = 'nextReference';

export function isServiceSetting(key: string): boolean {
  return SETTING_SCOPE[key] === 'service';
}

/** The household a record belongs to, for the household page's notice; undefined for service records. */
export function householdOf(table: string, row: Record<string, unknown>): string | undefined {
  if (table === 'households') return typeof row.id === 'string' ? row.id : undefined;
  return typeof row.householdId === 'string' ? row.householdId : undefined;
}
