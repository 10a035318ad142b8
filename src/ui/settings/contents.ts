/**
 * Settings' sections in the order the page shows them, grouped as a manager looks for them. The
 * contents list is built from this, so a section moved or renamed here moves in both places; each
 * `heading` is the id of that section's h2.
 */
export interface ContentsGroup {
  title: string;
  sections: { heading: string; label: string }[];
}

export const SETTINGS_CONTENTS: ContentsGroup[] = [
  {
    title: 'The service',
    sections: [
      { heading: 'service-heading', label: 'Your service’s contact details' },
      { heading: 'targets-heading', label: 'Local timescale targets' },
      { heading: 'checks-heading', label: 'Stage 1 checks' },
    ],
  },
  {
    title: 'People and this device',
    sections: [
      { heading: 'people-heading', label: 'People using this device' },
      { heading: 'passcodes-heading', label: 'Passcodes on this device' },
      { heading: 'carer-mode-heading', label: 'Carer mode' },
    ],
  },
  {
    title: 'Data and backups',
    sections: [
      { heading: 'backup-heading', label: 'Backups' },
      { heading: 'storage-heading', label: 'Storage on this device' },
      { heading: 'merge-heading', label: 'Merging another device' },
      { heading: 'sync-heading', label: 'Sync with your service’s server' },
      { heading: 'demo-data-heading', label: 'Demo data' },
    ],
  },
  {
    title: 'Privacy',
    sections: [
      { heading: 'retention-heading', label: 'Keeping records' },
      { heading: 'history-heading', label: 'Verify history' },
    ],
  },
];
