import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ReportErrors } from './section-errors';

type Section = FunctionComponent<{ report: ReportErrors }>;

/** Loads the sync section after the rest of Settings: most services never switch sync on. */
export function SyncSection({ report }: { report: ReportErrors }) {
  const [Loaded, setLoaded] = useState<Section>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void import('./SyncSection').then((m) => setLoaded(() => m.default)).catch(() => setFailed(true));
  }, []);
  if (failed) return <p class="error-message">The sync settings could not be loaded. Reload the page to try again.</p>;
  return Loaded ? <Loaded report={report} /> : <p class="loading">Loading sync settings…</p>;
}
