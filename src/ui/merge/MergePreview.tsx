import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupProgress as Progress } from '../../domain/backup/format';
import type { IncomingRecords } from '../../domain/merge/incoming';
import { summarise, type MergeSummary } from '../../domain/merge/summary';
import { mergeRepo, type MergeResult, type PlannedMerge } from '../../data/repositories/merge';
import { SuccessBanner } from '../components/SuccessBanner';
import { byName } from '../current-user';
import { BackupProgress, shownEvery } from '../settings/BackupProgress';

/** "Backup from Tablet 2 …" read inside a sentence: "Merging backup from Tablet 2 …". */
function inSentence(source: string): string {
  return source.charAt(0).toLowerCase() + source.slice(1);
}

type State =
  | { step: 'reading' }
  | { step: 'unreadable' }
  | { step: 'ready'; summary: MergeSummary }
  | { step: 'merging'; summary: MergeSummary }
  | { step: 'failed'; summary: MergeSummary }
  | { step: 'done'; result: MergeResult };

function PossibleDuplicates({ result }: { result: MergeResult }) {
  if (result.possibleDuplicates.length === 0) return null;
  return (
    <>
      <h3>Households that may be the same people</h3>
      <p>These arrived in the merge and look like households already here. Open each to merge them if they are the same people.</p>
      <ul>
        {result.possibleDuplicates.map((d) => (
          <li key={d.id}>
            <a href={`/households/${d.id}`}>{d.reference}</a> may be the same as {d.matches.map((m) => m.reference).join(' or ')}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * What merging another device's records would do, and the button that does it. Nothing is written
 * until the button is pressed; the merge then runs as one transaction, so it lands whole or not at all.
 */
export function MergePreview({ content, onDone }: { content: IncomingRecords; onDone?: (result: MergeResult) => void }) {
  const [state, setState] = useState<State>({ step: 'reading' });
  // A large backup takes a while to compare and to save: the page says how far it has got.
  const [progress, setProgress] = useState<Progress | undefined>();
  // The plan the summary was worked out from: the merge uses it rather than compare everything again.
  const planned = useRef<PlannedMerge | undefined>(undefined);

  useEffect(() => {
    let current = true;
    setState({ step: 'reading' });
    setProgress(undefined);
    planned.current = undefined;
    mergeRepo
      .plan(content, byName(), shownEvery((p) => current && setProgress(p)))
      .then((plan) => {
        if (!current) return;
        planned.current = plan;
        setState({ step: 'ready', summary: summarise(plan.plan) });
      })
      .catch(() => current && setState({ step: 'unreadable' }))
      .finally(() => current && setProgress(undefined));
    return () => {
      current = false;
    };
  }, [content]);

  const merge = async (summary: MergeSummary) => {
    if (state.step === 'merging') return;
    setState({ step: 'merging', summary });
    try {
      const result = await mergeRepo.merge(content, byName(), shownEvery(setProgress), planned.current);
      setState({ step: 'done', result });
      onDone?.(result);
    } catch {
      setState({ step: 'failed', summary });
    } finally {
      setProgress(undefined);
    }
  };

  if (state.step === 'reading') {
    return (
      <>
        <p class="loading" role="status">
          Comparing {inSentence(content.source)} with this device…
        </p>
        {progress && <BackupProgress id="merge-progress" progress={progress} />}
      </>
    );
  }
  if (state.step === 'unreadable') return <p class="error-message">This device’s records could not be read to compare them. Nothing was changed; reload the page to try again.</p>;
  if (state.step === 'done') {
    const { summary } = state.result;
    return (
      <>
        <SuccessBanner focus>Merged {inSentence(content.source)}</SuccessBanner>
        <ul>
          {summary.sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        {summary.conflicts > 0 && (
          <p>
            <a href="/conflicts">Settle the {summary.conflicts === 1 ? 'conflict' : `${summary.conflicts} conflicts`}</a>
          </p>
        )}
        <PossibleDuplicates result={state.result} />
      </>
    );
  }
  const { summary } = state;
  return (
    <section aria-labelledby="merge-preview-title">
      <h3 id="merge-preview-title">Merging {inSentence(content.source)} into this device</h3>
      <ul>
        {summary.sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p class="two-thirds">
        Records changed on only one device take that change. Where both devices changed the same thing, this device’s value stays and a
        conflict is listed for someone to settle. Nothing on this device is lost.
      </p>
      {state.step === 'failed' && (
        <p class="error-message" role="alert">
          <span class="visually-hidden">Error: </span>The merge could not be saved on this device, so nothing was changed. Free some space or
          try again.
        </p>
      )}
      <p role="status">{state.step === 'merging' ? 'Merging… keep this page open until it finishes.' : ''}</p>
      {state.step === 'merging' && progress && <BackupProgress id="merge-progress" progress={progress} />}
      <button type="button" class="button" aria-disabled={state.step === 'merging'} onClick={() => void merge(summary)}>
        Merge into this device
      </button>
    </section>
  );
}
