import { useEffect, useState } from 'preact/hooks';
import { endingText } from '../../domain/codes';
import { formatDate, todayIso } from '../../domain/dates';
import { holdWords } from '../../domain/hold';
import { daysInStage, type Household, type StaffMember } from '../../domain/household';
import { STAGE_LABELS } from '../../domain/stages';
import { DEADLINE_STATUS_LABELS, deadlineStatus, nextDeadline, type Deadline } from '../../domain/timescales';
import { householdsRepo, type HouseholdRecord } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { Tag } from '../components/Tag';
import { SelectField } from '../components/fields';
import { SaveFailed } from '../components/SaveFailed';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { byName } from '../current-user';

/** Where the household stands: its stage and, off the line, the stage it left at. */
function stageSummary(h: Household): string {
  const stage = STAGE_LABELS[h.stage];
  switch (h.state) {
    case 'active':
      return stage;
    case 'onHold':
      return `${stage}. ${holdWords(h.holdUntil, todayIso())}`;
    case 'withdrawn':
      return `Withdrawn at ${stage} (${endingText(h.outcomeCode)})`;
    case 'closed':
      return `Closed at ${stage}: ${endingText(h.outcomeCode)}`;
    case 'notApproved':
      return `Not approved at ${stage}`;
  }
}

function daysInStageText(h: Household, today: string): string {
  const days = daysInStage(h, today);
  if (days === undefined) return `Not counted: left on ${formatDate(h.lastMoveOn)}`;
  return `${days} ${days === 1 ? 'day' : 'days'} (since ${formatDate(h.stageEnteredOn)})`;
}

function NextDeadline({ household, deadlines, today }: { household: Household; deadlines: Deadline[]; today: string }) {
  const next = nextDeadline(household, deadlines);
  if (!next) return <>None open</>;
  const status = deadlineStatus(next, today);
  return (
    <>
      {next.label}: {formatDate(next.dueOn)} <Tag tone={status}>{DEADLINE_STATUS_LABELS[status]}</Tag>
    </>
  );
}

function WorkerForm({ household, staff, onDone }: { household: Household; staff: StaffMember[]; onDone: () => void }) {
  const [workerId, setWorkerId] = useState(household.workerId ?? '');
  const [failed, setFailed] = useState<string>();
  const guard = useRevisionGuard(household);
  const choices = staff.filter((s) => s.active || s.id === household.workerId);
  useEffect(() => document.getElementById('worker')?.focus(), []);
  const save = async (e: Event) => {
    e.preventDefault();
    setFailed(undefined);
    guard.clear();
    try {
      await householdsRepo.updateHousehold(household.id, { patch: { workerId: workerId || undefined }, baseRev: guard.base }, byName(), 'Worker assigned');
      onDone();
    } catch (error) {
      if (!guard.refused(error)) setFailed(writeErrorMessage(error, 'The worker'));
    }
  };
  return (
    <form noValidate onSubmit={save}>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="worker-stale" />}
      <SaveFailed message={failed} id="worker-failed" />
      <SelectField
        id="worker"
        label="Worker"
        value={workerId}
        onChange={setWorkerId}
        placeholder="Not assigned"
        options={choices.map((s) => ({ value: s.id, label: s.name }))}
      />
      <div class="button-group">
        <button type="submit" class="button">
          Save worker
        </button>
        <button type="button" class="link-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function Summary({
  record,
  deadlines,
  staff,
  today,
}: {
  record: HouseholdRecord;
  deadlines: Deadline[];
  staff: StaffMember[];
  today: string;
}) {
  const { household, details } = record;
  const [editingWorker, setEditingWorker] = useState(false);
  const worker = staff.find((s) => s.id === household.workerId);
  const rows: SummaryRow[] = [
    { key: 'Stage', value: stageSummary(household) },
    { key: 'Days in stage', value: daysInStageText(household, today) },
    { key: 'Next deadline', value: <NextDeadline household={household} deadlines={deadlines} today={today} /> },
    {
      key: 'Worker',
      value: editingWorker ? (
        <WorkerForm household={household} staff={staff} onDone={() => setEditingWorker(false)} />
      ) : (
        worker?.name ?? 'Not assigned'
      ),
      action: editingWorker ? undefined : { label: 'Change', hidden: 'worker', onClick: () => setEditingWorker(true) },
    },
  ];
  if (details.enquiryNotes) rows.push({ key: 'Notes at enquiry', value: <span class="pre-line">{details.enquiryNotes}</span> });
  return <SummaryList rows={rows} />;
}
