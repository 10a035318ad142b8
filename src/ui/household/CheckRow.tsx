import { CHECK_OUTCOMES, CHECK_STATUS_LABELS, checkStatus } from '../../domain/checks';
import { formatShortDate, type IsoDate } from '../../domain/dates';
import type { Check } from '../../domain/household';
import { Tag } from '../components/Tag';

/** One row of the stage 1 checks table; overdue rows stand out. */
export function CheckRow({
  check,
  name,
  person,
  today,
  open,
  onUpdate,
  updateRef,
}: {
  check: Check;
  name: string;
  person: string;
  today: IsoDate;
  open: boolean;
  onUpdate: () => void;
  updateRef?: preact.Ref<HTMLButtonElement>;
}) {
  const status = checkStatus(check, today);
  const expired = Boolean(check.expiresOn && check.expiresOn < today);
  return (
    <tr class={status === 'overdue' ? 'row--overdue' : undefined}>
      <th scope="row">{name}</th>
      <td>{person}</td>
      <td>
        <Tag tone={status}>{CHECK_STATUS_LABELS[status]}</Tag>
      </td>
      <td>{formatShortDate(check.requestedOn)}</td>
      <td>{formatShortDate(check.receivedOn)}</td>
      <td>{check.outcome && (check.outcome === 'concern' ? <Tag tone="concern">{CHECK_OUTCOMES.concern}</Tag> : CHECK_OUTCOMES[check.outcome])}</td>
      <td>
        {formatShortDate(check.expiresOn)}
        {expired && (
          <>
            {' '}
            <Tag tone="overdue">Expired</Tag>
          </>
        )}
      </td>
      <td>
        <button type="button" class="link-button" onClick={onUpdate} ref={updateRef} aria-expanded={open}>
          Update <span class="visually-hidden">{check.label}</span>
        </button>
      </td>
    </tr>
  );
}
