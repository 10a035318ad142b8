import type { StaffMember } from '../../domain/household';
import type { CheckType, LocalTargets } from '../../domain/settings';
import { householdsRepo, type HouseholdRecord } from './households';
import { settingsRepo } from './settings';
import { staffRepo } from './staff';

/** Everything the household record page reads, in one query so a live subscription sees every table it uses. */
export interface HouseholdPageData {
  record: HouseholdRecord;
  targets: LocalTargets;
  staff: StaffMember[];
  checkTypes: CheckType[];
}

/** The household record page's data, or undefined for an unknown household. */
export async function householdPageData(id: string): Promise<HouseholdPageData | undefined> {
  const [record, targets, staff, checkTypes] = await Promise.all([
    householdsRepo.record(id),
    settingsRepo.localTargets(),
    staffRepo.list(),
    settingsRepo.checkTypes(),
  ]);
  return record ? { record, targets, staff, checkTypes } : undefined;
}
