import { lazyPart } from '../components/LazyPart';
import type { ReportErrors } from './section-errors';

const PasscodesPanel = lazyPart(() => import('./passcodes/PasscodesPanel'), 'The passcode settings');

/** Its forms and the encryption's progress are fetched only when Settings opens. */
export function PasscodesSection({ report }: { report: ReportErrors }) {
  return (
    <section class="settings-section" aria-labelledby="passcodes-heading">
      <h2 id="passcodes-heading">Passcodes on this device</h2>
      <PasscodesPanel report={report} />
    </section>
  );
}
