import type { ComponentChildren } from 'preact';

export interface SummaryRow {
  key: string;
  value: ComponentChildren;
  action?: { href?: string; onClick?: () => void; label: string; hidden: string; id?: string };
}

/** GOV.UK summary list; each action's hidden text says what it changes. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((r) => (
        <div class="summary-list__row" key={r.key}>
          <dt>{r.key}</dt>
          <dd>{r.value}</dd>
          <dd class="summary-list__actions">
            {r.action &&
              (r.action.href ? (
                <a href={r.action.href}>
                  {r.action.label}{' '}
                  <span class="visually-hidden">{r.action.hidden}</span>
                </a>
              ) : (
                <button type="button" class="link-button" id={r.action.id} onClick={r.action.onClick}>
                  {r.action.label}{' '}
                  <span class="visually-hidden">{r.action.hidden}</span>
                </button>
              ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
