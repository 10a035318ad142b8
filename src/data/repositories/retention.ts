import { audit, SERVICE_EVENTS } from '../audit';
import { db } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { formatDate } from '../../domain/dates';
import { earlyErasureError, effectiveRules, isDue, retentionDue, RETENTION_MINIMUMS, type RetentionBasis, type RetentionRules } from '../../domain/retention';
import { change } from './settings';
import type { Household } from '../../domain/household';
import { draftsRepo } from './drafts';

/** The settings row holding the service's retention rules. */
export const RETENTION_SETTING = 'retention';

/** A household whose records may now be deleted, as the review page lists it. */
export interface RetentionRow {
  id: string;
  reference: string;
  names: string;
  basis: RetentionBasis;
  endedOn: string;
  dueOn: string;
}

export type ErasureResult = { ok: true } | { ok: false; reason: 'notFound' | 'notDue' } | { ok: false; reason: 'invalid'; message: string };

const ENDED_STATES = ['withdrawn', 'closed', 'notApproved'];

/**
 * The households whose part with the service has ended, read from the state and stage indexes
 * rather than every household; carers' register end dates beside them.
 */
async function endedHouseholds(): Promise<{ household: Household; leftOn: string | undefined }[]> {
  const d = db();
  return d.transaction('r', [d.households, d.carers], async () => {
    const byState = await Promise.all(ENDED_STATES.map((state) => d.households.where('[state+stage]').between([state, ''], [state, '\uffff']).toArray()));
    const ended = byState.flat();
    const seen = new Set(ended.map((h) => h.id));
    const all = [...ended, ...(await d.households.where('stage').equals('approved').toArray()).filter((h) => !seen.has(h.id))];
    const carers = await d.carers.bulkGet(all.map((h) => h.id));
    return all.map((household, i) => ({ household, leftOn: carers[i]?.leftOn }));
  });
}

export const retentionRepo = {
  rules: async (): Promise<RetentionRules> => effectiveRules((await db().settings.get(RETENTION_SETTING))?.value),

  /**
   * Saved and audited like every setting the service changes on purpose; refused when saved since
   * `baseRev` (another tab), whichever period changed.
   */
  async saveRules(rules: RetentionRules, by: string, baseRev?: string): Promise<void> {
    const d = db();
    await asPerson(by, [d.settings, d.events], async () => {
      const row = await d.settings.get(RETENTION_SETTING);
      if (row && baseRev !== undefined) refuseIfStale(row, baseRev, ['value'], 'the retention periods');
      await change(RETENTION_SETTING, rules, RETENTION_MINIMUMS, by, 'Retention periods changed');
    });
  },

  /** Every household whose records are due for deletion on `today`, the longest due first. */
  async due(today: string): Promise<RetentionRow[]> {
    const rules = await retentionRepo.rules();
    const rows: RetentionRow[] = [];
    for (const { household: h, leftOn } of await endedHouseholds()) {
      const due = retentionDue(h, rules, leftOn);
      if (isDue(due, today)) rows.push({ id: h.id, reference: h.reference, names: h.listNames ?? '', ...due });
    }
    return rows.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.reference.localeCompare(b.reference)));
  },

  /**
   * Deletes every record of one household, in every table, in one transaction, leaving in the
   * service's own history an entry that says only which reference went and why. A household not
   * yet due goes only with a reason (`early`), which that entry keeps. Its drafts go too.
   * Notes of the removals stay, so merging an older backup does not bring the household back.
   */
  async erase(householdId: string, by: string, today: string, early?: string): Promise<ErasureResult> {
    if (early !== undefined) {
      const message = earlyErasureError(early);
      if (message) return { ok: false, reason: 'invalid', message };
    }
    const d = db();
    const rules = await retentionRepo.rules();
    const result = await asPerson(by, d.tables, async (): Promise<ErasureResult> => {
      const h = await d.households.get(householdId);
      if (!h) return { ok: false, reason: 'notFound' };
      const due = retentionDue(h, rules, (await d.carers.get(householdId))?.leftOn);
      if (early === undefined && !isDue(due, today)) return { ok: false, reason: 'notDue' };
      for (const table of d.tables) {
        if (table.name === 'deletions' || table.name === 'households') continue;
        if (table.schema.primKey.keyPath === 'householdId') await table.delete(householdId);
        else if (table.schema.idxByName.householdId) await table.where('householdId').equals(householdId).delete();
      }
      await d.households.delete(householdId);
      const summary =
        early === undefined
          ? `Household ${h.reference} deleted: its retention period ended on ${formatDate(due!.dueOn)}`
          : `Household ${h.reference} deleted before its retention period ended. Reason: ${early.trim()}`;
      await audit(SERVICE_EVENTS, by, early === undefined ? 'retention' : 'erasure', summary, ['household']);
      return { ok: true };
    });
    if (result.ok) await draftsRepo.forgetRecords([householdId]);
    return result;
  },
};
