import { useState } from 'preact/hooks';
import { ConfirmStep } from '../components/ConfirmStep';
import { useLiveQuery } from '../components/use-live-query';
import { demoStatus, loadDemoData, removeDemoData } from '../../data/repositories/demo';
import { writeErrorMessage } from '../../data/write-errors';
import { askToKeepData } from '../../data/persistence';
import { SuccessBanner } from '../components/SuccessBanner';
import { byName } from '../current-user';

type Outcome = { kind: 'loaded' | 'removed'; count: number; at: number } | { kind: 'failed'; message: string };

function households(n: number): string {
  return `${n} demo household${n === 1 ? '' : 's'}`;
}

/** Loads or removes the synthetic households used for practice, training and demonstrations. */
export function DemoDataSection() {
  const count = useLiveQuery(demoStatus, []).data;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  /** True when the action went through. */
  const run = async (action: () => Promise<Outcome>): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      const result = await action();
      setOutcome(result);
      return result.kind !== 'failed';
    } catch (error) {
      setOutcome({ kind: 'failed', message: writeErrorMessage(error, 'The demo data') });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const load = () =>
    run(async () => {
      const result = await loadDemoData(byName());
      // The device now holds data worth keeping: ask the browser not to clear it.
      if (result.ok) void askToKeepData();
      return result.ok ? { kind: 'loaded', count: result.households, at: Date.now() } : { kind: 'failed', message: result.message };
    });
  const remove = () =>
    run(async () => {
      const result = await removeDemoData(byName());
      return { kind: 'removed', count: result.households, at: Date.now() };
    });

  return (
    <section class="settings-section" aria-labelledby="demo-data-heading">
      <h2 id="demo-data-heading">Demo data</h2>
      {outcome?.kind === 'loaded' && (
        <SuccessBanner key={outcome.at} focus>
          {households(outcome.count)} loaded
        </SuccessBanner>
      )}
      {outcome?.kind === 'removed' && (
        <SuccessBanner key={outcome.at} focus>
          Demo data removed: {households(outcome.count)} deleted
        </SuccessBanner>
      )}
      {outcome?.kind === 'failed' && (
        <p class="error-message" role="alert">
          {outcome.message}
        </p>
      )}
      <p>
        Demo data is about 60 made-up households spread over every stage and the last 18 months, for practice, training and
        showing the app. Every demo household is marked <strong class="tag tag--demo">Demo</strong> and has a reference starting
        with D. Names, phone numbers and email addresses are invented; no real family is described.
      </p>
      <p aria-live="polite">
        {count === undefined ? 'Checking for demo data…' : count === 0 ? 'No demo households are loaded.' : `${households(count)} ${count === 1 ? 'is' : 'are'} loaded.`}
      </p>
      {count === 0 && (
        <button type="button" class="button" aria-disabled={busy} onClick={() => void load()}>
          {busy ? 'Loading demo data…' : 'Load demo data'}
        </button>
      )}
      {count !== undefined && count > 0 && (
        <ConfirmStep
          openLabel="Remove demo data"
          openClass="button button--warning"
          confirmLabel="Yes, remove demo data"
          busyLabel="Removing demo data…"
          warning={`This deletes ${households(count)} and everything recorded on them. Real households are not changed.`}
          onConfirm={remove}
        />
      )}
    </section>
  );
}
