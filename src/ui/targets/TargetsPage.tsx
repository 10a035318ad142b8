import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetPlanRow } from '../../data/db';
import { ownFiguresRepo } from '../../data/repositories/own-figures';
import { todayIso } from '../../domain/dates';
import { ownFigures } from '../../domain/own-figures';
import { planRecruitment, type RecruitmentErrors, type RecruitmentInputs, type RecruitmentPlan } from '../../domain/recruitment';
import { targetMarchYear } from '../../domain/target-sentences';
import { TARGET_INPUTS, parseTargetsForm } from '../../domain/targets-form';
import { decodeTargetsQuery, encodeTargetsQuery } from '../../domain/targets-url';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { Notice, type NoticeMessage } from './Notice';
import { PlanResults } from './PlanResults';
import { PrintFigures } from './PrintFigures';
import { SavedScenarios, type CurrentFigures } from './SavedScenarios';
import { TargetInputs, inputId } from './TargetInputs';
import { defaultState, fromLink, fromScenario, recordKeys, typed, withOwnFigures, type TargetsState } from './targets-state';
import { TrajectoryChart } from './TrajectoryChart';
import { TrajectoryTable } from './TrajectoryTable';

interface ValidPlan {
  inputs: RecruitmentInputs;
  plan: RecruitmentPlan;
}

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

  const parsed = useMemo(() => parseTargetsForm(state.form), [state.form]);
  const result = parsed.ok ? planRecruitment(parsed.inputs) : parsed;
  if (parsed.ok && result.ok) lastValid.current = { inputs: parsed.inputs, plan: result.plan };
  const errors: RecruitmentErrors = result.ok ? {} : result.errors;
  const errorKeys = TARGET_INPUTS.map((i) => i.key).filter((k) => errors[k]);
  usePageTitle('Recruitment targets', errorKeys.length > 0);
  useFiguresInAddress(parsed.ok ? encodeTargetsQuery({ inputs: parsed.inputs, fromRecords: recordKeys(state) }) : undefined);

  const current: CurrentFigures = parsed.ok
    ? { ok: true, inputs: parsed.inputs, targetYear: targetMarchYear(today, parsed.inputs.yearsToTarget) }
    : { ok: false, firstErrorField: inputId(errorKeys[0]!) };

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
    setState(fromScenario(row.inputs, row.name));
    setNotice({ tone: 'success', at: Date.now(), text: `Opened the scenario “${row.name}”. Its figures are in the form and the results show its plan.` });
  };

  const shown = lastValid.current;
  return (
    <div class="targets-page">
      <PageHeading>Recruitment targets</PageHeading>
      <p class="targets-intro">
        How many households the service needs to approve, and how many enquiries that takes, to reach its target share of children
        in in-house foster placements. Change any figure and the results follow. The page’s address holds the figures, so you can
        send it as a link.
      </p>
      {notice && <Notice key={notice.at} message={notice} />}
      <ErrorSummary live id="targets-errors" errors={errorKeys.map((k) => ({ field: inputId(k), message: errors[k]! }))} />
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
        />
        {shown && <PlanResults inputs={shown.inputs} plan={shown.plan} today={today} stale={!parsed.ok} />}
      </div>
      {shown && (
        <section class={`targets-trajectory${parsed.ok ? '' : ' targets-results--stale'}`} aria-labelledby="targets-trajectory-heading">
          <h2 id="targets-trajectory-heading">In-house share year by year</h2>
          <div class="targets-trajectory__body">
            <TrajectoryChart inputs={shown.inputs} plan={shown.plan} today={today} />
            <TrajectoryTable inputs={shown.inputs} plan={shown.plan} today={today} />
          </div>
          <button type="button" class="button button--secondary" onClick={() => print()}>
            Print a board summary
          </button>
        </section>
      )}
      {shown && <PrintFigures inputs={shown.inputs} sources={state.sources} />}
      <SavedScenarios current={current} onOpen={open} />
    </div>
  );
}
