import type { PossibleDuplicate } from '../../data/repositories/duplicates';

/** A household that may be the same people: its reference and applicants as a link, and why it may match. */
export function PossibleMatch({ match }: { match: PossibleDuplicate }) {
  return (
    <div>
      <span class="task-list__name">
        <a href={`/households/${match.id}`}>
          {match.reference}
          {match.applicants.length > 0 && `: ${match.applicants.join(' and ')}`}
        </a>
      </span>
      <span class="task-list__hint">Why it may match: {match.reasons.join('; ')}</span>
    </div>
  );
}
