/**
 * Every record of a backup is checked before the database is touched: its fields and their types,
 * duplicate keys, and that what hangs off a household points at a household the backup holds.
 * Extra properties are accepted (a later version may add some, such as `revision`), and a table
 * this file does not know is held to the plain rule: an object with its primary key.
 */
import * as v from 'valibot';
import { LINE_STATES, STAGES } from '../stages';
import { isObject } from './format';

/** What the data layer tells the checker about a table, from the database's own schema. */
export interface TableShape {
  name: string;
  primaryKey: string;
  /** Indexes declared unique (`&reference`): two rows may not share a value. */
  uniqueIndexes: string[];
}

/** Audit events that belong to no household are kept under this key (see `src/data/audit.ts`). */
const SERVICE_KEY = 'service';

const text = v.string();
const maybeText = v.optional(v.string());
const texts = v.array(v.string());

const Revision = v.looseObject({
  rev: text,
  revs: texts,
  changedAt: text,
  changedBy: text,
  fieldRevs: v.record(v.string(), v.string()),
  setAside: v.optional(v.record(v.string(), v.string())),
});

/** Every known table's row: its fields, and the `revision` a synchronising version may add. */
function row<T extends v.ObjectEntries>(entries: T) {
  return v.looseObject({ ...entries, revision: v.optional(Revision) });
}

const RECORD_SCHEMAS: Record<string, v.GenericSchema> = {
  households: row({
    id: text,
    reference: text,
    kind: text,
    stage: v.picklist(STAGES),
    state: v.picklist(LINE_STATES),
    enquiryOn: text,
    stageEnteredOn: text,
    lastMoveOn: text,
    workerId: maybeText,
    holdUntil: maybeText,
    outcomeCode: maybeText,
    assessment: v.looseObject({ training: v.array(v.looseObject({ course: text, attendedOn: text })) }),
    nextDeadlineOn: maybeText,
    nextDeadlineLabel: maybeText,
    nextDeadlineAtRiskOn: maybeText,
    searchKeys: texts,
    // Backups written before version 7 have none; the upgrade of their scratch copy adds them.
    nameKeys: v.optional(texts),
    duplicateKeys: texts,
    // Copies for lists, from version 8; older backups' scratch copy is upgraded to have them.
    listNames: maybeText,
    listPostcode: maybeText,
    isDemo: v.picklist([0, 1]),
    createdAt: text,
    updatedAt: text,
  }),
  householdDetails: row({
    householdId: text,
    postcode: text,
    howHeard: text,
    interests: texts,
    email: maybeText,
    phone: maybeText,
    address: maybeText,
    enquiryNotes: maybeText,
    namedChild: maybeText,
  }),
  people: row({
    id: text,
    householdId: text,
    role: v.picklist(['applicant', 'member']),
    name: text,
    dateOfBirth: maybeText,
    relationship: maybeText,
    order: v.optional(v.number()),
  }),
  checks: row({
    id: text,
    householdId: text,
    type: text,
    label: text,
    personId: maybeText,
    requestedOn: maybeText,
    receivedOn: maybeText,
    outcome: v.optional(v.picklist(['clear', 'informationToConsider', 'concern', 'specifiedOffence'])),
    expiresOn: maybeText,
    concernNote: maybeText,
    notNeeded: v.optional(v.boolean()),
    awaitingSince: maybeText,
  }),
  moves: row({
    id: text,
    householdId: text,
    kind: text,
    from: text,
    to: text,
    stateAfter: text,
    on: text,
    reason: maybeText,
    code: maybeText,
    holdUntil: maybeText,
    by: text,
    at: text,
  }),
  appointments: row({ id: text, householdId: text, kind: text, on: text, note: maybeText }),
  events: row({ id: text, householdId: text, at: text, by: text, type: text, summary: text, fields: texts }),
  notes: row({ id: text, householdId: text, at: text, by: text, text }),
  staff: row({ id: text, name: text, active: v.picklist([0, 1]) }),
  settings: row({ key: text, value: v.unknown() }),
  targetPlans: row({ id: text, name: text, savedAt: text, savedBy: text, inputs: v.looseObject({}), targetYear: v.number() }),
  bookmarks: row({ resourceId: text, savedAt: text }),
  recentResources: row({ resourceId: text, viewedAt: text }),
  localResources: row({ id: text, title: text, category: text, summary: text, body: text, lastReviewed: text, updatedAt: text }),
};

/** Tables whose rows belong to one household and must name a household the backup holds. */
const HOUSEHOLD_PARTS = ['householdDetails', 'people', 'checks', 'moves', 'appointments', 'events', 'notes'];

/** Enough problems to show what is wrong without burying the user in them. */
const MAX_PROBLEMS = 3;

const SINGULAR: Record<string, string> = {
  households: 'household',
  householdDetails: 'household details',
  people: 'person',
  checks: 'check',
  moves: 'move',
  appointments: 'appointment',
  events: 'timeline entry',
  notes: 'note',
  staff: 'staff member',
  settings: 'setting',
  targetPlans: 'target plan',
  bookmarks: 'bookmark',
  recentResources: 'recently viewed resource',
  localResources: 'library resource',
};

function recordName(table: string, index: number): string {
  return `${SINGULAR[table] ?? `${table} record`} ${index + 1}`;
}

function isValidKey(key: unknown): key is string | number {
  return (typeof key === 'string' && key !== '') || (typeof key === 'number' && Number.isFinite(key));
}

/**
 * Checks a backup's rows one at a time, so the caller can pause between chunks and keep the page
 * responsive, then `finish` checks the references between tables.
 */
export class BackupChecker {
  private readonly problems: string[] = [];
  private readonly shapes = new Map<string, TableShape>();
  private readonly keys = new Map<string, Set<unknown>>();
  private readonly unique = new Map<string, Set<unknown>>();
  /** Household ids named by rows of other tables, with the first row naming each, for the message. */
  private readonly named = new Map<string, string>();

  constructor(shapes: readonly TableShape[]) {
    for (const shape of shapes) this.shapes.set(shape.name, shape);
  }

  get failed(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }

  /** A table the file holds that this version of the database does not have. */
  knowsTable(table: string): boolean {
    return this.shapes.has(table);
  }

  check(table: string, value: unknown, index: number): void {
    if (this.failed) return;
    const shape = this.shapes.get(table);
    const where = recordName(table, index);
    if (!shape) return this.problem(`the file has a table this app does not know ("${table}")`);
    if (!isObject(value)) return this.problem(`${where} is not a record`);
    // A compound key ("table+recordId", the removal notes') is valid when each of its parts is.
    const parts = shape.primaryKey.split('+').map((field) => value[field]);
    if (!parts.every(isValidKey)) return this.problem(`${where} has no ${shape.primaryKey}`);
    const key = parts.length === 1 ? parts[0] : parts.join(' / ');
    const schema = RECORD_SCHEMAS[table];
    if (schema) {
      const result = v.safeParse(schema, value);
      if (!result.success) {
        const issue = result.issues[0];
        const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'a field';
        return this.problem(`${where} has a missing or wrong ${field}`);
      }
    }
    const seen = this.keys.get(table) ?? new Set();
    this.keys.set(table, seen);
    if (seen.has(key)) return this.problem(`two ${table} records have the same ${shape.primaryKey} ("${key}")`);
    seen.add(key);
    for (const index of shape.uniqueIndexes) {
      const uniqueKey = `${table}.${index}`;
      const values = this.unique.get(uniqueKey) ?? new Set();
      this.unique.set(uniqueKey, values);
      const field = value[index];
      if (field === undefined) continue;
      if (values.has(field)) return this.problem(`two ${table} records have the same ${index} ("${String(field)}")`);
      values.add(field);
    }
    if (HOUSEHOLD_PARTS.includes(table)) {
      const householdId = value.householdId as string;
      if (!(table === 'events' && householdId === SERVICE_KEY) && !this.named.has(householdId)) this.named.set(householdId, where);
    }
  }

  /** The reason the backup is refused, or undefined when every record and reference is sound. */
  finish(): string | undefined {
    if (!this.failed) {
      const households = this.keys.get('households') ?? new Set();
      for (const [id, where] of this.named) {
        if (households.has(id)) continue;
        this.problem(`${where} belongs to a household that is not in the backup ("${id}")`);
        if (this.failed) break;
      }
    }
    if (this.problems.length === 0) return undefined;
    return `The backup cannot be restored because its records are not sound: ${this.problems.join('; ')}. Nothing was changed. Choose another backup.`;
  }

  private problem(message: string): void {
    this.problems.push(message);
  }
}
