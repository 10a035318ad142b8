import { useState } from 'preact/hooks';
import { adultChecksNeed } from '../../domain/checks';
import { ageOn, formatDate, type IsoDate } from '../../domain/dates';
import type { Person } from '../../domain/household';
import { peopleRepo } from '../../data/repositories/people';
import { writeErrorMessage } from '../../data/write-errors';
import { Tag } from '../components/Tag';
import { byName } from '../current-user';
import { ConfirmStep } from '../components/ConfirmStep';

/** One applicant or household member as a summary card, with change and remove (after confirming). */
export function PersonCard({
  person,
  today,
  panelOn,
  dbsReceived,
  canRemove,
  onChange,
  changeRef,
}: {
  person: Person;
  today: IsoDate;
  /** The panel date if known: someone turning 18 before it is flagged. */
  panelOn?: IsoDate;
  /** Whether this person's enhanced DBS check has come back. */
  dbsReceived: boolean;
  canRemove: boolean;
  onChange: () => void;
  changeRef?: preact.Ref<HTMLButtonElement>;
}) {
  const [error, setError] = useState<string>();
  const { needsAdultChecks: adult, turnsEighteenOn } = adultChecksNeed(person, today, panelOn);

  async function remove(): Promise<boolean> {
    try {
      const result = await peopleRepo.removePerson(person.id, byName());
      if (!result.ok) setError(result.error);
      return result.ok;
    } catch (e) {
      setError(writeErrorMessage(e));
      return false;
    }
  }

  return (
    <li class="card person-card">
      <h4 class="person-card__name">{person.name}</h4>
      <p class="person-card__tags">
        <Tag>{adult ? 'Adult' : 'Child'}</Tag> {adult && (dbsReceived ? <Tag tone="received">DBS received</Tag> : <Tag tone="requested">DBS needed</Tag>)}
      </p>
      {turnsEighteenOn && <p class="warning-text">Turns 18 on {formatDate(turnsEighteenOn)}: adult checks needed then</p>}
      <dl class="person-card__facts">
        <dt>Date of birth</dt>
        <dd>{person.dateOfBirth ? `${formatDate(person.dateOfBirth)} (age ${ageOn(person.dateOfBirth, today)})` : 'Not recorded'}</dd>
        <dt>Relationship</dt>
        <dd>{person.relationship ?? 'Not recorded'}</dd>
      </dl>
      {error && (
        <p class="error-message" role="alert">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="link-button" onClick={onChange} ref={changeRef}>
          Change <span class="visually-hidden">details of {person.name}</span>
        </button>
        {canRemove && (
          <ConfirmStep
            openLabel={
              <>
                Remove <span class="visually-hidden">{person.name}</span>
              </>
            }
            openClass="link-button"
            confirmLabel={
              <>
                Yes, remove <span class="visually-hidden">{person.name}</span>
              </>
            }
            busyLabel="Removing…"
            warning={`Remove ${person.name} from the household? Their checks still in progress will be removed too.`}
            onConfirm={remove}
          />
        )}
      </div>
    </li>
  );
}
