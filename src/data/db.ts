import Dexie, { type EntityTable } from 'dexie';
import type {
  Appointment,
  Check,
  Household,
  HouseholdDetails,
  HouseholdEvent,
  Move,
  Note,
  Person,
  StaffMember,
} from '../domain/household';
import type { RecruitmentInputs } from '../domain/recruitment';
import type { CarerHousehold, CarerReview, Deregistration, Placement, SupervisionVisit, TierChange, TrainingRecord } from '../domain/support/carer';
import type { Constellation, ConstellationMember, HubStay, SupportMeeting } from '../domain/support/constellation';
import type { KeepAttendance, KeepCall, KeepEnrolment, KeepGroup } from '../domain/support/keep';
import type { Removal } from '../domain/merge/incoming';
import type { FieldConflict, Revised } from '../domain/revision';
import { connectionState } from './connection';
import type { WrappedDataKey } from './crypto/keys';
import { encryptionLayer } from './crypto/encryption-layer';
import { KeySession } from './crypto/session';
import { revisionsMiddleware } from './revisions';
import { memberBirthdaysMiddleware } from './member-birthdays';
import { clearNameWordsMiddleware } from './clear-name-words';
import { stageTalliesMiddleware } from './stage-tallies';
import { openTransactionsMiddleware } from './page-leave';

export { STAGE_TALLIES_KEY } from './stage-tallies';
import { REVISED_TABLES, SCHEMA } from './schema';

export interface SettingRow extends Revised {
  key: string;
  value: unknown;
}

export interface DraftRow {
  key: string;
  value: unknown;
  savedAt: string;
  /** What the form's save is based on (the record's revision as the form opened), checked when the draft is saved. */
  base?: unknown;
}

/** A saved run of the recruitment-target calculator: its name, inputs and when it was saved. */
export interface TargetPlanRow extends Revised {
  id: string;
  name: string;
  savedAt: string;
  savedBy: string;
  inputs: RecruitmentInputs;
  /** The year the target share is to be reached by, as the manager chose it. */
  targetYear: number;
}

/** A library resource the carer bookmarked on this device. */
export interface BookmarkRow {
  resourceId: string;
  savedAt: string;
}

/** A library resource opened on this device, for "recently viewed". */
export interface RecentResourceRow {
  resourceId: string;
  viewedAt: string;
}

/** A resource the service wrote in the app (Markdown body), shared with carers in a service pack. */
export interface LocalResourceRow extends Revised {
  id: string;
  title: string;
  category: string;
  summary: string;
  body: string;
  lastReviewed: string;
  updatedAt: string;
  /** Written by an imported service pack, so a later pack may change or remove it. */
  fromPack?: true;
}

/**
 * A field two devices (or a device and a backup) both changed since they last met. The record keeps
 * the local value until a person chooses; both values stay here until then.
 */
export interface ConflictRow extends FieldConflict {
  id: string;
  /** The table and primary key of the record the field belongs to. */
  table: string;
  recordId: string;
  /** The household the record belongs to, so its page can show the conflict; absent for service records. */
  householdId?: string;
  /** Where the other version came from, in words: "Backup from Tablet 2 made 28 Nov 2026". */
  source: string;
  foundAt: string;
  /** 1 until settled, so the open ones are an index range. */
  open: 0 | 1;
  settledAt?: string;
  settledBy?: string;
  settledWith?: 'local' | 'incoming';
}

/** One person's wrapping of the data key: their passcode opens it, and nothing else is needed but the passcode. */
export interface KeyringRow extends WrappedDataKey {
  personId: string;
  setAt: string;
}

/** The device's lock state that must survive a reload (see crypto/vault.ts). */
export interface VaultRow {
  key: string;
  value: unknown;
}

/** What is left of a removed record: enough for a merge to remove it too, or to ask if it changed since. */
export type DeletionRow = Removal;

export class FosteringDb extends Dexie {
  households!: EntityTable<Household, 'id'>;
  householdDetails!: EntityTable<HouseholdDetails, 'householdId'>;
  people!: EntityTable<Person, 'id'>;
  checks!: EntityTable<Check, 'id'>;
  moves!: EntityTable<Move, 'id'>;
  appointments!: EntityTable<Appointment, 'id'>;
  events!: EntityTable<HouseholdEvent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  staff!: EntityTable<StaffMember, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  targetPlans!: EntityTable<TargetPlanRow, 'id'>;
  bookmarks!: EntityTable<BookmarkRow, 'resourceId'>;
  recentResources!: EntityTable<RecentResourceRow, 'resourceId'>;
  localResources!: EntityTable<LocalResourceRow, 'id'>;
  conflicts!: EntityTable<ConflictRow, 'id'>;
  deletions!: Dexie.Table<DeletionRow, [string, string]>;
  carers!: EntityTable<CarerHousehold, 'householdId'>;
  placements!: EntityTable<Placement, 'id'>;
  supervisionVisits!: EntityTable<SupervisionVisit, 'id'>;
  reviews!: EntityTable<CarerReview, 'id'>;
  trainingRecords!: EntityTable<TrainingRecord, 'id'>;
  tierChanges!: EntityTable<TierChange, 'id'>;
  deregistrations!: EntityTable<Deregistration, 'householdId'>;
  constellations!: EntityTable<Constellation, 'id'>;
  constellationMembers!: EntityTable<ConstellationMember, 'id'>;
  hubStays!: EntityTable<HubStay, 'id'>;
  supportMeetings!: EntityTable<SupportMeeting, 'id'>;
  keepGroups!: EntityTable<KeepGroup, 'id'>;
  keepEnrolments!: EntityTable<KeepEnrolment, 'id'>;
  keepAttendance!: EntityTable<KeepAttendance, 'id'>;
  keepCalls!: EntityTable<KeepCall, 'id'>;
  keyring!: EntityTable<KeyringRow, 'personId'>;
  vault!: EntityTable<VaultRow, 'key'>;
  /** The data key while someone has unlocked this database; see crypto/vault.ts. */
  readonly session = new KeySession();

  /**
   * Locked when the keyring has anyone in it, open when it has no one (never set, or wiped). An
   * unlocked session stays so while its person's wrapping of the key is one it knows: removed or
   * wrapped anew in another tab (a new passcode, the team's key), it locks.
   */
  async settlePasscodes(): Promise<void> {
    const personId = this.session.personId;
    const [count, mine] = await Promise.all([this.keyring.count(), personId === undefined ? undefined : this.keyring.get(personId)]);
    if (count > 0) await this.session.loadSealing();
    if (count > 0 && this.session.state === 'unlocked' && this.session.personId === personId && !this.session.holdsWrapping(mine)) this.session.lock();
    else this.session.settle(count > 0);
  }

  constructor(name: string) {
    super(name);
    for (const v of SCHEMA) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    this.on('versionchange', () => {
      // A newer version of the app in another tab is upgrading the database. Close for good:
      // Dexie's own handler would reopen on the next write, and old code would then write into
      // a database shaped for the new code. Returning false skips that handler.
      this.close({ disableAutoOpen: true });
      connectionState.value = 'replaced';
      return false;
    });
    // This tab is the newer version and an older tab still holds the database open; the upgrade
    // carries on by itself as soon as that tab closes (or, running this code, steps aside).
    this.on('blocked', () => {
      if (connectionState.value === 'open') connectionState.value = 'waiting';
    });
    this.on('ready', () => {
      if (connectionState.value === 'waiting') connectionState.value = 'open';
    });
    // Before any other query runs: a keyring with anyone in it means the data is encrypted and locked.
    this.on('ready', () => this.settlePasscodes());
    // The keyring changed, in this tab or another: a first passcode set there locks this tab; the
    // device wiped there leaves it as new; this person's key wrapped anew there locks it (the
    // encryption layer refuses a write that finds any of these before this is heard).
    // Looked at outside any transaction: the write that found it is being refused, and its transaction too.
    const lookAgain = () => void Dexie.ignoreTransaction(() => this.settlePasscodes()).catch(() => undefined);
    // Not for a closed instance (the app holds one per database; a test closes its second tab's):
    // a read would open it again.
    Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
      if (this.isOpen() && `idb://${this.name}/keyring/` in parts) lookAgain();
    });
    // Lowest of all: which transactions are open, to end them if the page is cached (page-leave.ts).
    this.use(openTransactionsMiddleware());
    // Next: the board's stage tallies follow rows as stored, in each write's own transaction.
    this.use(stageTalliesMiddleware());
    // Beside it: the members' kept birthdays are dropped in each write's own transaction.
    this.use(memberBirthdaysMiddleware());
    // And the distinct name words a typo search compares with, on a device with no passcode.
    this.use(clearNameWordsMiddleware());
    // Registered before revisions, so it sits below it: revisions compares plain values, then this seals them.
    this.use(encryptionLayer(this.session, lookAgain));
    this.use(revisionsMiddleware(REVISED_TABLES));
  }
}

export const DB_NAME = 'fostering';

let current: FosteringDb | undefined;

/** The app's database. Tests call `useDatabase` with a fresh name for isolation. */
export function db(): FosteringDb {
  current ??= new FosteringDb(DB_NAME);
  return current;
}

/**
 * Starts opening the database now rather than at its first query. A failure is not lost: every
 * query reports it (and the storage banner explains it).
 */
export function openDatabase(): void {
  db().open().catch(() => undefined);
}

export function useDatabase(instance: FosteringDb): void {
  current = instance;
}

export function newId(): string {
  return crypto.randomUUID();
}

export function nowInstant(): string {
  return new Date().toISOString();
}
