/** Whose work Today shows: the signed-in worker's households, everyone's, or caseloads by worker. */
export type TodayView = 'mine' | 'everyone' | 'workers';

/** The sections that open in full. */
export const SECTION_IDS = ['breached', 'at-risk', 'temporary-approvals', 'overdue-checks', 'meetings', 'holds-ended'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface TodayQuery {
  view: TodayView;
  /** A section shown in full, every row, instead of all of them shortened. */
  show?: SectionId;
  /** Full list of overdue checks: one worker's, and one kind of check. */
  worker: string;
  checkType: string;
}

export function readTodayQuery(query: Record<string, string | undefined>): TodayQuery {
  const view = query.view === 'mine' || query.view === 'workers' ? query.view : 'everyone';
  const show = (SECTION_IDS as readonly string[]).includes(query.show ?? '') ? (query.show as SectionId) : undefined;
  return { view, show, worker: query.worker ?? '', checkType: query.type ?? '' };
}

export function todayUrl(q: Partial<TodayQuery>): string {
  const params = new URLSearchParams();
  if (q.view && q.view !== 'everyone') params.set('view', q.view);
  if (q.show) params.set('show', q.show);
  if (q.worker) params.set('worker', q.worker);
  if (q.checkType) params.set('type', q.checkType);
  const search = params.toString();
  return search ? `/?${search}` : '/';
}
