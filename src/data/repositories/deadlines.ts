import Dexie from 'dexie';
import { db } from '../db';
import { asPerson } from '../revisions';
import { refreshDeadline } from './households';
import { DEADLINES_STALE } from './settings';

const OPEN_STATES = ['active', 'onHold'] as const;

/** Who clears the out-of-date mark: the device itself, after working the dates out. */
const UPKEEP = 'This device, working out due dates again';

/**
 * Recomputes the stored next deadline of every open household after the local targets change.
 * One transaction per batch, so a big caseload never holds one long lock or loads every row. The
 * out-of-date mark is cleared only if nobody changed the targets again while this ran.
 */
export async function refreshOpenDeadlines(batchSize = 200): Promise<number> {
  const d = db();
  const markedAt = (await d.settings.get(DEADLINES_STALE))?.value;
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
  await asPerson(UPKEEP, [d.settings], async () => {
    // Cleared rather than deleted: a deleted setting would be recorded as a removal for other devices.
    if ((await d.settings.get(DEADLINES_STALE))?.value === markedAt) await d.settings.put({ key: DEADLINES_STALE, value: undefined });
  });
  return refreshed;
}

/** At start-up: finishes a redating that failed or was cut short (the tab closed, storage was full). */
export async function redateIfStale(): Promise<number | undefined> {
  if (!(await db().settings.get(DEADLINES_STALE))?.value) return undefined;
  return refreshOpenDeadlines();
}
