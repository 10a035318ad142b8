import type { Note } from '../../domain/household';
import { RecordGoneError } from '../write-errors';
import { audit } from '../audit';
import { db, newId, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { householdTables } from './households';

export const notesRepo = {
  /** Adds a case note and its audit event together; the household's `updatedAt` marks the activity. */
  async add(householdId: string, text: string, by: string): Promise<Note> {
    return asPerson(by, householdTables(), async () => {
      const household = await db().households.get(householdId);
      if (!household) throw new RecordGoneError('This household no longer exists');
      const at = nowInstant();
      const note: Note = { id: newId(), householdId, at, by, text };
      await db().notes.add(note);
      await db().households.update(householdId, { updatedAt: at });
      await audit(householdId, by, 'note', 'Note added', ['notes'], at);
      return note;
    });
  },

  /** The household's notes, newest first, at most `limit` of them. */
  list: (householdId: string, limit = 50): Promise<Note[]> =>
    db().notes.where('[householdId+at]').between([householdId, ''], [householdId, '\uffff']).reverse().limit(limit).toArray(),
};
