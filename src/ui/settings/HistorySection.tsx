import { useState } from 'preact/hooks';
import { verifyHistory, type HistoryBreak, type HistoryReport } from '../../data/audit-verify';

const KIND_WORDS: Record<HistoryBreak['kind'], string> = {
  changed: 'an entry was changed after it was written',
  removed: 'an entry is missing',
  reordered: 'entries are out of order',
  newestRemoved: 'its newest entries are missing',
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function whereBroken(b: HistoryBreak): string {
  const whose = b.householdId === 'service' ? 'The service’s own history' : b.reference ? `Household ${b.reference}` : 'A household since removed';
  const when = b.at ? ` (near the entry of ${new Date(b.at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })})` : '';
  return `${whose}: ${KIND_WORDS[b.kind]}${when}.`;
}

/** Checks that no entry of any timeline was changed, removed or moved since it was written. */
export function HistorySection() {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<HistoryReport | undefined>();
  const [failed, setFailed] = useState(false);

  const verify = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      setReport(await verifyHistory());
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="settings-section" aria-labelledby="history-heading">
      <h2 id="history-heading">Verify history</h2>
      <p class="two-thirds">
        Each entry of a household’s timeline holds a fingerprint of the entry before it. Checking them shows whether any entry was
        changed, removed or moved since it was written.
      </p>
      {/* Not disabled while it checks: a disabled button loses focus, and a keyboard or screen reader user their place. */}
      <button type="button" class="button" aria-disabled={busy} onClick={() => void verify()}>
        {busy ? 'Checking history…' : 'Verify history'}
      </button>
      <div aria-live="polite">
        {failed && <p class="error-message">The history could not be read. Unlock the device and try again.</p>}
        {report && !busy && <HistoryResult report={report} />}
      </div>
    </section>
  );
}

function HistoryResult({ report }: { report: HistoryReport }) {
  return (
    <>
      {report.breaks.length === 0 ? (
        <p>
          <strong>No break found.</strong> {plural(report.checked, 'entry was', 'entries were')} checked.
        </p>
      ) : (
        <>
          <p class="warning-text">
            <strong>{plural(report.breaks.length, 'history has a break', 'histories have a break')}.</strong> Restore from a backup made before
            the date shown, or tell your manager: the records may have been altered outside the app.
          </p>
          <ul>
            {report.breaks.map((b) => (
              <li key={b.householdId}>{whereBroken(b)}</li>
            ))}
          </ul>
        </>
      )}
      {report.plain > 0 && (
        <p class="muted">
          {plural(report.plain, 'entry was', 'entries were')} written before this device had a passcode: their fingerprints show accidental
          damage, not a careful change.
        </p>
      )}
      {report.elsewhere > 0 && (
        <p class="muted">
          {plural(report.elsewhere, 'entry came', 'entries came')} from another device with its own passcode: they can be checked on that
          device.
        </p>
      )}
      {report.unchained > 0 && <p class="muted">{plural(report.unchained, 'entry was', 'entries were')} written before histories were fingerprinted.</p>}
    </>
  );
}
