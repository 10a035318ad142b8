/**
 * Every table's fields, each declared once: sealed (encrypted at rest, together in the record's
 * `sealed` value), blind (an index whose values become keyed hashes) or clear (what the indexes
 * and the lists' counts need: ids, stages, states, dates, codes, numbers). The compiler refuses a
 * field of a record type that is not declared here; a test refuses a table of the schema that is
 * not, and an index on a sealed field.
 */
import type { Table } from 'dexie';
import type { FosteringDb } from '../db';

export type FieldKind = 'clear' | 'sealed' | 'blind';

type IsPlainObject<T> = T extends readonly unknown[] ? false : T extends object ? true : false;

/** Each field of a record: a kind, or for a nested object, the same for each of its fields. */
export type FieldDeclaration<T> = {
  [K in keyof Required<T>]-?: IsPlainObject<NonNullable<T[K]>> extends true ? FieldKind | FieldDeclaration<NonNullable<T[K]>> : FieldKind;
};

type TableName = { [K in keyof FosteringDb]: FosteringDb[K] extends Table ? K : never }[keyof FosteringDb];
type RowOf<K extends TableName> = FosteringDb[K] extends Table<infer R> ? R : never;

export type Declarations = { [K in TableName]: FieldDeclaration<RowOf<K>> };

/** Who wrote or changed a record: a staff id, not a name. */
const REVISION = 'clear';

export const SENSITIVE_FIELDS: Declarations = {
  households: {
    id: 'clear',
    reference: 'clear',
    kind: 'clear',
    stage: 'clear',
    state: 'clear',
    enquiryOn: 'clear',
    stageEnteredOn: 'clear',
    lastMoveOn: 'clear',
    workerId: 'clear',
    holdUntil: 'clear',
    outcomeCode: 'clear',
    assessment: {
      repliedOn: 'clear',
      initialVisitOn: 'clear',
      applicationOn: 'clear',
      stage1StartedOn: 'clear',
      proceedDecisionOn: 'clear',
      stage2StartedOn: 'clear',
      assessorId: 'clear',
      reportStartedOn: 'clear',
      reportCompletedOn: 'clear',
      // Course names and dates: nothing about the household beyond that they trained.
      training: 'clear',
      // Names the chair and holds the recommendation; only its date is an index.
      panel: {
        panelOn: 'clear',
        papersSentOn: 'clear',
        chair: 'sealed',
        recommendation: 'sealed',
        recommendedTerms: 'sealed',
        minutesReceivedOn: 'clear',
      },
      decision: 'sealed',
      terms: 'sealed',
      temporaryApproval: 'sealed',
    },
    deregisteredOn: 'clear',
    nextDeadlineOn: 'clear',
    // Today's labels are fixed words, but a label is text shown about the household: kept sealed, so no later label naming a person can reach the disk.
    nextDeadlineLabel: 'sealed',
    nextDeadlineAtRiskOn: 'clear',
    atRiskKeys: 'clear',
    temporaryApprovalDueOn: 'clear',
    searchKeys: 'blind',
    nameKeys: 'blind',
    duplicateKeys: 'blind',
    listNames: 'sealed',
    listPostcode: 'sealed',
    isDemo: 'clear',
    createdAt: 'clear',
    updatedAt: 'clear',
    revision: REVISION,
  },
  householdDetails: {
    householdId: 'clear',
    email: 'sealed',
    phone: 'sealed',
    postcode: 'sealed',
    address: 'sealed',
    howHeard: 'sealed',
    interests: 'sealed',
    enquiryNotes: 'sealed',
    namedChild: 'sealed',
    revision: REVISION,
  },
  people: {
    id: 'clear',
    householdId: 'clear',
    role: 'clear',
    name: 'sealed',
    dateOfBirth: 'sealed',
    relationship: 'sealed',
    order: 'clear',
    revision: REVISION,
  },
  checks: {
    id: 'clear',
    householdId: 'clear',
    type: 'clear',
    personId: 'clear',
    // A per-person check's label names the person: "Enhanced DBS with barred list: Sam Okafor".
    label: 'sealed',
    requestedOn: 'clear',
    receivedOn: 'clear',
    outcome: 'sealed',
    expiresOn: 'clear',
    concernNote: 'sealed',
    notNeeded: 'clear',
    awaitingSince: 'clear',
    revision: REVISION,
  },
  moves: {
    id: 'clear',
    householdId: 'clear',
    kind: 'clear',
    from: 'clear',
    to: 'clear',
    stateAfter: 'clear',
    on: 'clear',
    reason: 'sealed',
    code: 'clear',
    holdUntil: 'clear',
    noticeOn: 'clear',
    by: 'clear',
    at: 'clear',
  },
  appointments: { id: 'clear', householdId: 'clear', kind: 'clear', on: 'clear', note: 'sealed', revision: REVISION },
  // The summary says what changed in words ("Phone: 07700 900123 → 07700 900456"); field names stay clear.
  // The chain's hashes are keyed once a passcode exists, so they tell nothing of the sealed text.
  events: {
    id: 'clear',
    householdId: 'clear',
    at: 'clear',
    by: 'clear',
    type: 'clear',
    summary: 'sealed',
    fields: 'clear',
    changes: 'sealed',
    chain: 'clear',
    chainSeq: 'clear',
    chainPrev: 'clear',
    chainHash: 'clear',
  },
  notes: { id: 'clear', householdId: 'clear', at: 'clear', by: 'clear', text: 'sealed' },
  // The people who may unlock this device: the lock screen lists them, so their names stay clear.
  staff: { id: 'clear', name: 'clear', active: 'clear', revision: REVISION },
  // The service's configuration (check types, timescales, contacts): nothing about a household.
  settings: { key: 'clear', value: 'clear', revision: REVISION },
  // A half-typed form holds whatever the form collects.
  drafts: { key: 'clear', value: 'sealed', savedAt: 'clear', base: 'sealed' },
  // A manager's planning figures for the service as a whole.
  targetPlans: { id: 'clear', name: 'clear', savedAt: 'clear', savedBy: 'clear', inputs: 'clear', targetYear: 'clear', revision: REVISION },
  // Which resources a carer saved or read ("Allegations") says something about them: the key itself becomes a keyed hash.
  bookmarks: { resourceId: 'blind', savedAt: 'clear' },
  recentResources: { resourceId: 'blind', viewedAt: 'clear' },
  // Resources the service wrote for every carer.
  localResources: {
    id: 'clear',
    title: 'clear',
    category: 'clear',
    summary: 'clear',
    body: 'clear',
    lastReviewed: 'clear',
    // Which service pack a resource came from, so a later pack replaces only its own.
    fromPack: 'clear',
    updatedAt: 'clear',
    revision: REVISION,
  },
  conflicts: {
    id: 'clear',
    table: 'clear',
    recordId: 'clear',
    householdId: 'clear',
    source: 'clear',
    foundAt: 'clear',
    open: 'clear',
    settledAt: 'clear',
    settledBy: 'clear',
    settledWith: 'clear',
    path: 'clear',
    local: 'sealed',
    incoming: 'sealed',
    localRev: 'clear',
    incomingRev: 'clear',
    localBy: 'clear',
    localAt: 'clear',
    incomingBy: 'clear',
    incomingAt: 'clear',
  },
  deletions: {
    table: 'clear',
    recordId: 'clear',
    householdId: 'clear',
    rev: 'clear',
    revs: 'clear',
    deletedAt: 'clear',
    deletedBy: 'clear',
  },
  carers: {
    householdId: 'clear',
    reference: 'clear',
    approvedOn: 'clear',
    terms: 'sealed',
    connected: 'clear',
    tierId: 'clear',
    supervisingWorkerId: 'clear',
    tsdCompletedOn: 'clear',
    // An allegation or a significant change in the household.
    extraReview: 'sealed',
    onRegister: 'clear',
    leftOn: 'clear',
    // The names as people's own are kept; the dates as the visits', reviews' and placements' are.
    supportSummary: { names: 'sealed', lastVisitOn: 'clear', lastReviewOn: 'clear', placements: 'clear' },
    isDemo: 'clear',
    updatedAt: 'clear',
    revision: REVISION,
  },
  // Dates and age bands only: no child's name is ever stored.
  placements: {
    id: 'clear',
    householdId: 'clear',
    startOn: 'clear',
    endOn: 'clear',
    ageBand: 'clear',
    siblingGroup: 'clear',
    shortBreak: 'clear',
    ending: 'clear',
    updatedAt: 'clear',
    revision: REVISION,
  },
  supervisionVisits: { id: 'clear', householdId: 'clear', by: 'clear', at: 'clear', on: 'clear', kind: 'clear', note: 'sealed' },
  reviews: {
    id: 'clear',
    householdId: 'clear',
    by: 'clear',
    at: 'clear',
    on: 'clear',
    toPanel: 'clear',
    outcome: 'sealed',
    newTerms: 'sealed',
    carersAgree: 'sealed',
    qualifyingOn: 'clear',
    note: 'sealed',
  },
  constellations: {
    id: 'clear',
    // A constellation's name often names the hub's street or area.
    name: 'sealed',
    hubHouseholdId: 'clear',
    liaisonWorkerId: 'clear',
    startOn: 'clear',
    bedsKeptFree: 'clear',
    isDemo: 'clear',
    updatedAt: 'clear',
    revision: REVISION,
  },
  constellationMembers: {
    id: 'clear',
    constellationId: 'clear',
    householdId: 'clear',
    joinedOn: 'clear',
    leftOn: 'clear',
    leftWhy: 'sealed',
    updatedAt: 'clear',
    revision: REVISION,
  },
  hubStays: {
    id: 'clear',
    constellationId: 'clear',
    householdId: 'clear',
    fromOn: 'clear',
    nights: 'clear',
    children: 'clear',
    kind: 'clear',
    planning: 'clear',
    by: 'clear',
    at: 'clear',
  },
  supportMeetings: { id: 'clear', constellationId: 'clear', on: 'clear', kind: 'clear', attended: 'clear', note: 'sealed', by: 'clear', at: 'clear' },
  keepGroups: {
    id: 'clear',
    // Typed by the service, often after a venue or a facilitator.
    name: 'sealed',
    programmeId: 'clear',
    facilitatorIds: 'clear',
    startOn: 'clear',
    sessionDates: 'clear',
    isDemo: 'clear',
    updatedAt: 'clear',
    revision: REVISION,
  },
  keepEnrolments: { id: 'clear', groupId: 'clear', householdId: 'clear', enrolledOn: 'clear', updatedAt: 'clear', revision: REVISION },
  keepAttendance: { id: 'clear', groupId: 'clear', householdId: 'clear', session: 'clear', mark: 'clear', updatedAt: 'clear', revision: REVISION },
  // How a child behaves and how stressed a carer is: sensitive, whatever the scale.
  keepCalls: { id: 'clear', groupId: 'clear', householdId: 'clear', on: 'clear', behaviour: 'sealed', stress: 'sealed', note: 'sealed', by: 'clear', at: 'clear' },
  trainingRecords: { id: 'clear', householdId: 'clear', by: 'clear', at: 'clear', course: 'clear', on: 'clear', hours: 'clear', provider: 'clear' },
  tierChanges: { id: 'clear', householdId: 'clear', by: 'clear', at: 'clear', on: 'clear', tierId: 'clear', fromTierId: 'clear', reason: 'sealed' },
  deregistrations: {
    householdId: 'clear',
    route: 'clear',
    noticeOn: 'clear',
    agreedOn: 'clear',
    effectiveOn: 'clear',
    reason: 'sealed',
    exitInterview: 'clear',
    note: 'sealed',
    by: 'clear',
    at: 'clear',
    revision: REVISION,
  },
  // A wrapped key is useless without its passcode; the lock screen needs to know who has one.
  keyring: { personId: 'clear', setAt: 'clear', v: 'clear', kdf: 'clear', iterations: 'clear', salt: 'clear', iv: 'clear', wrapped: 'clear' },
  // Wrong passcodes in a row and how far encrypting in place has got: counts and record ids.
  vault: { key: 'clear', value: 'clear' },
};

function pathsOf(declaration: object, kind: FieldKind, prefix = ''): string[] {
  return Object.entries(declaration).flatMap(([field, value]) =>
    typeof value === 'string' ? (value === kind ? [prefix + field] : []) : pathsOf(value as object, kind, `${prefix}${field}.`),
  );
}

/** The dotted paths `sealRecord` takes out of a table's records. */
export function sealedPaths(table: string): string[] {
  const declaration = (SENSITIVE_FIELDS as Record<string, object | undefined>)[table];
  if (!declaration) throw new Error(`No sensitive-field declaration for table ${table}`);
  return pathsOf(declaration, 'sealed');
}

/** The fields of a table whose stored values are keyed hashes. */
export function blindFields(table: string): string[] {
  const declaration = (SENSITIVE_FIELDS as Record<string, object | undefined>)[table];
  if (!declaration) throw new Error(`No sensitive-field declaration for table ${table}`);
  return pathsOf(declaration, 'blind');
}

export function declaredTables(): string[] {
  return Object.keys(SENSITIVE_FIELDS);
}
