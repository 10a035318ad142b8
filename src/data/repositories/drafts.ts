import { db, nowInstant } from '../db';

/**
 * Half-filled forms, one row per form, so a reload, a crash or a new app version never loses
 * what someone was typing. The value is whatever the form keeps; callers check its shape on reading.
 */
export const draftsRepo = {
  get: async (key: string): Promise<unknown> => (await db().drafts.get(key))?.value,
  put: async (key: string, value: unknown): Promise<void> => {
    await db().drafts.put({ key, value, savedAt: nowInstant() });
  },
  remove: (key: string): Promise<void> => db().drafts.delete(key),
  /** The keys of every draft whose key starts with `prefix`, such as one household's open forms. */
  keysStartingWith: (prefix: string): Promise<string[]> => db().drafts.where('key').startsWith(prefix).primaryKeys(),
};
