import type { ComponentChildren, ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { daysBetween, formatDate, formatShortDate, todayIso, type IsoDate } from '../../domain/dates';
import { STAGE_LABELS } from '../../domain/stages';
import type { HouseholdSummary } from '../../data/repositories/pipeline';
import { UPCOMING_DAYS, todayRepo, type Section, type TodayFilter } from '../../data/repositories/today';
import { settingsRepo } from '../../data/repositories/settings';
import { holdWords } from '../../domain/hold';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { Tag } from '../components/Tag';
import { daysText } from '../pipeline/StatusTags';
import { useAnswered } from '../components/use-answered';
import { useLiveQuery } from '../components/use-live-query';
import { useShownMark } from '../components/shown-mark';
import { OpenConflictsNotice } from '../merge/OpenConflictsNotice';
import { BackupReminderNotice } from './BackupReminderNotice';
import { StaleDeadlinesNotice } from '../components/StaleDeadlinesNotice';
import { TurningEighteenNotice } from './TurningEighteenNotice';
import { OVERDUE_CHECK_WEEKS } from '../../domain/settings';
import { WARN_DAYS } from '../../domain/temporary-approval';
import { currentUser } from '../current-user';
import { CaseloadTable } from './CaseloadTable';
import { OverdueCheckFilters } from './OverdueCheckFilters';
import { lazyPart } from '../components/LazyPart';
import { readTodayQuery, todayUrl, type SectionId, type TodayQuery } from './today-url';

/** Rows per section on Today; the rest open in full. */
const SECTION_LIMIT = 10;

/** Support staff's section: its code comes in a chunk of its own, after the first screen. */
const SupportToday = lazyPart(() => import('./SupportToday'), 'Support for approved carers');

/**
 * `null` when the device holds no households at all. With a section to show in full, that
 * section has every row and the others are neither read nor counted: they are not on screen.
 */
async function loadToday(today: IsoDate, show: SectionId | undefined, filter: TodayFilter) {
  const limit = show ? Infinity : SECTION_LIMIT;
  const read = <T,>(id: SectionId, load: (limit: number) => Promise<Section<T>>) => (!show || id === show ? load(limit) : undefined);
  // Asked beside the sections, not before them: on an empty device they are empty and cheap, and
  // waiting for the answer first cost every visit a round trip.
  const [any, breached, atRisk, temporary, checks, meetings, holds, targets] = await Promise.all([
    todayRepo.hasHouseholds(),
    read('breached', (n) => todayRepo.breached(today, n, filter)),
    read('at-risk', (n) => todayRepo.atRisk(today, n, filter)),
    read('temporary-approvals', (n) => todayRepo.temporaryApprovals(today, n, filter)),
    read('overdue-checks', (n) => todayRepo.overdueChecks(today, n, filter)),
    read('meetings', (n) => todayRepo.upcomingPanelsAndDecisions(today, n, filter)),
    read('holds-ended', (n) => todayRepo.holdsEnded(today, n, filter)),
    settingsRepo.localTargets(),
  ]);
  if (!any) return null;
  return { breached, atRisk, temporary, checks, meetings, holds, atRiskPercent: targets.atRiskPercent };
}

function HouseholdLink({ household: h }: { household: HouseholdSummary }) {
  return (
    <a href={`/households/${h.id}`}>
      {h.reference} {h.names}
    </a>
  );
}

function TodaySection<T>(props: {
  id: SectionId;
  title: string;
  /** Undefined when another section is shown in full. */
  section: Section<T> | undefined;
  empty: string;
  query: TodayQuery;
  /** Above the rows of the full list: its filters. */
  filters?: ComponentChildren;
  children: (items: T[]) => ComponentChildren;
}) {
  const { id, title, section, empty, query } = props;
  if (!section || (query.show && query.show !== id)) return null;
  return (
    <section aria-labelledby={id} class="today-section">
      <h2 id={id}>
        {title} <span class="today-section__count">({section.total})</span>
      </h2>
      {query.show && props.filters}
      {section.total === 0 ? <p>{empty}</p> : props.children(section.items)}
      {!query.show && section.total > section.items.length && (
        <p>
          <a href={todayUrl({ ...query, show: id })}>
            See all {section.total}
            <span class="visually-hidden"> {title.toLowerCase()}</span>
          </a>
        </p>
      )}
    </section>
  );
}

/** Mine | Everyone | By worker: whose work Today lists. */
function WhoseSwitch({ view }: { view: TodayQuery['view'] }) {
  const link = (to: TodayQuery['view'], label: string) => (
    <a href={todayUrl({ view: to })} aria-current={view === to ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <nav class="view-switch" aria-label="Whose work">
      {link('mine', 'Mine')}
      {link('everyone', 'Everyone')}
      {link('workers', 'By worker')}
    </nav>
  );
}

function DeadlineTable({ caption, rows, today, overdue }: { caption: string; rows: HouseholdSummary[]; today: IsoDate; overdue: boolean }) {
  return (
    <div class="table-wrap">
      <table class="table table--stack household-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Household</th>
            <th scope="col">Stage</th>
            <th scope="col">Deadline</th>
            <th scope="col">Due</th>
            <th scope="col" class="numeric">{overdue ? 'Overdue by' : 'Due in'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => {
            const days = h.nextDeadlineOn ? daysBetween(today, h.nextDeadlineOn) : undefined;
            return (
              <tr key={h.id}>
                <td>
                  <HouseholdLink household={h} />
                  {h.state === 'onHold' && (
                    <>
                      {' '}
                      <Tag tone="onHold">{holdWords(h.holdUntil, today, formatShortDate)}</Tag>
                    </>
                  )}
                </td>
                <td data-label="Stage">{STAGE_LABELS[h.stage]}</td>
                <td data-label="Deadline">{h.nextDeadlineLabel}</td>
                <td data-label="Due">{formatShortDate(h.nextDeadlineOn)}</td>
                <td class="numeric" data-label={overdue ? 'Overdue by' : 'Due in'}>{days === undefined ? '' : days === 0 ? 'Today' : daysText(Math.abs(days))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function NoHouseholds() {
  return (
    <>
      <h2>No households yet</h2>
      <p>
        Start by <a href="/enquiries/new">recording an enquiry</a>, or to try the app out,{' '}
        <a href="/settings">load demo data in Settings</a>.
      </p>
    </>
  );
}

type TodayData = NonNullable<Awaited<ReturnType<typeof loadToday>>>;

function Sections({ data, query, today }: { data: TodayData; query: TodayQuery; today: IsoDate }) {
  return (
    <>
      <TodaySection id="breached" title="Breached timescales" section={data.breached} empty="No breached timescales" query={query}>
        {(rows) => <DeadlineTable caption="Breached timescales" rows={rows} today={today} overdue />}
      </TodaySection>
      <TodaySection id="at-risk" title="At risk" section={data.atRisk} empty="No timescales at risk" query={query}>
        {(rows) => (
          <>
            <p class="hint">In the last {data.atRiskPercent}% of the time from each deadline's start to its due date.</p>
            <DeadlineTable caption="At risk" rows={rows} today={today} overdue={false} />
          </>
        )}
      </TodaySection>
      <TodaySection
        id="temporary-approvals"
        title="Temporary approvals ending or lapsed"
        section={data.temporary}
        empty={`No temporary approvals end in the next ${WARN_DAYS[0] / 7} weeks`}
        query={query}
      >
        {(rows) => (
          <ul class="today-list">
            {rows.map((t) => (
              <li key={t.household.id}>
                <HouseholdLink household={t.household} />
                {t.lapsed && (
                  <>
                    {' '}
                    <Tag tone="breached">Lapsed</Tag>
                  </>
                )}
                : {t.words}
              </li>
            ))}
          </ul>
        )}
      </TodaySection>
      <TodaySection
        id="overdue-checks"
        title={`Checks outstanding over ${OVERDUE_CHECK_WEEKS} weeks`}
        section={data.checks}
        empty={`No checks outstanding over ${OVERDUE_CHECK_WEEKS} weeks`}
        query={query}
        filters={<OverdueCheckFilters query={query} today={today} />}
      >
        {(rows) => (
          <div class="table-wrap">
            <table class="table table--stack household-table">
              <caption class="visually-hidden">Checks outstanding over {OVERDUE_CHECK_WEEKS} weeks</caption>
              <thead>
                <tr>
                  <th scope="col">Household</th>
                  <th scope="col">Check</th>
                  <th scope="col">Worker</th>
                  <th scope="col">Requested</th>
                  <th scope="col" class="numeric">Waiting</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.checkId}>
                    <td>
                      <HouseholdLink household={c.household} />
                    </td>
                    <td data-label="Check">{c.label}</td>
                    <td data-label="Worker">{c.household.workerName ?? <span class="muted">Not assigned</span>}</td>
                    <td data-label="Requested">{formatShortDate(c.awaitingSince)}</td>
                    <td class="numeric" data-label="Waiting">{c.weeksWaiting} weeks</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </TodaySection>
      <TodaySection
        id="meetings"
        title={`Panels and decisions in the next ${UPCOMING_DAYS} days`}
        section={data.meetings}
        empty={`No panels or decisions in the next ${UPCOMING_DAYS} days`}
        query={query}
      >
        {(rows) => (
          <ul class="today-list">
            {rows.map((m) => (
              <li key={m.key}>
                <strong>{formatShortDate(m.on)}</strong> {m.kind === 'panel' ? 'Panel' : 'Decision'}:{' '}
                <HouseholdLink household={m.household} />
              </li>
            ))}
          </ul>
        )}
      </TodaySection>
      <TodaySection id="holds-ended" title="Holds that have ended" section={data.holds} empty="No holds have ended" query={query}>
        {(rows) => (
          <ul class="today-list">
            {rows.map((h) => (
              <li key={h.id}>
                <HouseholdLink household={h} />: {holdWords(h.holdUntil, today, formatShortDate)} ({STAGE_LABELS[h.stage]})
                {h.daysInStage !== undefined && <span class="muted"> ({daysText(h.daysInStage)} in stage)</span>}
              </li>
            ))}
          </ul>
        )}
      </TodaySection>
    </>
  );
}

/** `held` keeps the lists back (their read goes on) until the notices above them are known. */
function WorkLists({ query, today, held, onRead }: { query: TodayQuery; today: IsoDate; held: boolean; onRead: () => void }) {
  const workerId = query.view === 'mine' ? currentUser.value?.id : query.worker || undefined;
  const filter: TodayFilter = { workerId, checkType: query.show === 'overdue-checks' ? query.checkType || undefined : undefined };
  const { data, error } = useLiveQuery(() => loadToday(today, query.show, filter), [today, query.show, filter.workerId, filter.checkType]);
  // Once the lists are on screen, which is after their read while the notices are still held back.
  useShownMark('today:lists', held ? undefined : data);
  useAnswered(data !== undefined || error !== undefined, onRead);
  // Asked for at once, beside the lists: after them, its reads added theirs to the wait.
  const support = !query.show && <SupportToday today={today} workerId={workerId} after={!!data && !held} />;
  const lists =
    error !== undefined ? (
      <p class="error-message">Today's lists could not be read from this device's storage. Reload the page to try again.</p>
    ) : data === undefined || held ? (
      <p class="loading">Loading…</p>
    ) : data === null ? (
      <NoHouseholds />
    ) : (
      <Sections data={data} query={query} today={today} />
    );
  return (
    <>
      {lists}
      {support}
    </>
  );
}

/**
 * Conflicts to settle, a backup due, stale due dates: drawn above the lists, which wait for each to
 * say it has answered. Listed here, so the lists wait for every notice drawn there and no other.
 */
const NOTICES_ABOVE_LISTS: ComponentType<{ onAnswered: () => void }>[] = [OpenConflictsNotice, BackupReminderNotice, StaleDeadlinesNotice];

export default function TodayPage() {
  usePageTitle('Today');
  useShownMark('today:heading', true);
  const today = todayIso();
  const query = readTodayQuery(useLocation().query);
  // Whether the lists shown now (Today's, or the caseloads) have been read: switching between them
  // draws "Loading…" again. The adult checks notice reads only then: asked alongside the lists, the
  // storage answered it first and the lists waited over 200 ms behind it at 10,000 households.
  const shows = query.view === 'workers' ? 'caseloads' : 'lists';
  const [read, setRead] = useState<typeof shows>();
  const listsRead = read === shows;
  // The notices above the lists and the lists show in one frame: a notice coming after the lists
  // moved them down as a person reached for one. Their reads are small, and asked for before the
  // lists' own, so the lists hardly wait for them.
  const [noticesAnswered, setNoticesAnswered] = useState(0);
  const noticeAnswered = () => setNoticesAnswered((n) => n + 1);
  const held = noticesAnswered < NOTICES_ABOVE_LISTS.length;
  return (
    <>
      <PageHeading>Today</PageHeading>
      <p class="today-date">{formatDate(today)}</p>
      <p>
        <a href="/enquiries/new" class="button">
          Record a new enquiry
        </a>
      </p>
      <WhoseSwitch view={query.view} />
      {query.show && (
        <p>
          <a href={todayUrl({ view: query.view })}>Back to all of today's lists</a>
        </p>
      )}
      {/* Once shown they stay while the other lists load, above them, moving nothing. */}
      <div hidden={held || read === undefined}>
        {NOTICES_ABOVE_LISTS.map((Notice, i) => (
          <Notice key={i} onAnswered={noticeAnswered} />
        ))}
      </div>
      {query.view === 'workers' ? (
        <CaseloadTable today={today} held={held} onRead={() => setRead('caseloads')} />
      ) : (
        <WorkLists query={query} today={today} held={held} onRead={() => setRead('lists')} />
      )}
      {/* Last: it reads after the lists and can take a while, and coming later it moves nothing below it. */}
      <TurningEighteenNotice read={listsRead && !held} />
    </>
  );
}
