import type { ComponentChildren } from 'preact';
import { daysBetween, formatDate, formatShortDate, todayIso, type IsoDate } from '../../domain/dates';
import { STAGE_LABELS } from '../../domain/stages';
import type { HouseholdSummary } from '../../data/repositories/pipeline';
import { UPCOMING_DAYS, todayRepo, type Section } from '../../data/repositories/today';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { Tag } from '../components/Tag';
import { daysText } from '../pipeline/StatusTags';
import { useLiveQuery } from '../components/use-live-query';
import { OpenConflictsNotice } from '../merge/OpenConflictsNotice';
import { BackupReminderNotice } from './BackupReminderNotice';
import { TurningEighteenNotice } from './TurningEighteenNotice';
import { AT_RISK_DAYS, OVERDUE_CHECK_WEEKS } from '../../domain/settings';
import { WARN_DAYS } from '../../domain/temporary-approval';

/** Rows per section; the rest are a link away. */
const SECTION_LIMIT = 10;

/** `null` when the device holds no households at all. */
async function loadToday(today: IsoDate) {
  if (!(await todayRepo.hasHouseholds())) return null;
  const [deadlines, temporary, checks, meetings, holds] = await Promise.all([
    todayRepo.breachedAndAtRisk(today, SECTION_LIMIT),
    todayRepo.temporaryApprovals(today, SECTION_LIMIT),
    todayRepo.overdueChecks(today, SECTION_LIMIT),
    todayRepo.upcomingPanelsAndDecisions(today, SECTION_LIMIT),
    todayRepo.holdsEnded(today, SECTION_LIMIT),
  ]);
  return { ...deadlines, temporary, checks, meetings, holds };
}

function HouseholdLink({ household: h }: { household: HouseholdSummary }) {
  return (
    <a href={`/households/${h.id}`}>
      {h.reference} {h.names}
    </a>
  );
}

function TodaySection<T>(props: {
  id: string;
  title: string;
  section: Section<T>;
  empty: string;
  more?: { href: string; label: string };
  children: (items: T[]) => ComponentChildren;
}) {
  const { id, title, section, empty, more } = props;
  return (
    <section aria-labelledby={id} class="today-section">
      <h2 id={id}>
        {title} <span class="today-section__count">({section.total})</span>
      </h2>
      {section.total === 0 ? <p>{empty}</p> : props.children(section.items)}
      {section.total > section.items.length && (
        <p>
          {more ? <a href={more.href}>{more.label}</a> : `Showing the first ${section.items.length} of ${section.total}.`}
        </p>
      )}
    </section>
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
                      <Tag tone="onHold">On hold</Tag>
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

export default function TodayPage() {
  usePageTitle('Today');
  const today = todayIso();
  const { data, error } = useLiveQuery(() => loadToday(today), [today]);
  let body: ComponentChildren;
  if (error) body = <p class="error-message">Today's lists could not be read from this device's storage. Reload the page to try again.</p>;
  else if (data === undefined) body = <p class="loading">Loading…</p>;
  else if (data === null) body = <NoHouseholds />;
  else {
    body = (
      <>
        <TodaySection
          id="breached"
          title="Breached timescales"
          section={data.breached}
          empty="No breached timescales"
          more={{ href: '/households?status=breached', label: `See all ${data.breached.total} breached` }}
        >
          {(rows) => <DeadlineTable caption="Breached timescales" rows={rows} today={today} overdue />}
        </TodaySection>
        <TodaySection
          id="at-risk"
          title={`At risk (due within ${AT_RISK_DAYS} days)`}
          section={data.atRisk}
          empty="No timescales at risk"
          more={{ href: '/households?status=atRisk', label: `See all ${data.atRisk.total} at risk` }}
        >
          {(rows) => <DeadlineTable caption="At risk" rows={rows} today={today} overdue={false} />}
        </TodaySection>
        <TodaySection
          id="temporary-approvals"
          title="Temporary approvals ending or lapsed"
          section={data.temporary}
          empty={`No temporary approvals end in the next ${WARN_DAYS[0] / 7} weeks`}
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
        <TodaySection id="overdue-checks" title={`Checks outstanding over ${OVERDUE_CHECK_WEEKS} weeks`} section={data.checks} empty={`No checks outstanding over ${OVERDUE_CHECK_WEEKS} weeks`}>
          {(rows) => (
            <div class="table-wrap">
              <table class="table table--stack household-table">
                <caption class="visually-hidden">Checks outstanding over {OVERDUE_CHECK_WEEKS} weeks</caption>
                <thead>
                  <tr>
                    <th scope="col">Household</th>
                    <th scope="col">Check</th>
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
        <TodaySection
          id="holds-ended"
          title="Holds that have ended"
          section={data.holds}
          empty="No holds have ended"
          more={{ href: '/households?stage=onHold', label: `See all ${data.holds.total} on hold` }}
        >
          {(rows) => (
            <ul class="today-list">
              {rows.map((h) => (
                <li key={h.id}>
                  <HouseholdLink household={h} />: on hold at {STAGE_LABELS[h.stage]} until {formatShortDate(h.holdUntil)}
                  {h.daysInStage !== undefined && <span class="muted"> ({daysText(h.daysInStage)} in stage)</span>}
                </li>
              ))}
            </ul>
          )}
        </TodaySection>
      </>
    );
  }
  return (
    <>
      <PageHeading>Today</PageHeading>
      <p class="today-date">{formatDate(today)}</p>
      <OpenConflictsNotice />
      <BackupReminderNotice />
      <TurningEighteenNotice />
      <p>
        <a href="/enquiries/new" class="button">
          Record a new enquiry
        </a>
      </p>
      {body}
    </>
  );
}
