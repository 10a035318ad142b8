import Dexie from 'dexie';
import { db } from '../db';
import { refreshDeadline } from './households';

const OPEN_STATES = ['active', 'onHold'] as const;

/**
 * Recomputes the stored next deadline of every open household after the local targets change.
 * One transaction per batch, so a big caseload never holds one long lock or loads every row.
 */
export async function refreshOpenDeadlines(batchSize = 200): Promise<number> {
  const d = db();
  let refreshed = 0;
  for (const state of OPEN_STATES) {
    for (let offset = 0; ; offset += batchSize) {
      const count = await d.transaction('rw', [d.households, d.checks, d.moves, d.settings], async () => {
        const batch = await d.households
          .where('[state+stage]')
          .between([state, Dexie.minKey], [state, Dexie.maxKey])
          .offset(offset)
          .limit(batchSize)
          .toArray();
        await Promise.all(batch.map((h) => refreshDeadline(h)));
        return batch.length;
      });
      refreshed += count;
      if (count < batchSize) break;
    }
  }
  return refreshed;
}
