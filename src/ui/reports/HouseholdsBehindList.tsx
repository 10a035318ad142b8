import { useEffect, useRef } from 'preact/hooks';
import { reportsRepo } from '../../data/repositories/reports';
import { standingText } from '../../domain/stages';
import { useLiveQuery } from '../components/use-live-query';

/** The households behind one count in a report: reference and names, each linking to the record. */
export function HouseholdsBehindList(props: { title: string; households: readonly string[]; today: string; onClose: () => void }) {
  const { title, households, today } = props;
  const { data, error } = useLiveQuery(() => reportsRepo.householdsBehind(households, today), [households, today]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <div class="reports-behind">
      <h3 tabIndex={-1} ref={heading}>
        Households behind this number: {title}
      </h3>
      {error ? (
        <p class="error-message">These households could not be read from this device's storage.</p>
      ) : !data ? (
        <p class="loading">Loading…</p>
      ) : (
        <>
          <ul class="reports-behind__list">
            {data.rows.map((h) => (
              <li key={h.id}>
                <a href={`/households/${h.id}`}>
                  {h.reference} {h.names}
                </a>{' '}
                <span class="muted">
                  {standingText(h.stage, h.state)}
                </span>
              </li>
            ))}
          </ul>
          {data.total > data.rows.length && <p>Showing the first {data.rows.length} of {data.total}.</p>}
        </>
      )}
      <button type="button" class="button button--secondary" onClick={props.onClose}>
        Close this list
      </button>
    </div>
  );
}
