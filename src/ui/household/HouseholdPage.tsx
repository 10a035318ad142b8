import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { HOUSEHOLD_KINDS } from '../../domain/codes';
import { todayIso } from '../../domain/dates';
import { holdWords } from '../../domain/hold';
import type { Household } from '../../domain/household';
import { householdDeadlines } from '../../domain/timescales';
import { householdPageData, type HouseholdPageData } from '../../data/repositories/household-record';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { SuccessBanner } from '../components/SuccessBanner';
import { Tag } from '../components/Tag';
import { AppointmentsSection } from './AppointmentsSection';
import { AssessmentSection } from './AssessmentSection';
import { ChecksSection } from './ChecksSection';
import { MovePanel } from './MovePanel';
import { NotesSection } from './NotesSection';
import { PeopleSection } from './PeopleSection';
import { StageTaskList } from './StageTaskList';
import { knownPanelDate, missingChecks } from '../../domain/checks';
import { Summary } from './Summary';
import { DetailsSection } from './DetailsSection';
import { useLiveQuery } from '../components/use-live-query';
import { useShownMark } from '../components/shown-mark';
import { SummaryTimescales } from './SummaryTimescales';
import { Timeline } from './Timeline';
import { HouseholdMergeNotices } from '../merge/HouseholdMergeNotices';

type Load = { status: 'loading' } | { status: 'missing' } | { status: 'failed' } | { status: 'ready'; data: HouseholdPageData };

/**
 * Re-reads the record whenever anything it shows changes, in this tab or another. The answer
 * carries its id, so moving to another household shows "loading", never the last one's data.
 */
function useHouseholdPageData(id: string): Load {
  const live = useLiveQuery(async () => ({ id, data: await householdPageData(id) }), [id]);
  if (live.error !== undefined) return { status: 'failed' };
  if (!live.data || live.data.id !== id) return { status: 'loading' };
  return live.data.data ? { status: 'ready', data: live.data.data } : { status: 'missing' };
}

/** Which of the page's own forms are showing errors, for the "Error:" page title. */
function useFormErrors() {
  const [forms, setForms] = useState<string[]>([]);
  const report = useCallback(
    (form: string) => (has: boolean) => setForms((now) => (has ? (now.includes(form) ? now : [...now, form]) : now.filter((f) => f !== form))),
    [],
  );
  return { hasErrors: forms.length > 0, report };
}

function StateTags({ household: h }: { household: Household }) {
  return (
    <p class="tag-row">
      {h.state === 'onHold' && <Tag tone="onHold">{holdWords(h.holdUntil, todayIso())}</Tag>}
      {h.state === 'withdrawn' && <Tag tone="withdrawn">Withdrawn</Tag>}
      {h.state === 'closed' && <Tag tone="closed">Closed</Tag>}
      {h.state === 'notApproved' && <Tag tone="notApproved">Not approved</Tag>}
      {h.state === 'active' && h.stage === 'approved' && <Tag tone="met">Approved</Tag>}
      {h.kind === 'connected' && <Tag>{HOUSEHOLD_KINDS.connected}</Tag>}
      {h.isDemo === 1 && <Tag tone="demo">Demo</Tag>}
      {h.stage === 'approved' && <a href={`/carers/${h.id}`}>Carer household: tier, visits, reviews and training</a>}
    </p>
  );
}

function applicantNames(data: HouseholdPageData): string {
  const names = data.record.people.filter((p) => p.role === 'applicant').map((p) => p.name);
  return names.length ? names.join(' and ') : data.record.household.reference;
}

function Record({ data, saved, report }: { data: HouseholdPageData; saved: boolean; report: (form: string) => (has: boolean) => void }) {
  const { record, targets, staff } = data;
  const { household } = record;
  const today = todayIso();
  const onMoveErrors = useMemo(() => report('move'), [report]);
  const onNoteErrors = useMemo(() => report('note'), [report]);
  const onDetailsErrors = useMemo(() => report('details'), [report]);
  const deadlines = householdDeadlines(household, record.checks, targets, record.moves);
  const panelOn = knownPanelDate(household, record.appointments, today);
  // The banner is for the save just made: the address loses "?saved=1" so a reload does not say it again.
  useEffect(() => {
    if (saved) history.replaceState(history.state, '', location.pathname);
  }, [saved]);

  return (
    <>
      {saved && <SuccessBanner>Enquiry saved</SuccessBanner>}
      <PageHeading caption={household.reference}>{applicantNames(data)}</PageHeading>
      <StateTags household={household} />
      <HouseholdMergeNotices household={household} />
      <Summary record={record} deadlines={deadlines} staff={staff} today={today} />
      <DetailsSection record={record} onErrors={onDetailsErrors} />
      <StageTaskList
        record={record}
        unraisedChecks={missingChecks(data.checkTypes, record.people, record.checks, today).length}
        checkRules={{ types: data.checkTypes, today, panelOn }}
      />
      <MovePanel household={household} today={today} onErrors={onMoveErrors} namedChild={record.details.namedChild} />
      <SummaryTimescales household={household} deadlines={deadlines} today={today} />
      <ChecksSection record={record} today={today} panelOn={panelOn} />
      <AssessmentSection record={record} today={today} />
      <PeopleSection record={record} today={today} panelOn={panelOn} />
      <AppointmentsSection record={record} today={today} />
      <NotesSection householdId={household.id} onErrors={onNoteErrors} />
      <Timeline householdId={household.id} />
      <p class="no-print">
        <a href={`/households/${household.id}/record`}>Everything recorded about this household</a> (subject access, and deleting it early)
      </p>
    </>
  );
}

const TITLES = { loading: 'Household', missing: 'Household not found', failed: 'Household could not be read' } as const;

export default function HouseholdPage() {
  const { params, query } = useRoute();
  const id = params.id ?? '';
  const load = useHouseholdPageData(id);
  const { hasErrors, report } = useFormErrors();
  usePageTitle(load.status === 'ready' ? applicantNames(load.data) : TITLES[load.status], hasErrors);
  useShownMark('household:rendered', load.status === 'ready' && load.data);

  switch (load.status) {
    case 'loading':
      return <p class="loading">Loading the household…</p>;
    case 'missing':
      return (
        <>
          <PageHeading>Household not found</PageHeading>
          <p>
            There is no household with this address on this device. Find it in the <a href="/households">list of households</a>.
          </p>
        </>
      );
    case 'failed':
      return (
        <>
          <PageHeading>This household could not be read</PageHeading>
          <p>Your saved work is safe on this device. Reload the page to try again.</p>
        </>
      );
    case 'ready':
      return <Record key={id} data={load.data} saved={query.saved === '1'} report={report} />;
  }
}
