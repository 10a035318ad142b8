import { isStageFilter, type SearchRequest, type StageFilter } from '../../data/repositories/pipeline';
import { TIMESCALE_STATUS_LABELS, type TimescaleStatus } from '../../domain/timescales';

/** The list's filters as they live in the address, so a link or a reload keeps them. */
export interface ListFilters {
  q: string;
  stage: StageFilter | '';
  worker: string;
  status: TimescaleStatus | '';
  page: number;
}

function isStatus(value: unknown): value is TimescaleStatus {
  return typeof value === 'string' && value in TIMESCALE_STATUS_LABELS;
}

/** Reads the query string leniently: anything unknown or malformed means "no filter", page 1. */
export function readFilters(query: Record<string, string | undefined>): ListFilters {
  const page = Number(query.page);
  return {
    q: query.q ?? '',
    stage: isStageFilter(query.stage) ? query.stage : '',
    worker: query.worker ?? '',
    status: isStatus(query.status) ? query.status : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function listUrl(f: ListFilters): string {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.stage) params.set('stage', f.stage);
  if (f.worker) params.set('worker', f.worker);
  if (f.status) params.set('status', f.status);
  if (f.page > 1) params.set('page', String(f.page));
  const qs = params.toString();
  return qs ? `/households?${qs}` : '/households';
}

export function toRequest(f: ListFilters): SearchRequest {
  return {
    term: f.q || undefined,
    stage: f.stage || undefined,
    workerId: f.worker || undefined,
    status: f.status || undefined,
    page: f.page,
  };
}

export function hasFilters(f: ListFilters): boolean {
  return Boolean(f.q.trim() || f.stage || f.worker || f.status);
}
