import { useLayoutEffect } from 'preact/hooks';

/**
 * Tells the page, once, that a part's read has answered (with its data or its error), before the
 * frame that would paint it: the page can then show that part and its neighbours in one frame, so
 * nothing arrives later and moves what a person is reaching for.
 */
export function useAnswered(answered: boolean, onAnswered: (() => void) | undefined): void {
  useLayoutEffect(() => {
    if (answered) onAnswered?.();
  }, [answered]);
}
