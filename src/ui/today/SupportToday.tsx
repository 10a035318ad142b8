import type { ComponentChildren } from 'preact';
import { formatShortDate, type IsoDate } from '../../domain/dates';
import { EXTRA_REVIEW_REASONS } from '../../domain/support/reviews';
import { DUE_SOON_DAYS } from '../../domain/support/due';
import { NO_CONTACT_WEEKS } from '../../domain/support/supervision';
import { REVIEW_AHEAD_WEEKS } from '../../domain/support/follow-ups';
import { supportTodayRepo, type SupportList } from '../../data/repositories/support-today';
import { Tag } from '../components/Tag';
import { useShownMark } from '../components/shown-mark';
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
 * Today's section for support staff: what to do next for approved carers. Its own chunk, fetched
 * once the page shows, so the first screen carries none of its code. It reads beside the
 * recruitment lists but shows only after them (`after`), so nothing moves above what is read first.
 */
export default function SupportToday({ today, workerId, after }: { today: IsoDate; workerId: string | undefined; after: boolean }) {
  const { data, error } = useLiveQuery(() => supportTodayRepo.load(today, workerId, LIMIT), [today, workerId]);
  useShownMark('support-today:rendered', after && data);
  if (!after) return null;
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
      <SupportList id="support-tsd" title={`TSD standards overdue or due in the next ${DUE_SOON_DAYS} days`} list={data.tsd} empty="No TSD standards due" more="/carers?tsd=due">
        {(t) => (
          <>
            <CarerLink row={t} />: {t.connected ? 'connected person, 18 months' : '12 months'} from approval, <Due overdue={t.overdue} dueOn={t.dueOn} />
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
      <SupportList id="support-quiet" title={`No contact in ${NO_CONTACT_WEEKS} weeks`} list={data.quiet} empty={`Every household has had a visit in the last ${NO_CONTACT_WEEKS} weeks`}>
        {(q) => (
          <>
            <CarerLink row={q} />: last visit or approval {formatShortDate(q.lastContactOn)}
          </>
        )}
      </SupportList>
      <SupportList id="support-vacancies" title="Vacancies: places approved but not in use" list={data.vacancies} empty="No vacant places" more="/carers?vacancy=yes">
        {(v) => (
          <>
            <CarerLink row={v} />: {v.vacant} of {v.approved} {v.approved === 1 ? 'place' : 'places'} vacant
          </>
        )}
      </SupportList>
      <SupportList id="support-resignations" title="Resignations taking effect" list={data.resignations} empty="No resignations waiting to take effect">
        {(r) => (
          <>
            <CarerLink row={r} />: notice {formatShortDate(r.noticeOn)}, leaves the register {r.daysLeft === 0 ? 'today' : `${formatShortDate(r.dueOn)}, in ${daysText(r.daysLeft)}`}
          </>
        )}
      </SupportList>
      <SupportList id="support-constellations" title="Constellations out of range" list={data.constellations} empty="Every constellation is within the model" more="/constellations">
        {(c) => (
          <>
            <a href={`/constellations/${c.constellationId}`}>{c.name}</a>: {c.warnings.join('; ')}
          </>
        )}
      </SupportList>
      <SupportList id="support-keep-attendance" title={`KEEP groups with attendance below ${data.keepCompletionPercent}%`} list={data.keepAttendance} empty="No KEEP group with low attendance" more="/keep-groups">
        {(k) => (
          <>
            <a href={`/keep-groups/${k.groupId}`}>{k.groupName}</a>: {k.rate}% of places filled over {k.held} {k.held === 1 ? 'session' : 'sessions'}
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
