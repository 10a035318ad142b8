import type { FunnelStep, Funnel } from './funnel';
import type { Period } from './financial-year';
import { approvedAndDeregistered, type ApprovedHousehold } from './annual-return';
import { inProgressAt, type ApplicationSpan } from './applications';
import type { ByKind } from './kinds';

/** The year's headline counts for Ofsted's return, each split by kind of household. */
export interface ReturnCounts {
  enquiries: ByKind;
  applications: ByKind;
  approved: ByKind;
  approvedAndDeregistered: ByKind;
  inProgress: ByKind;
}

function step(f: Funnel, s: FunnelStep): ByKind {
  return { mainstream: f.kinds.mainstream.households[s], connected: f.kinds.connected.households[s], total: f.year.households[s] };
}

/** `f` is the funnel of `year`; in progress is counted at the year's last day, 31 March. */
export function returnCounts(f: Funnel, approved: readonly ApprovedHousehold[], applications: readonly ApplicationSpan[], year: Period): ReturnCounts {
  return {
    enquiries: step(f, 'enquiries'),
    applications: step(f, 'applications'),
    approved: step(f, 'approvals'),
    approvedAndDeregistered: approvedAndDeregistered(approved, year),
    inProgress: inProgressAt(applications, year.to),
  };
}
