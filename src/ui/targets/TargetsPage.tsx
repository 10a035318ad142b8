import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetPlanRow } from '../../data/db';
import { ownFiguresRepo } from '../../data/repositories/own-figures';
import { todayIso } from '../../domain/dates';
import { ownFigures } from '../../domain/own-figures';
import { NEED_CATEGORY_KEYS, needField, needsByCategory } from '../../domain/need-categories';
import { parseNeedsForm } from '../../domain/need-categories-form';
import { planRecruitment, type RecruitmentInputs, type RecruitmentPlan } from '../../domain/recruitment';
import { recruitmentInputsFor, requiredLineWithLeadTime, withAssumptions, type CalculatorInputs } from '../../domain/target-assumptions';
import { targetMarchYear } from '../../domain/target-sentences';
import { TARGET_INPUTS, parseTargetsForm, type TargetErrors } from '../../domain/targets-form';
import { decodeTargetsQuery, encodeTargetsQuery } from '../../domain/targets-url';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { Assumptions } from './Assumptions';
import { NeedInputs, needInputId } from './NeedInputs';
import { NeedsResults } from './NeedsResults';
import { Notice, type NoticeMessage } from './Notice';
import { PlanResults } from './PlanResults';
import { PrintFigures } from './PrintFigures';
import { SavedScenarios, type CurrentFigures } from './SavedScenarios';
import { TargetInputs, inputId } from './TargetInputs';
import { defaultState, fromLink, fromScenario, recordKeys, typed, typedNeed, withOwnFigures, type TargetsState } from './targets-state';
import { TrajectoryChart } from './TrajectoryChart';
import { TrajectoryTable } from './TrajectoryTable';

interface ValidPlan {
  all: CalculatorInputs;
  /** The design's inputs as the formulas take them, kinship left out when the switch says so. */
  inputs: RecruitmentInputs;
  plan: RecruitmentPlan;
}

const NEED_FIELDS = NEED_CATEGORY_KEYS.flatMap((c) => (['inHouse', 'agency'] as const).map((side) => ({ c, side })));

function ownFiguresMessage(filled: number, at: number): NoticeMessage {
  if (filled === 0) {
    return {
      tone: 'warning',
      at,
      text: 'This app does not hold enough records of the last 12 months for any figure yet, so the source documents’ figures are kept. Each figure says why.',
    };
  }
  return {
    tone: 'success',
    at,
    text: `${filled} figure${filled === 1 ? '' : 's'} filled from this service’s records of the last 12 months. Where the records hold too little, the source documents’ figure is kept and the figure says why. Children in agency placements are typed in.`,
  };
}

/** The page keeps its figures in the address, replacing the entry as people type so Back still leaves the page. */
function useFiguresInAddress(query: string | undefined): void {
  useEffect(() => {
    if (query === undefined) return;
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
  }, [query]);
}

/**
 * Recruitment targets: how many households to approve, and enquiries to find, to reach the
 * in-house share the service wants by when it wants it; what today's rate gives instead; what
 * closing the gap saves. Everything is worked out on this device, so it works offline.
 */
export default function TargetsPage() {
  const today = todayIso();
  const [state, setState] = useState<TargetsState>(() => fromLink(decodeTargetsQuery(location.search)));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | undefined>();
  const lastValid = useRef<ValidPlan | undefined>(undefined);

  const parsed = useMemo(() => parseTargetsForm(state.form, state.leaveOutKinship), [state.form, state.leaveOutKinship]);
  // Categories are checked against the placements counted; until those read, only the fields themselves.
  const needs = useMemo(() => {
    if (!parsed.ok) return parseNeedsForm(state.needs, Infinity, Infinity);
    const counted = recruitmentInputsFor(withAssumptions(parsed.inputs));
    const inHouse = state.leaveOutKinship ? counted.inHousePlaces - parsed.inputs.kinshipPlaces : counted.inHousePlaces;
    return parseNeedsForm(state.needs, inHouse, counted.ifaPlaces);
  }, [parsed, state.needs, state.leaveOutKinship]);
  const all: CalculatorInputs | undefined =
    parsed.ok && needs.ok ? { ...parsed.inputs, leaveOutKinship: state.leaveOutKinship, needs: needs.needs } : undefined;
  const result = all ? planRecruitment(recruitmentInputsFor(all)) : undefined;
  if (all && result?.ok) lastValid.current = { all, inputs: recruitmentInputsFor(all), plan: result.plan };
  const errors: TargetErrors = { ...(parsed.ok ? {} : parsed.errors), ...(result && !result.ok ? result.errors : {}) };
  const needErrors = needs.ok ? {} : needs.errors;
  const summary = [
    ...TARGET_INPUTS.filter((i) => errors[i.key]).map((i) => ({ field: inputId(i.key), message: errors[i.key]! })),
    ...NEED_FIELDS.filter(({ c, side }) => needErrors[needField(c, side)]).map(({ c, side }) => ({
      field: needInputId(c, side),
      message: needErrors[needField(c, side)]!,
    })),
  ];
  const ok = all !== undefined && result?.ok === true;
  usePageTitle('Recruitment targets', summary.length > 0);
  useFiguresInAddress(all ? encodeTargetsQuery({ inputs: all, fromRecords: recordKeys(state) }) : undefined);

  const current: CurrentFigures = all
    ? { ok: true, inputs: all, targetYear: targetMarchYear(today, all.yearsToTarget) }
    : { ok: false, firstErrorField: summary[0]!.field };

  const fillOwnFigures = async () => {
    setBusy(true);
    try {
      const figures = ownFigures(await ownFiguresRepo.lastYear(today));
      setState((s) => withOwnFigures(s, figures));
      setNotice(ownFiguresMessage(Object.values(figures).filter((f) => f.source === 'records').length, Date.now()));
    } catch {
      setNotice({ tone: 'warning', at: Date.now(), text: 'This service’s records could not be read from this device’s storage. The figures are unchanged.' });
    } finally {
      setBusy(false);
    }
  };

  const open = (row: TargetPlanRow) => {
    setState(fromScenario(withAssumptions(row.inputs), row.name));
    setNotice({ tone: 'success', at: Date.now(), text: `Opened the scenario “${row.name}”. Its figures are in the form and the results show its plan.` });
  };

  const shown = lastValid.current;
  const withLeadTime = shown && requiredLineWithLeadTime(shown.inputs, shown.plan, shown.all.leadTimeMonths);
  // The chart and its table draw the required rate as it can arrive: after the lead time.
  const shownWithLeadTime = shown && withLeadTime && { ...shown.plan, requiredTrajectory: withLeadTime };
  return (
    <div class="targets-page">
      <PageHeading>Recruitment targets</PageHeading>
      <p class="targets-intro">
        How many households the service needs to approve, and how many enquiries that takes, to reach its target share of children
        in in-house foster placements. Change any figure and the results follow. The page’s address holds the figures, so you can
        send it as a link.
      </p>
      {notice && <Notice key={notice.at} message={notice} />}
      <ErrorSummary live id="targets-errors" errors={summary} />
      <div class="targets-layout">
        <TargetInputs
          state={state}
          errors={errors}
          extraHints={current.ok ? { yearsToTarget: `That is by March ${current.targetYear}.` } : {}}
          onInput={(key, text) => setState((s) => typed(s, key, text))}
          onUseOwnFigures={() => void fillOwnFigures()}
          onReset={() => {
            setState(defaultState());
            setNotice(undefined);
          }}
          busy={busy}
          leaveOutKinship={state.leaveOutKinship}
          onLeaveOutKinship={(on) => setState((s) => ({ ...s, leaveOutKinship: on }))}
        >
          <NeedInputs needs={state.needs} errors={needErrors} onInput={(c, side, text) => setState((s) => typedNeed(s, c, side, text))} />
        </TargetInputs>
        {shown && <PlanResults inputs={shown.inputs} plan={shown.plan} today={today} stale={!ok} />}
      </div>
      {shown && (
        <Assumptions inputs={shown.inputs} assumptions={shown.all} plan={shown.plan} withLeadTime={withLeadTime!} today={today} stale={!ok} />
      )}
      {shown && <NeedsResults needs={needsByCategory(shown.inputs, shown.all.needs)} plan={shown.plan} />}
      {shown && (
        <section class={`targets-trajectory${ok ? '' : ' targets-results--stale'}`} aria-labelledby="targets-trajectory-heading">
          <h2 id="targets-trajectory-heading">In-house share year by year</h2>
          <div class="targets-trajectory__body">
            <TrajectoryChart inputs={shown.inputs} plan={shownWithLeadTime!} today={today} />
            <TrajectoryTable inputs={shown.inputs} plan={shownWithLeadTime!} today={today} />
          </div>
          <button type="button" class="button button--secondary" onClick={() => print()}>
            Print a board summary
          </button>
        </section>
      )}
      {shown && <PrintFigures inputs={shown.all} sources={state.sources} />}
      <SavedScenarios current={current} onOpen={open} />
    </div>
  );
}
