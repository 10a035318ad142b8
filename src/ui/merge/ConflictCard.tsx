import { useState } from 'preact/hooks';
import { formatInstant } from '../household/TimelineFormat';
import { fieldInWords, RECORD_KINDS, valueInWords } from '../../domain/merge/words';
import { conflictsRepo, type OpenConflict } from '../../data/repositories/conflicts';
import { byName } from '../current-user';

interface Props {
  item: OpenConflict;
  staffName: (id: string) => string | undefined;
  onSettled: (message: string) => void;
}

/** One conflict: what it is about, each device's value with who set it and when, and the two choices. */
export function ConflictCard({ item, staffName, onSettled }: Props) {
  const { conflict: c, household, record } = item;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const field = fieldInWords(c.table, c.path);
  const here = valueInWords(c.table, c.path, c.local, staffName);
  const there = valueInWords(c.table, c.path, c.incoming, staffName);
  const headingId = `conflict-${c.id}`;
  const about = household ? `${household.reference}${household.names ? ` ${household.names}` : ''}` : (RECORD_KINDS[c.table] ?? 'Service record');

  const settle = async (choice: 'local' | 'incoming') => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await conflictsRepo.settle(c.id, choice, byName());
      if (result.ok) onSettled(`${field} for ${about}: ${choice === 'local' ? here : there} kept`);
      else setError(result.error);
    } catch {
      setError('The choice could not be saved on this device. Nothing was changed; try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card conflict" aria-labelledby={headingId}>
      <h2 id={headingId} class="conflict__title">
        {household ? <a href={`/households/${household.id}`}>{about}</a> : about}: {field}
      </h2>
      {record && <p class="muted">{record}</p>}
      <dl class="conflict__sides">
        <div>
          <dt>On this device</dt>
          <dd>
            <strong>{here}</strong>
            <span class="muted">
              {' '}
              by {c.localBy}, {formatInstant(c.localAt)}
            </span>
          </dd>
        </div>
        <div>
          <dt>On the other device</dt>
          <dd>
            <strong>{there}</strong>
            <span class="muted">
              {' '}
              by {c.incomingBy}, {formatInstant(c.incomingAt)}
            </span>
          </dd>
        </div>
      </dl>
      <p class="muted">Found in: {c.source}</p>
      {error && (
        <p class="error-message" role="alert">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="button" aria-disabled={busy} onClick={() => void settle('local')} aria-describedby={headingId}>
          Keep this device’s
        </button>
        <button type="button" class="button button--secondary" aria-disabled={busy} onClick={() => void settle('incoming')} aria-describedby={headingId}>
          Take the other device’s
        </button>
      </div>
    </section>
  );
}
