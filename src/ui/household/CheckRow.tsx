import { CHECK_OUTCOMES, CHECK_STATUS_LABELS, checkStatus, concernWithoutNote, expiryWords, type ExpiryProblem } from '../../domain/checks';
import { formatShortDate, type IsoDate } from '../../domain/dates';
import type { Check } from '../../domain/household';
import { Tag } from '../components/Tag';

/** One row of the stage 1 checks table; overdue rows, expiring checks and unconsidered concerns stand out. */
export function CheckRow({
  check,
  expiresOn,
  expiry,
  person,
  today,
  open,
  onUpdate,
  updateRef,
  pick,
}: {
  check: Check;
  /** Entered, or derived from the type's validity. */
  expiresOn?: IsoDate;
  /** Run out, or runs out before panel. */
  expiry?: ExpiryProblem;
  person: string;
  today: IsoDate;
  open: boolean;
  onUpdate: () => void;
  updateRef?: preact.Ref<HTMLButtonElement>;
  /** The tick for marking several checks at once; only a check still outstanding has one. */
  pick?: { ticked: boolean; onToggle: () => void };
}) {
  const status = checkStatus(check, today);
  const stands = status === 'overdue' || expiry !== undefined || concernWithoutNote(check) || check.outcome === 'specifiedOffence';
  return (
    <tr class={stands ? 'row--overdue' : undefined}>
      <td class="check-table__pick">
        {pick && (
          <div class="choice">
            <input type="checkbox" id={`pick-${check.id}`} checked={pick.ticked} onChange={pick.onToggle} />
            <label for={`pick-${check.id}`}>
              <span class="visually-hidden">Tick {check.label}</span>
            </label>
          </div>
        )}
      </td>
      <th scope="row">{check.label}</th>
      <td data-label="Person">{person}</td>
      <td data-label="Status">
        <Tag tone={status}>{CHECK_STATUS_LABELS[status]}</Tag>
      </td>
      <td data-label="Requested">{formatShortDate(check.requestedOn)}</td>
      <td data-label="Received">{formatShortDate(check.receivedOn)}</td>
      <td data-label="Outcome">
        {check.outcome && (check.outcome === 'concern' || check.outcome === 'specifiedOffence' ? <Tag tone="concern">{CHECK_OUTCOMES[check.outcome]}</Tag> : CHECK_OUTCOMES[check.outcome])}
        {concernWithoutNote(check) && <span class="check-table__note">Needs a note of how it was considered before panel</span>}
      </td>
      <td data-label="Expiry">
        {formatShortDate(expiresOn)}
        {expiry && (
          <>
            {' '}
            <Tag tone="overdue">{expiry.kind === 'expired' ? 'Expired' : 'Renew'}</Tag>
            <span class="check-table__note">{expiryWords(expiry)}</span>
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
