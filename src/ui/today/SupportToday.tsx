import type { ComponentChildren } from 'preact';
import { formatShortDate, type IsoDate } from '../../domain/dates';
import { EXTRA_REVIEW_REASONS } from '../../domain/support/reviews';
import { MEETING_GAP_DAYS } from '../../domain/support/constellation';
import { REVIEW_AHEAD_WEEKS } from '../../domain/support/follow-ups';
import { supportTodayRepo, type SupportList } from '../../data/repositories/support-today';
import { Tag } from '../components/Tag';
import { useLiveQuery } from '../components/use-live-query';
import { daysText } from '../pipeline/StatusTags';

/** Rows per list; the count says how many there are in all. */
const LIMIT = 10;

function CarerLink({ row }: { row: { householdId: string; reference: string; names: string } }) {
  return (
    <a href={`/carers/${row.householdId}`}>
      {row.reference} {row.names}
    </a>
  );
}

function SupportList<T>(props: { id: string; title: string; list: SupportList<T>; empty: string; more?: string; children: (row: T) => ComponentChildren }) {
  const { id, title, list } = props;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} <span class="today-section__count">({list.total})</span>
      </h3>
      {list.total === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul class="today-list">
          {list.items.map((row, i) => (
            <li key={i}>{props.children(row)}</li>
          ))}
        </ul>
      )}
      {list.total > list.items.length && (
        <p>
          {props.more ? (
            <a href={props.more}>
              See all {list.total}
              <span class="visually-hidden"> {title.toLowerCase()}</span>
            </a>
          ) : (
            `The ${list.items.length} due longest are shown, of ${list.total}.`
          )}
        </p>
      )}
    </section>
  );
}

const Due = ({ overdue, dueOn }: { overdue: boolean; dueOn: IsoDate }) =>
  overdue ? (
    <>
      <Tag tone="breached">Overdue</Tag> since {formatShortDate(dueOn)}
    </>
  ) : (
    <>due {formatShortDate(dueOn)}</>
  );

/**
 * Today's section for support staff: what to do next for approved carers. Its own chunk, loaded
 * after the recruitment lists, so the first screen carries none of its code.
 */
export default function SupportToday({ today, workerId }: { today: IsoDate; workerId: string | undefined }) {
  const { data, error } = useLiveQuery(() => supportTodayRepo.load(today, workerId, LIMIT), [today, workerId]);
  if (error) return <p class="error-message">Support for approved carers could not be read from this device's storage. Reload the page to try again.</p>;
  if (data === undefined) return <p class="loading">Loading support for approved carers…</p>;
  if (!data.anyCarers) return null;
  return (
    <section aria-labelledby="support" class="today-section">
      <h2 id="support">Approved carers</h2>
      <SupportList id="support-reviews" title={`Reviews overdue or due in the next ${REVIEW_AHEAD_WEEKS} weeks`} list={data.reviews} empty="No reviews due" more="/carers?review=due">
        {(r) => (
          <>
            <CarerLink row={r} />: {r.toPanel ? 'first review (goes to panel)' : 'annual review'} <Due overdue={r.overdue} dueOn={r.dueOn} />
          </>
        )}
      </SupportList>
      <SupportList id="support-extra-reviews" title="Extra reviews after an allegation or a significant change" list={data.extraReviews} empty="No extra reviews called">
        {(r) => (
          <>
            <CarerLink row={r} />: {EXTRA_REVIEW_REASONS[r.reason].toLowerCase()} on {formatShortDate(r.calledOn)}, review <Due overdue={r.overdue} dueOn={r.dueOn} />
          </>
        )}
      </SupportList>
      <SupportList id="support-visits" title="Supervision visits overdue" list={data.visits} empty="No supervision visits overdue">
        {(v) => (
          <>
            <CarerLink row={v} />: due {formatShortDate(v.dueOn)}, {daysText(v.daysOverdue)} ago
          </>
        )}
      </SupportList>
      <SupportList id="support-meetings" title={`Constellations without a peer support meeting for over ${MEETING_GAP_DAYS} days`} list={data.meetings} empty="Every constellation has met this month">
        {(m) => (
          <>
            <a href={`/constellations/${m.constellationId}`}>{m.name}</a>: {m.daysSince === undefined ? 'no peer support meeting held yet' : `${daysText(m.daysSince)} since the last`}
          </>
        )}
      </SupportList>
      <SupportList id="support-keep" title="KEEP phone checks due" list={data.keepCalls} empty="No KEEP phone checks due">
        {(k) => (
          <>
            <CarerLink row={k} /> in <a href={`/keep-groups/${k.groupId}`}>{k.groupName}</a>: {k.lastCallOn ? `last rung ${formatShortDate(k.lastCallOn)}` : 'not rung yet'}, due {formatShortDate(k.dueOn)}
          </>
        )}
      </SupportList>
    </section>
  );
}
