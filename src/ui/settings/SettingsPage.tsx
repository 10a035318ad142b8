import { useCallback, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryError } from '../components/ErrorSummary';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { BackupSection } from './BackupSection';
import { CarerModeSection } from './CarerModeSection';
import { CheckTypesSection } from './CheckTypesSection';
import { DemoDataSection } from './DemoDataSection';
import { HistorySection } from './HistorySection';
import { LocalTargetsSection } from './LocalTargetsSection';
import { MergeSection } from './MergeSection';
import { PasscodesSection } from './PasscodesSection';
import { PeopleSection } from './PeopleSection';
import { RetentionSection } from './RetentionSection';
import { ServiceDetailsSection } from './ServiceDetailsSection';
import { StorageSection } from './StorageSection';
import { SyncSection } from './SyncSectionLoader';

/** Set by the build (vite.config.ts). */
declare const __APP_VERSION__: string;

/** The service's settings, the demo data switch and this device's name list and storage. */
export default function SettingsPage() {
  const [errors, setErrors] = useState<Record<string, SummaryError[]>>({});
  const report = useCallback((section: string, list: SummaryError[]) => setErrors((all) => ({ ...all, [section]: list })), []);
  const all = Object.values(errors).flat();
  usePageTitle('Settings', all.length > 0);

  return (
    <>
      <ErrorSummary errors={all} />
      <PageHeading>Settings</PageHeading>
      <p class="two-thirds">Settings are kept on this device and apply to everyone who uses it.</p>
      <DemoDataSection />
      <ServiceDetailsSection report={report} />
      <LocalTargetsSection report={report} />
      <CheckTypesSection report={report} />
      <PeopleSection report={report} />
      <PasscodesSection report={report} />
      <BackupSection report={report} />
      <StorageSection />
      <MergeSection />
      <SyncSection report={report} />
      <RetentionSection report={report} />
      <HistorySection />
      <CarerModeSection />
      <p class="muted">App version {__APP_VERSION__}</p>
    </>
  );
}
