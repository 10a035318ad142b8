import { formatShortDate } from '../../domain/dates';
import type { Household } from '../../domain/household';
import { DEADLINE_STATUS_LABELS, deadlineApplies, deadlineStatus, type Deadline } from '../../domain/timescales';
import { Tag } from '../components/Tag';

const BASIS_LABELS = { national: 'National', local: 'Local' } as const;

/**
 * Every deadline that applies so far, national rules and local targets labelled apart. Once a
 * household has left the line, deadlines that would have fallen due later no longer apply; a
 * breach that happened before it left still shows.
 */
export function SummaryTimescales({ household, deadlines, today }: { household: Household; deadlines: Deadline[]; today: string }) {
  return (
    <section aria-labelledby="timescales-heading">
      <h2 id="timescales-heading">Timescales</h2>
      <div class="table-wrap">
        <table class="table table--stack">
          <caption class="visually-hidden">Every deadline for this household, with its source and status</caption>
          <thead>
            <tr>
              <th scope="col">Deadline</th>
              <th scope="col">Due</th>
              <th scope="col">Met</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((d) => {
              const status = deadlineStatus(d, today);
              return (
                <tr key={d.key}>
                  <th scope="row">
                    {d.label} <Tag tone={d.basis}>{BASIS_LABELS[d.basis]}</Tag>
                    <span class="table__hint">{d.source}</span>
                  </th>
                  <td data-label="Due">{formatShortDate(d.dueOn)}</td>
                  <td data-label="Met">{d.metOn ? formatShortDate(d.metOn) : 'Not yet'}</td>
                  <td data-label="Status">{deadlineApplies(household, d) ? <Tag tone={status}>{DEADLINE_STATUS_LABELS[status]}</Tag> : 'No longer applies'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
