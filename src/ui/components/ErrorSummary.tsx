import { useEffect, useRef } from 'preact/hooks';

export interface SummaryError {
  /** The id of the field the message belongs to; the link focuses it. */
  field: string;
  message: string;
}

/**
 * GOV.UK error summary: focused when it appears, each link moves focus to its field.
 * Callers also put each message beside its field.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
  id = 'error-summary',
  live = false,
}: {
  errors: SummaryError[];
  title?: string;
  /** Needed when one page can show more than one form's summary, so heading ids stay unique. */
  id?: string;
  /** Checked as the user types rather than on submit: taking focus would pull them out of the field. */
  live?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.field + e.message).join('|');
  useEffect(() => {
    if (errors.length && !live) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role={live ? 'region' : 'alert'} aria-labelledby={`${id}-title`}>
      <h2 class="error-summary__title" id={`${id}-title`}>
        {title}
      </h2>
      <ul class="error-summary__list">
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#${e.field}`}
              onClick={(ev) => {
                ev.preventDefault();
                const target = document.getElementById(e.field);
                target?.focus();
                target?.closest('.form-group')?.scrollIntoView({ block: 'start' });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
