import { useState } from 'preact/hooks';
import { StaleWriteError } from '../../data/stale';

/**
 * What a form's save is based on (a revision, or where a household stood for a move), fixed when
 * the form opens so a change made meanwhile in another tab is refused rather than overwritten.
 * `latest` gives the base to take on "Use the latest and keep my changes".
 */
export function useStaleGuard<B>(opened: () => B, latest: (refusal: StaleWriteError) => B, isBase: (stored: unknown) => stored is B) {
  const [base, setBase] = useState<B>(opened);
  const [stale, setStale] = useState<StaleWriteError | undefined>();
  return {
    base,
    stale,
    /** Shows a refusal and returns true; any other error is left to the form. */
    refused(error: unknown): boolean {
      if (!(error instanceof StaleWriteError)) return false;
      setStale(error);
      return true;
    },
    useLatest() {
      if (stale) setBase(latest(stale));
      setStale(undefined);
    },
    clear: () => setStale(undefined),
    /** A reopened draft's base: the save stays based on the record as it was when the typing began. */
    adopt(stored: unknown) {
      if (isBase(stored)) setBase(stored);
    },
  };
}

/** The guard for an edit of one revised record: its base is the record's revision. */
export function useRevisionGuard(row: { revision?: { rev: string } }) {
  return useStaleGuard(
    () => row.revision?.rev ?? '',
    (refusal) => refusal.currentRev,
    (stored): stored is string => typeof stored === 'string',
  );
}
