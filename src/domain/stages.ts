/** The line every household follows, in order. `approved` ends the recruitment pipeline. */
export const STAGES = [
  'enquiry',
  'initialVisit',
  'application',
  'stage1',
  'stage2',
  'panel',
  'decision',
  'approved',
] as const;
export type Stage = (typeof STAGES)[number];

/** Board columns: the stages a household can be waiting in. */
export const PIPELINE_STAGES = STAGES.filter((s) => s !== 'approved') as Exclude<Stage, 'approved'>[];

export const STAGE_LABELS: Record<Stage, string> = {
  enquiry: 'Enquiry',
  initialVisit: 'Initial visit',
  application: 'Application',
  stage1: 'Stage 1',
  stage2: 'Stage 2',
  panel: 'Panel',
  decision: 'Decision',
  approved: 'Approved',
};

/** Where a household stands relative to the line. Off-line states keep the stage they left at. */
export const LINE_STATES = ['active', 'onHold', 'withdrawn', 'closed', 'notApproved'] as const;
export type LineState = (typeof LINE_STATES)[number];

export const LINE_STATE_LABELS: Record<LineState, string> = {
  active: 'Active',
  onHold: 'On hold',
  withdrawn: 'Withdrawn',
  closed: 'Closed',
  notApproved: 'Not approved',
};

/** Where a household stands, in one phrase: "Stage 1", "Stage 1, on hold", "Withdrawn at Stage 1". */
export function standingText(stage: Stage, state: LineState): string {
  const label = STAGE_LABELS[stage];
  if (state === 'active') return label;
  if (state === 'onHold') return `${label}, on hold`;
  return `${LINE_STATE_LABELS[state]} at ${label}`;
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function nextStage(stage: Stage): Stage | undefined {
  return STAGES[stageIndex(stage) + 1];
}

export function previousStage(stage: Stage): Stage | undefined {
  const i = stageIndex(stage);
  return i > 0 ? STAGES[i - 1] : undefined;
}

/** True once a household is in the line and not closed off it. */
export function isOpen(state: LineState): boolean {
  return state === 'active' || state === 'onHold';
}
