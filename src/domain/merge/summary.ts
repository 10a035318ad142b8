import type { MergePlan, TableCounts } from './plan';

/** What each table's records are called, one and many, in the order a summary lists them. */
const NOUNS: [table: string, one: string, many: string][] = [
  ['households', 'household', 'households'],
  ['householdDetails', 'household’s contact details', 'households’ contact details'],
  ['people', 'person', 'people'],
  ['checks', 'check', 'checks'],
  ['appointments', 'appointment', 'appointments'],
  ['moves', 'move', 'moves'],
  ['notes', 'note', 'notes'],
  ['events', 'timeline entry', 'timeline entries'],
  ['staff', 'name of someone who uses the app', 'names of people who use the app'],
  ['settings', 'service setting', 'service settings'],
  ['targetPlans', 'saved target scenario', 'saved target scenarios'],
  ['localResources', 'library resource', 'library resources'],
];

function phrase(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export interface MergeSummary {
  added: number;
  updated: number;
  removed: number;
  conflicts: number;
  renumbered: number;
  /** One sentence per kind of change: "Adds 12 households and 30 people." */
  sentences: string[];
}

/** The plan's counts in the team's words, for the preview and the audit. */
export function summarise(plan: MergePlan): MergeSummary {
  const total = (what: keyof TableCounts) => Object.values(plan.counts).reduce((sum, c) => sum + c[what], 0);
  const sentences: string[] = [];
  for (const [what, verb] of [
    ['added', 'Adds'],
    ['updated', 'Updates'],
    ['removed', 'Removes'],
  ] as const) {
    const parts = NOUNS.filter(([t]) => (plan.counts[t]?.[what] ?? 0) > 0).map(([t, one, many]) => phrase(plan.counts[t]![what], one, many));
    if (parts.length) sentences.push(`${verb} ${list(parts)}.`);
  }
  if (plan.renumbered.length) {
    const moves = plan.renumbered.map((r) => `${r.from} becomes ${r.to}`);
    sentences.push(`${phrase(plan.renumbered.length, 'household gets a new reference', 'households get new references')}, as theirs is another household’s here: ${list(moves)}.`);
  }
  if (plan.conflicts.length) sentences.push(`${phrase(plan.conflicts.length, 'conflict', 'conflicts')} to settle: both devices changed the same thing.`);
  if (plan.skipped) sentences.push(`${phrase(plan.skipped, 'record was', 'records were')} unreadable and left out.`);
  if (sentences.length === 0) sentences.push('Nothing to merge: this device already has everything in it.');
  return {
    added: total('added'),
    updated: total('updated'),
    removed: total('removed'),
    conflicts: plan.conflicts.length,
    renumbered: plan.renumbered.length,
    sentences,
  };
}
