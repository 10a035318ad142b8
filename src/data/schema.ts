/**
 * The schema history, append-only. Each entry is the full set of indexes at that version;
 * `upgrade` moves old records to the new shape. Never edit a released version: add one.
 * Personal fields are never indexed except the derived search and duplicate tokens.
 */
import type { Transaction } from 'dexie';
import { REVISED } from '../domain/merge/tables';
import { legacyRevision } from '../domain/revision';
import { householdTokens } from '../domain/search-keys';
import type { Household } from '../domain/household';
import { carerFromApproval } from '../domain/support/carer';
import { todayKeys } from '../domain/today-keys';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const V1_STORES: Record<string, string> = {
  households: 'id, &reference, [state+stage], stage, workerId, enquiryOn, nextDeadlineOn, holdUntil, *searchKeys, *duplicateKeys, isDemo, updatedAt',
  householdDetails: 'householdId',
  people: 'id, householdId',
  checks: 'id, householdId',
  moves: 'id, householdId, on, [householdId+on]',
  appointments: 'id, householdId, on',
  events: 'id, householdId, at, [householdId+at]',
  notes: 'id, householdId, [householdId+at]',
  staff: 'id, name',
  settings: 'key',
  drafts: 'key',
};

const V5_STORES: Record<string, string> = {
  ...V1_STORES,
  households: `${V1_STORES.households}, [stage+nextDeadlineOn], [stage+stageEnteredOn], assessment.panel.panelOn`,
  checks: 'id, householdId, awaitingSince',
  targetPlans: 'id, savedAt',
  bookmarks: 'resourceId, savedAt',
  recentResources: 'resourceId, viewedAt',
  localResources: 'id, updatedAt',
};

/**
 * Tables whose records change after they are written, so each carries a revision. Moves, events and
 * notes are only ever added; drafts, bookmarks and recently viewed belong to this device alone.
 */
const V6_STORES: Record<string, string> = {
  ...V5_STORES,
  conflicts: 'id, open, householdId, [table+recordId]',
  deletions: '[table+recordId], deletedAt',
};

const V7_STORES: Record<string, string> = { ...V6_STORES, households: `${V6_STORES.households}, *nameKeys` };

/**
 * The register of approved carer households, keyed by household (the same id as the pipeline's
 * record), and their support records. No child's name is stored: placements keep dates and bands.
 */
const V9_STORES: Record<string, string> = {
  ...V7_STORES,
  carers: 'householdId, onRegister, tierId, supervisingWorkerId, isDemo',
  placements: 'id, householdId',
  supervisionVisits: 'id, householdId, [householdId+on]',
  reviews: 'id, householdId, [householdId+on]',
  trainingRecords: 'id, householdId',
  tierChanges: 'id, householdId',
  deregistrations: 'householdId, effectiveOn',
};

/**
 * Mockingbird constellations and KEEP groups. Stays at the hub, meetings and phone checks are only
 * ever added; memberships, enrolments and attendance marks change, so they carry revisions.
 */
const V10_STORES: Record<string, string> = {
  ...V9_STORES,
  constellations: 'id, hubHouseholdId, isDemo',
  constellationMembers: 'id, constellationId, householdId',
  hubStays: 'id, constellationId, householdId',
  supportMeetings: 'id, constellationId',
  keepGroups: 'id, programmeId, isDemo',
  keepEnrolments: 'id, groupId, householdId',
  keepAttendance: 'id, groupId, householdId',
  keepCalls: 'id, groupId, householdId',
};

/**
 * Today's lists read only the rows they show: the days each household is at risk, and the last
 * day of each temporary approval waiting for its decision. Overdue checks of one type read their
 * own range; the adult checks notice reads household members, not every applicant.
 */
const V11_STORES: Record<string, string> = {
  ...V10_STORES,
  households: `${V10_STORES.households}, *atRiskKeys, temporaryApprovalDueOn`,
  checks: `${V10_STORES.checks}, [type+awaitingSince]`,
  people: `${V10_STORES.people}, [role+householdId]`,
};

/**
 * Encryption at rest: each person's wrapping of the device's data key (`keyring`), and the
 * device's own state of the lock (`vault`): wrong passcodes in a row, and where encrypting an
 * existing database in place has got to, so a closed tab resumes rather than loses it.
 */
const V12_STORES: Record<string, string> = { ...V11_STORES, keyring: 'personId', vault: 'key' };
const V14_STORES: Record<string, string> = { ...V12_STORES, events: `${V12_STORES.events}, [chain+chainSeq]` };

/** The tables whose rows carry a revision: the merge rules' list, so the two never drift apart. */
export const REVISED_TABLES = REVISED;

/** Works out every household's stored tokens and list copies again from its details and people. */
async function rederiveHouseholds(tx: Transaction): Promise<void> {
  type Details = { householdId: string; email?: string; phone?: string; postcode?: string };
  type Named = { householdId: string; name: string; role: string; order?: number };
  const details = new Map<string, Details>();
  for (const d of (await tx.table('householdDetails').toArray()) as Details[]) details.set(d.householdId, d);
  const people = new Map<string, Named[]>();
  for (const p of (await tx.table('people').toArray()) as Named[]) {
    const named = people.get(p.householdId);
    if (named) named.push(p);
    else people.set(p.householdId, [p]);
  }
  await tx
    .table('households')
    .toCollection()
    .modify((household: { id: string }) => {
      Object.assign(household, householdTokens(details.get(household.id) ?? {}, people.get(household.id) ?? []));
    });
}

export const SCHEMA: SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  {
    // v2: "checks outstanding over 4 weeks" on the Today page reads an index instead of every check.
    version: 2,
    stores: { ...V1_STORES, checks: 'id, householdId, awaitingSince' },
    upgrade: async (tx) => {
      await tx
        .table('checks')
        .toCollection()
        .modify((check: { requestedOn?: string; receivedOn?: string; notNeeded?: boolean; awaitingSince?: string }) => {
          if (check.requestedOn && !check.receivedOn && !check.notNeeded) check.awaitingSince = check.requestedOn;
        });
    },
  },
  {
    // v3: saved runs of the recruitment-target calculator ("target plans"), newest first.
    version: 3,
    stores: { ...V1_STORES, checks: 'id, householdId, awaitingSince', targetPlans: 'id, savedAt' },
  },
  {
    // v4: the board, Today and the approvals count read these indexes alone, so they stay fast
    // at 10,000 households instead of reading thousands of records to filter them.
    version: 4,
    stores: {
      ...V1_STORES,
      households: `${V1_STORES.households}, [stage+nextDeadlineOn], [stage+stageEnteredOn], assessment.panel.panelOn`,
      checks: 'id, householdId, awaitingSince',
      targetPlans: 'id, savedAt',
    },
  },
  // v5: the carers' library on this device: bookmarks, recently viewed, and the service's own resources.
  { version: 5, stores: V5_STORES },
  {
    // v6: every record that can change carries a revision (see domain/revision.ts), so a stale form,
    // a second tab or a merged backup never overwrites a change it has not seen; conflicts a merge
    // finds wait in their own table for a person to settle; a removed record leaves a note of its
    // removal, so a merge does not bring it back unseen.
    version: 6,
    stores: V6_STORES,
    upgrade: async (tx) => {
      const at = new Date().toISOString();
      // Only the tables version 6 had: a later version's revised tables are stamped when written.
      for (const table of REVISED_TABLES.filter((t) => t in V6_STORES)) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: { revision?: unknown }) => {
            row.revision ??= legacyRevision(row, at, 'Before revisions were kept');
          });
      }
    },
  },
  {
    // v7: search finds names in any script, not only a-z, and forgives a typo by checking the
    // household's name words (a small vocabulary) rather than every household. The tokens were
    // worked out under the old a-z rule, so every household's are worked out again. They are
    // derived fields: no one's change, so revisions stay as they are.
    version: 7,
    stores: V7_STORES,
    upgrade: rederiveHouseholds,
  },
  {
    // v8: the household list, the board and Today show each household's names and postcode from the
    // household itself (`listNames`, `listPostcode`, kept with its tokens), so a page of households
    // is one read instead of a look-up of people and details per household. No new index.
    version: 8,
    stores: V7_STORES,
    upgrade: rederiveHouseholds,
  },
  {
    // v9: approval makes a household a carer household. Households approved before this version
    // join the register with nothing typed again: approval date and terms from their decision.
    version: 9,
    stores: V9_STORES,
    upgrade: async (tx) => {
      const at = new Date().toISOString();
      const approved = (await tx.table('households').where('stage').equals('approved').toArray()) as Household[];
      const carers = approved.map((h) => carerFromApproval(h, at)).filter((c) => c !== undefined);
      for (const carer of carers) carer.revision = legacyRevision(carer, at, 'Approved before carer households were kept');
      await tx.table('carers').bulkAdd(carers);
    },
  },
  // v10: Mockingbird constellations and KEEP groups, in new tables; nothing older changes.
  { version: 10, stores: V10_STORES },
  {
    // v11: Today's at-risk and temporary approval lists read an index each (see `todayKeys`) instead
    // of walking every household due in the coming weeks. Worked out from each row's stored next
    // deadline and temporary approval; derived fields, so revisions stay as they are.
    version: 11,
    stores: V11_STORES,
    upgrade: async (tx) => {
      await tx
        .table('households')
        .toCollection()
        .modify((household: Household) => {
          Object.assign(household, todayKeys(household));
        });
    },
  },
  // v12: the keyring and the vault's state, in new tables; records are sealed in place when the first passcode is set.
  { version: 12, stores: V12_STORES },
  // v14: each audit entry is linked into a hash chain (its household's, on the device that wrote it),
  // read newest first from this index. Entries written before stay as they are, outside any chain.
  { version: 14, stores: V14_STORES },
];

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]!.version;
