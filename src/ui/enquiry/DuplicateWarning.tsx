import { useEffect, useRef } from 'preact/hooks';
import { PossibleMatch } from '../components/PossibleMatch';
import { standingText } from '../../domain/stages';
import type { PossibleDuplicate } from '../../data/repositories/duplicates';
import { Tag } from '../components/Tag';

interface Props {
  matches: PossibleDuplicate[];
  busy: boolean;
  onSaveAnyway: () => void;
  onChangeAnswers: () => void;
}

function stageText(match: PossibleDuplicate): string {
  return standingText(match.stage, match.state);
}

/**
 * Shown instead of saving when the answers share an email, a phone number or a surname and
 * postcode with a household already on the device. A warning, not a block: families do enquire
 * twice, and sometimes two households really do share a surname and postcode.
 */
export function DuplicateWarning({ matches, busy, onSaveAnyway, onChangeAnswers }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const one = matches.length === 1;
  return (
    <section class="notification notification--warning" aria-labelledby="duplicates-title">
      <h2 class="notification__title" id="duplicates-title" tabIndex={-1} ref={heading}>
        This may be a household you already know
      </h2>
      <div class="notification__body">
        <p>
          {one ? 'A household already on this device shares' : `${matches.length} households already on this device share`} some of
          these details. Check {one ? 'it' : 'them'} before you save, so the same people are not followed twice. Your answers are
          kept while you look.
        </p>
        <ul class="task-list">
          {matches.map((m) => (
            <li class="task-list__item" key={m.id}>
              <PossibleMatch match={m} />
              <Tag>{stageText(m)}</Tag>
            </li>
          ))}
        </ul>
        <div class="button-group">
          <button type="button" class="button" aria-disabled={busy} onClick={onSaveAnyway}>
            Save as a new enquiry anyway
          </button>
          <button type="button" class="button button--secondary" onClick={onChangeAnswers}>
            Change the answers
          </button>
        </div>
      </div>
    </section>
  );
}
