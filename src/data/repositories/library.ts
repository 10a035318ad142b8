import type { LocalResourceFields } from '../../domain/library/local-resource';
import { RecordGoneError } from '../write-errors';
import { localResourceId } from '../../domain/library/local-resource';
import { planServicePack, type PackPlan } from '../../domain/library/pack-plan';
import { SERVICE_PACK_KIND, SERVICE_PACK_VERSION, validateServicePack, type ServicePack } from '../../domain/library/service-pack';
import { todayIso } from '../../domain/dates';
import { fieldChanges } from '../../domain/field-changes';
import { audit, SERVICE_EVENTS } from '../audit';
import { db, nowInstant, type BookmarkRow, type LocalResourceRow, type RecentResourceRow } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { settingsRepo } from './settings';

const RECENT_SHOWN = 5;
/** Older views are dropped so the table never grows with use. */
const RECENT_KEPT = 20;
const MAX_LISTED = 50;
const MAX_LOCAL = 200;

export type PackCheck = { ok: true; pack: ServicePack; plan: PackPlan } | { ok: false; problems: string[] };
export type PackImport = { ok: true; added: number; changed: number; removed: number; serviceName: string };

export const libraryRepo = {
  isBookmarked: async (resourceId: string) => (await db().bookmarks.get(resourceId)) !== undefined,

  /** Adds or removes the bookmark; returns whether the resource is bookmarked now. */
  toggleBookmark: (resourceId: string): Promise<boolean> =>
    db().transaction('rw', db().bookmarks, async () => {
      if (await db().bookmarks.get(resourceId)) {
        await db().bookmarks.delete(resourceId);
        return false;
      }
      await db().bookmarks.put({ resourceId, savedAt: nowInstant() });
      return true;
    }),

  bookmarks: (): Promise<BookmarkRow[]> => db().bookmarks.orderBy('savedAt').reverse().limit(MAX_LISTED).toArray(),

  recordView: (resourceId: string) =>
    db().transaction('rw', db().recentResources, async () => {
      await db().recentResources.put({ resourceId, viewedAt: nowInstant() });
      const old = await db().recentResources.orderBy('viewedAt').reverse().offset(RECENT_KEPT).primaryKeys();
      await db().recentResources.bulkDelete(old);
    }),

  recentlyViewed: (): Promise<RecentResourceRow[]> => db().recentResources.orderBy('viewedAt').reverse().limit(RECENT_SHOWN).toArray(),

  localResources: (): Promise<LocalResourceRow[]> => db().localResources.orderBy('updatedAt').reverse().limit(MAX_LOCAL).toArray(),

  localResource: (id: string) => db().localResources.get(id),

  /** `reservedIds` are the repo's own resource ids, which a local resource must not take. */
  addLocalResource: (fields: LocalResourceFields, reservedIds: readonly string[], by: string): Promise<LocalResourceRow> =>
    asPerson(by, [db().localResources, db().events], async () => {
      const taken = new Set([...reservedIds, ...(await db().localResources.toCollection().primaryKeys())]);
      const row: LocalResourceRow = { id: localResourceId(fields.title, taken), ...fields, updatedAt: nowInstant() };
      await db().localResources.add(row);
      await audit(SERVICE_EVENTS, by, 'library', `Library resource added: ${row.title}`, ['localResources']);
      return row;
    }),

  /** Refused with a `StaleWriteError` when the resource was changed since `baseRev` (another tab). */
  updateLocalResource: (id: string, fields: LocalResourceFields, baseRev: string, by: string) =>
    asPerson(by, [db().localResources, db().events], async () => {
      const before = await db().localResources.get(id);
      // A resource removed meanwhile (another tab, or a service pack import) must not look saved.
      if (!before) throw new RecordGoneError('This resource is no longer on this device');
      refuseIfStale(before, baseRev, Object.keys(fields));
      // Edited here, it is this device's own: a later service pack will not replace or remove it.
      const { fromPack: _fromPack, ...own } = before;
      const next: LocalResourceRow = { ...own, ...fields, updatedAt: nowInstant() };
      await db().localResources.put(next);
      await audit(SERVICE_EVENTS, by, 'library', `Library resource changed: ${fields.title}`, fieldChanges(before, next, 'localResources.'));
    }),

  /** A removed resource also leaves this device's bookmarks and recently viewed. */
  removeLocalResource: (id: string, by: string) =>
    asPerson(by, [db().localResources, db().bookmarks, db().recentResources, db().events], async () => {
      const row = await db().localResources.get(id);
      if (!row) return;
      await db().localResources.delete(id);
      await db().bookmarks.delete(id);
      await db().recentResources.delete(id);
      await audit(SERVICE_EVENTS, by, 'library', `Library resource removed: ${row.title}`, ['localResources']);
    }),

  /** The service's details and its own resources, as the JSON of a service pack file. */
  async exportServicePack(): Promise<{ fileName: string; json: string }> {
    const [service, resources] = await Promise.all([settingsRepo.serviceDetails(), db().localResources.orderBy('updatedAt').toArray()]);
    const exportedAt = nowInstant();
    const pack: ServicePack = { kind: SERVICE_PACK_KIND, version: SERVICE_PACK_VERSION, exportedAt, service, resources };
    return { fileName: `fostering-service-pack-${exportedAt.slice(0, 10)}.json`, json: JSON.stringify(pack, null, 2) };
  },

  /** Checks the whole file and says what importing it would change; nothing is saved. */
  async checkServicePack(text: string): Promise<PackCheck> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, problems: ['This file is not a fostering service pack: it is not a JSON file'] };
    }
    const result = validateServicePack(data, todayIso());
    if (!result.ok) return result;
    const [service, resources] = await Promise.all([settingsRepo.serviceDetails(), db().localResources.toArray()]);
    return { ok: true, pack: result.pack, plan: planServicePack(service, resources, result.pack) };
  },

  /**
   * Applies a checked pack in one transaction, planned again inside it so a resource written here
   * since the preview is still never replaced or removed. Removed resources leave bookmarks too.
   */
  async applyServicePack(pack: ServicePack, by: string): Promise<PackImport> {
    const tables = [db().settings, db().localResources, db().bookmarks, db().recentResources, db().events];
    const plan = await asPerson(by, tables, async () => {
      const plan = planServicePack(await settingsRepo.serviceDetails(), await db().localResources.toArray(), pack);
      await settingsRepo.saveServiceDetails(pack.service, by);
      const removed = plan.removed.map((r) => r.id);
      await db().localResources.bulkDelete(removed);
      await db().bookmarks.bulkDelete(removed);
      await db().recentResources.bulkDelete(removed);
      const written = [...plan.added, ...plan.changed.map((c) => c.after)].map((r): LocalResourceRow => ({ ...r, fromPack: true }));
      await db().localResources.bulkPut(written);
      await audit(SERVICE_EVENTS, by, 'library', `Service pack imported: ${plan.added.length} added, ${plan.changed.length} changed, ${plan.removed.length} removed`, ['localResources']);
      return plan;
    });
    return { ok: true, added: plan.added.length, changed: plan.changed.length, removed: plan.removed.length, serviceName: pack.service.name };
  },
};
