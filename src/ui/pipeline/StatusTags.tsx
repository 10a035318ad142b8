import { formatShortDate, todayIso } from '../../domain/dates';
import { holdWords } from '../../domain/hold';
import { TIMESCALE_STATUS_LABELS } from '../../domain/timescales';
import type { HouseholdSummary } from '../../data/repositories/pipeline';
import { Tag } from '../components/Tag';

/** The timescale status, and "On hold" with its return date, as tags. */
export function StatusTags({ household }: { household: Pick<HouseholdSummary, 'status' | 'state' | 'holdUntil'> }) {
  return (
    <>
      {household.status && <Tag tone={household.status}>{TIMESCALE_STATUS_LABELS[household.status]}</Tag>}
      {household.state === 'onHold' && (
        <>
          {' '}
          <Tag tone="onHold">{holdWords(household.holdUntil, todayIso(), formatShortDate)}</Tag>
        </>
      )}
    </>
  );
}

/** "12 days", "1 day". */
export function daysText(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
