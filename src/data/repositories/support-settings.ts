import { fieldChanges } from '../../domain/field-changes';
import { DEFAULT_KEEP_COMPLETION_PERCENT, DEFAULT_KEEP_PROGRAMMES, type KeepProgramme } from '../../domain/support/keep';
import { moved, programmeInUse, tierInUse } from '../../domain/support/support-settings';
import { DEFAULT_TIERS, type Tier } from '../../domain/support/tiers';
import { audit, SERVICE_EVENTS } from '../audit';
import { db, newId } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { RecordGoneError, RefusedWriteError } from '../write-errors';
import { KEEP_COMPLETION_SETTING, keepCompletion } from './keep-completion';
import { change } from './settings';

/** The tiers and KEEP programmes: each a list kept as one settings row, in the service's order. */
const LISTS = {
  tiers: { key: 'supportTiers', fallback: DEFAULT_TIERS as readonly Tier[], what: 'the tiers' },
  programmes: { key: 'keepProgrammes', fallback: DEFAULT_KEEP_PROGRAMMES as readonly KeepProgramme[], what: 'the KEEP programmes' },
} as const;
type ListName = keyof typeof LISTS;
type Item<L extends ListName> = L extends 'tiers' ? Tier : KeepProgramme;

export interface SupportSettings {
  tiers: Tier[];
  /** The revision each editor is based on: '' while the list is still the default. */
  tiersRev: string;
  programmes: KeepProgramme[];
  programmesRev: string;
  /** The share of sessions, in per cent, that completes KEEP, and its revision. */
  keepCompletionPercent: number;
  keepCompletionRev: string;
  /** Why each item in use cannot be removed, by its id. */
  inUse: Map<string, string>;
}

function tables() {
  const d = db();
  return [d.settings, d.events, d.carers, d.tierChanges, d.keepGroups];
}

/**
 * Changes one list in one transaction: refused when it changed since the editor showed it
 * (`baseRev`), and audited in the service's history with the list before and after.
 */
async function changeList<L extends ListName>(list: L, baseRev: string, by: string, summary: string, change: (items: Item<L>[]) => Promise<Item<L>[]> | Item<L>[]): Promise<void> {
  const { key, fallback, what } = LISTS[list];
  await asPerson(by, tables(), async () => {
    const row = await db().settings.get(key);
    if (row) refuseIfStale(row, baseRev, ['value'], what);
    const before = (row?.value ?? [...fallback]) as Item<L>[];
    const after = await change([...before]);
    await db().settings.put({ key, value: after });
    await audit(SERVICE_EVENTS, by, 'settings', summary, fieldChanges({ [key]: before }, { [key]: after }));
  });
}

function indexOf<T extends { id: string }>(items: readonly T[], id: string, gone: string): number {
  const i = items.findIndex((t) => t.id === id);
  if (i < 0) throw new RecordGoneError(gone);
  return i;
}

export const supportSettingsRepo = {
  async read(): Promise<SupportSettings> {
    const d = db();
    return d.transaction('r', [d.settings, d.carers, d.tierChanges, d.keepGroups], async () => {
      const [tiersRow, programmesRow, completion, carers, changes, groups] = await Promise.all([
        d.settings.get(LISTS.tiers.key),
        d.settings.get(LISTS.programmes.key),
        keepCompletion(),
        d.carers.toArray(),
        d.tierChanges.toArray(),
        d.keepGroups.toArray(),
      ]);
      const tiers = (tiersRow?.value as Tier[] | undefined) ?? [...DEFAULT_TIERS];
      const programmes = (programmesRow?.value as KeepProgramme[] | undefined) ?? [...DEFAULT_KEEP_PROGRAMMES];
      const inUse = new Map<string, string>();
      for (const t of tiers) {
        const why = tierInUse(t.id, carers, changes);
        if (why) inUse.set(t.id, why);
      }
      for (const p of programmes) {
        const why = programmeInUse(p.id, groups);
        if (why) inUse.set(p.id, why);
      }
      return { tiers, tiersRev: tiersRow?.revision?.rev ?? '', programmes, programmesRev: programmesRow?.revision?.rev ?? '', keepCompletionPercent: completion.percent, keepCompletionRev: completion.rev, inUse };
    });
  },

  /** Saves a tier's new terms, or adds it at the end of the list when it has no id yet. */
  saveTier: (tier: Omit<Tier, 'id'> & { id?: string }, baseRev: string, by: string) =>
    changeList('tiers', baseRev, by, tier.id ? `Tier ${tier.name} changed` : `Tier ${tier.name} added`, (tiers) => {
      if (!tier.id) return [...tiers, { ...tier, id: newId() }];
      const i = indexOf(tiers, tier.id, 'This tier has been removed');
      tiers[i] = { ...tier, id: tier.id };
      return tiers;
    }),

  moveTier: (id: string, by1: -1 | 1, baseRev: string, by: string) =>
    changeList('tiers', baseRev, by, 'Order of the tiers changed', (tiers) => moved(tiers, indexOf(tiers, id, 'This tier has been removed'), by1)),

  /** Refused, saying why, while a household is on the tier or its tier history names it. */
  removeTier: (id: string, baseRev: string, by: string) =>
    changeList('tiers', baseRev, by, 'Tier removed', async (tiers) => {
      const tier = tiers[indexOf(tiers, id, 'This tier has been removed')]!;
      const why = tierInUse(id, await db().carers.toArray(), await db().tierChanges.toArray());
      if (why) throw new RefusedWriteError(`${tier.name} cannot be removed: ${why}`);
      return tiers.filter((t) => t.id !== id);
    }),

  saveProgramme: (programme: Omit<KeepProgramme, 'id'> & { id?: string }, baseRev: string, by: string) =>
    changeList('programmes', baseRev, by, programme.id ? `KEEP programme ${programme.name} changed` : `KEEP programme ${programme.name} added`, (list) => {
      if (!programme.id) return [...list, { ...programme, id: newId() }];
      const i = indexOf(list, programme.id, 'This programme has been removed');
      list[i] = { ...list[i]!, ...programme, id: programme.id };
      return list;
    }),

  moveProgramme: (id: string, by1: -1 | 1, baseRev: string, by: string) =>
    changeList('programmes', baseRev, by, 'Order of the KEEP programmes changed', (list) => moved(list, indexOf(list, id, 'This programme has been removed'), by1)),

  removeProgramme: (id: string, baseRev: string, by: string) =>
    changeList('programmes', baseRev, by, 'KEEP programme removed', async (list) => {
      const programme = list[indexOf(list, id, 'This programme has been removed')]!;
      const why = programmeInUse(id, await db().keepGroups.toArray());
      if (why) throw new RefusedWriteError(`${programme.name} cannot be removed: ${why}`);
      return list.filter((p) => p.id !== id);
    }),

  /**
   * The share of sessions that completes KEEP (and below which a group's attendance stands out),
   * refused when it was saved since the form opened on `baseRev`, and audited.
   */
  async saveKeepCompletion(percent: number, baseRev: string, by: string): Promise<void> {
    const d = db();
    await asPerson(by, [d.settings, d.events], async () => {
      const row = await d.settings.get(KEEP_COMPLETION_SETTING);
      if (row) refuseIfStale(row, baseRev, ['value'], 'the share of sessions that completes KEEP');
      await change(KEEP_COMPLETION_SETTING, percent, DEFAULT_KEEP_COMPLETION_PERCENT, by, `KEEP completed at ${percent}% of sessions`);
    });
  },
};
