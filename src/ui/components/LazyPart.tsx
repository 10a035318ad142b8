import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A part of a page whose code is fetched once the page is showing, in a chunk of its own, so the
 * page's own code (and the first screen's budget) pays nothing for it. `what` names it in the
 * message shown if the chunk cannot be fetched.
 */
export function LazyPart<P extends object>({ load, props, what }: { load: () => Promise<{ default: FunctionComponent<P> }>; props: P; what: string }) {
  const [Part, setPart] = useState<FunctionComponent<P>>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let open = true;
    load().then(
      (m) => open && setPart(() => m.default),
      () => open && setFailed(true),
    );
    return () => {
      open = false;
    };
  }, []);
  if (failed) return <p class="error-message">{what} could not be loaded. Reload the page to try again.</p>;
  return Part ? <Part {...props} /> : null;
}
