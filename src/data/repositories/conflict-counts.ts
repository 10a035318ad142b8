import { db } from '../db';

/** How many merge conflicts wait to be settled: small on its own, so Today's page stays light. */
export const conflictCounts = {
  open: (): Promise<number> => db().conflicts.where('open').equals(1).count(),
  openForHousehold: (householdId: string): Promise<number> =>
    db()
      .conflicts.where('householdId')
      .equals(householdId)
      .filter((c) => c.open === 1)
      .count(),
};
