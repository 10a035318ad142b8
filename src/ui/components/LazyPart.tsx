import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Loader<P> = () => Promise<{ default: FunctionComponent<P> }>;

/**
 * A part of a page whose code is fetched once the page is showing, in a chunk of its own, so the
 * page's own code (and the first screen's budget) pays nothing for it. `what` names it in the
 * message shown if the chunk cannot be fetched. Made once per part, at module level: the part
 * remembers its code, so a later visit draws it in the page's first frame rather than a frame after.
 */
export function lazyPart<P extends object>(load: Loader<P>, what: string): FunctionComponent<P> {
  let fetched: FunctionComponent<P> | undefined;
  return function LazyPart(props: P) {
    const [Part, setPart] = useState(() => fetched);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Part) return;
      let open = true;
      load().then(
        (m) => {
          fetched = m.default;
          if (open) setPart(() => m.default);
        },
        () => open && setFailed(true),
      );
      return () => {
        open = false;
      };
    }, []);
    if (failed) return <p class="error-message">{what} could not be loaded. Reload the page to try again.</p>;
    return Part ? <Part {...props} /> : null;
  };
}
