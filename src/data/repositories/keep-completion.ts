import { DEFAULT_KEEP_COMPLETION_PERCENT } from '../../domain/support/keep';
import { db } from '../db';

/** The service's share of sessions that completes KEEP, kept as one settings row. */
export const KEEP_COMPLETION_SETTING = 'keepCompletionPercent';

/** The share in force, with its revision ('' while the default has never been saved); reads the settings table. */
export async function keepCompletion(): Promise<{ percent: number; rev: string }> {
  const row = await db().settings.get(KEEP_COMPLETION_SETTING);
  const percent = typeof row?.value === 'number' ? row.value : DEFAULT_KEEP_COMPLETION_PERCENT;
  return { percent, rev: row?.revision?.rev ?? '' };
}
