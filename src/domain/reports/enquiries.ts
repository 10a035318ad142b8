import type { IsoDate } from '../dates';
import { inPeriod, type Period } from './financial-year';

/** What telling one enquiring household from another needs. */
export interface Enquirer {
  id: string;
  enquiryOn: IsoDate;
  /** The duplicate rules' keys: same email, same phone, or same surname and postcode. */
  duplicateKeys: readonly string[];
}

/**
 * Ofsted's 2023-24 clarification counts one enquiry per household per year: people who enquire
 * twice in a period, recorded as two households the duplicate rules match, count once. Records
 * sharing a key, directly or through another record, are one household; the earliest record of
 * each stands for it. Returned earliest first.
 */
export function enquiringHouseholds<T extends Enquirer>(households: readonly T[], period: Period): T[] {
  const inside = households
    .filter((h) => inPeriod(h.enquiryOn, period))
    .sort((a, b) => a.enquiryOn.localeCompare(b.enquiryOn) || a.id.localeCompare(b.id));
  // Union-find over positions in `inside`; the root is always the earliest record of its group.
  const parent = inside.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const holder = new Map<string, number>();
  inside.forEach((h, i) => {
    for (const key of h.duplicateKeys) {
      const other = holder.get(key);
      if (other === undefined) holder.set(key, i);
      else {
        const [a, b] = [root(other), root(i)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  return inside.filter((_, i) => root(i) === i);
}
