import { useState } from 'preact/hooks';
import { validateNote } from '../../domain/validation/note';
import { useLiveQuery } from '../components/use-live-query';
import { notesRepo } from '../../data/repositories/notes';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextArea } from '../components/fields';
import { useFormDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { formatInstant } from './TimelineFormat';

const PAGE = 50;

function NoteForm({ householdId, onErrors }: { householdId: string; onErrors: (has: boolean) => void }) {
  const draft = useFormDraft(`note:${householdId}`, () => '');
  const text = draft.values;
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const result = validateNote(text);
    if (!result.ok) {
      setError(result.error);
      setStatus('');
      onErrors(true);
      return;
    }
    setBusy(true);
    try {
      await notesRepo.add(householdId, result.text, byName());
      await draft.discard();
      setError(undefined);
      setStatus('Note added');
      onErrors(false);
    } catch (error) {
      // The note stays in the box and in its draft.
      setError(writeErrorMessage(error, 'The note'));
      setStatus('');
      onErrors(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={submit} class="two-thirds">
      <ErrorSummary errors={error ? [{ field: 'note-text', message: error }] : []} id="note-errors" />
      <DraftNotice draft={draft} focusId="note-text" />
      <TextArea id="note-text" label="Add a note" rows={4} value={text} onInput={draft.change} error={error} />
      <button type="submit" class="button" aria-disabled={busy}>
        Add note
      </button>
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </form>
  );
}

/** Case notes with who wrote them and when, newest first. */
export function NotesSection({ householdId, onErrors }: { householdId: string; onErrors: (has: boolean) => void }) {
  const [limit, setLimit] = useState(PAGE);
  const notes = useLiveQuery(() => notesRepo.list(householdId, limit), [householdId, limit]);
  const list = notes.data;
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <NoteForm key={householdId} householdId={householdId} onErrors={onErrors} />
      {notes.error !== undefined ? (
        <p class="error-message">The notes could not be read. Reload the page to try again.</p>
      ) : list === undefined ? (
        <p class="muted">Loading notes…</p>
      ) : list.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <>
          <ul class="note-list">
            {list.map((n) => (
              <li class="note-list__item" key={n.id}>
                <p class="note-list__text">{n.text}</p>
                <p class="note-list__meta">
                  {n.by}, <time dateTime={n.at}>{formatInstant(n.at)}</time>
                </p>
              </li>
            ))}
          </ul>
          {list.length === limit && (
            <button type="button" class="button button--secondary" onClick={() => setLimit((n) => n + PAGE)}>
              Show earlier notes
            </button>
          )}
        </>
      )}
    </section>
  );
}
