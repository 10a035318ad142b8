import type { StaffMember } from '../../domain/household';
import type { LocalTargets } from '../../domain/settings';
import { householdsRepo, type HouseholdRecord } from './households';
import { settingsRepo } from './settings';
import { staffRepo } from './staff';

/** Everything the household record page reads, in one query so a live subscription sees every table it uses. */
export interface HouseholdPageData {
  record: HouseholdRecord;
  targets: LocalTargets;
  staff: StaffMember[];
}

/** The household record page's data, or undefined for an unknown household. */
export async function householdPageData(id: string): Promise<HouseholdPageData | undefined> {
  const [record, targets, staff] = await Promise.all([householdsRepo.record(id), settingsRepo.localTargets(), staffRepo.list()]);
  return record ? { record, targets, staff } : undefined;
}
