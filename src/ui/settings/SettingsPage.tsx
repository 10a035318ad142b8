import { Fragment } from 'preact';
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
import { BackToContents, SettingsContents } from './SettingsContents';
import { StorageSection } from './StorageSection';
import { SyncSection } from './SyncSectionLoader';
import { settingsRepo } from '../../data/repositories/settings';
import type { ServiceDetails } from '../../domain/service-details';
import { useLoad } from '../use-load';

/** Set by the build (vite.config.ts). */
declare const __APP_VERSION__: string;

/**
 * The service's settings, this device's people, passcodes and storage, backups and privacy: one page
 * with a contents list, in the order that list groups them (see contents.ts).
 */
export default function SettingsPage() {
  const [errors, setErrors] = useState<Record<string, SummaryError[]>>({});
  const report = useCallback((section: string, list: SummaryError[]) => setErrors((all) => ({ ...all, [section]: list })), []);
  const all = Object.values(errors).flat();
  usePageTitle('Settings', all.length > 0);
  // The first section is drawn with the rest once its details are read: drawn as "Loading…" first,
  // its form pushed the sections below it down the screen as it came.
  const [details, setDetails] = useState<ServiceDetails>();
  useLoad(settingsRepo.serviceDetails, setDetails);

  return (
    <>
      <ErrorSummary errors={all} />
      <PageHeading>Settings</PageHeading>
      <p class="two-thirds">Settings are kept on this device and apply to everyone who uses it.</p>
      <SettingsContents />
      {!details && <p class="loading">Loading…</p>}
      {details && [
        <ServiceDetailsSection key="service" details={details} report={report} />,
        <LocalTargetsSection key="targets" report={report} />,
        <CheckTypesSection key="checks" report={report} />,
        <PeopleSection key="people" report={report} />,
        <PasscodesSection key="passcodes" report={report} />,
        <CarerModeSection key="carer-mode" />,
        <BackupSection key="backup" report={report} />,
        <StorageSection key="storage" />,
        <MergeSection key="merge" />,
        <SyncSection key="sync" report={report} />,
        <DemoDataSection key="demo" />,
        <RetentionSection key="retention" report={report} />,
        <HistorySection key="history" />,
      ].map((section) => (
        <Fragment key={section.key}>
          {section}
          <BackToContents />
        </Fragment>
      ))}
      {details && <p class="muted">App version {__APP_VERSION__}</p>}
    </>
  );
}
