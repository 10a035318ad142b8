import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { IsoDate } from '../../domain/dates';

type Props = { today: IsoDate; workerId: string | undefined };

/**
 * Where support for approved carers goes on Today. Its code is fetched once the page is showing,
 * in a chunk of its own, so the first screen's budget pays nothing for it.
 */
export function SupportTodaySlot(props: Props) {
  const [Section, setSection] = useState<FunctionComponent<Props>>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let open = true;
    import('./SupportToday').then(
      (m) => open && setSection(() => m.default),
      () => open && setFailed(true),
    );
    return () => {
      open = false;
    };
  }, []);
  if (failed) return <p class="error-message">Support for approved carers could not be loaded. Reload the page to try again.</p>;
  return Section ? <Section {...props} /> : null;
}
