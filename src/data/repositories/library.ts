import type { LocalResourceFields } from '../../domain/library/local-resource';
import { RecordGoneError } from '../write-errors';
import { localResourceId } from '../../domain/library/local-resource';
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

export type PackImport = { ok: true; resources: number; serviceName: string } | { ok: false; problems: string[] };

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
      const next: LocalResourceRow = { ...before, ...fields, updatedAt: nowInstant() };
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

  /**
   * Checks the whole file first; only a good pack is saved, replacing the service's details and
   * local resources in one transaction. A bad file changes nothing.
   */
  async importServicePack(text: string, by: string): Promise<PackImport> {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, problems: ['This file is not a fostering service pack: it is not a JSON file'] };
    }
    const result = validateServicePack(data, todayIso());
    if (!result.ok) return result;
    const { service, resources } = result.pack;
    await asPerson(by, [db().settings, db().localResources, db().events], async () => {
      await settingsRepo.saveServiceDetails(service, by);
      await db().localResources.clear();
      await db().localResources.bulkPut(resources);
      await audit(SERVICE_EVENTS, by, 'library', `Service pack imported: ${resources.length} resource${resources.length === 1 ? '' : 's'}`, ['localResources']);
    });
    return { ok: true, resources: resources.length, serviceName: service.name };
  },
};
