import { formatShortDate } from '../../domain/dates';
import type { DueStatus } from '../../domain/support/due';
import { Tag } from '../components/Tag';

/** A due date, with a tag when it is overdue or due within 30 days so it stands out in a list. */
export function DueDate({ dueOn, status }: { dueOn: string; status: DueStatus }) {
  return (
    <>
      {formatShortDate(dueOn)}
      {status === 'overdue' && (
        <>
          {' '}
          <Tag tone="overdue">Overdue</Tag>
        </>
      )}
      {status === 'dueSoon' && (
        <>
          {' '}
          <Tag tone="atRisk">Due soon</Tag>
        </>
      )}
    </>
  );
}
