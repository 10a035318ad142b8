import { representationsCloseOn } from '../../domain/assessment-edit';
import { formatDate } from '../../domain/dates';
import type { Household } from '../../domain/household';
import { approvalTypesText, normaliseTerms } from '../../domain/terms';
import { SummaryList, type SummaryRow } from '../components/SummaryList';

const OUTCOMES = { approve: 'Approved', doNotApprove: 'Not approved' } as const;

/** The agency decision maker's decision, as recorded by its move; shown here, never edited here. */
export function AssessmentDecision({ household }: { household: Household }) {
  const { decision } = household.assessment;
  const terms = normaliseTerms(household.assessment.terms);
  const rows: SummaryRow[] = [];
  if (decision?.qualifyingDeterminationOn) {
    rows.push(
      { key: 'Qualifying determination', value: formatDate(decision.qualifyingDeterminationOn) },
      { key: 'Representations or review window closes', value: formatDate(representationsCloseOn(decision.qualifyingDeterminationOn)) },
    );
  }
  if (decision?.decidedOn) {
    rows.push({ key: 'Date of decision', value: formatDate(decision.decidedOn) }, { key: 'Decision', value: decision.outcome ? OUTCOMES[decision.outcome] : '' });
  }
  if (terms) {
    rows.push(
      { key: terms.types.length > 1 ? 'Types of approval' : 'Type of approval', value: approvalTypesText(terms) },
      { key: 'Age range', value: `${terms.ageFrom} to ${terms.ageTo} years` },
      { key: 'Number of children', value: String(terms.numberOfChildren) },
      { key: 'Sibling groups', value: terms.siblingGroups ? 'Yes' : 'No' },
    );
    const x = terms.exemption;
    if (x) {
      rows.push({
        key: 'Exemption from the usual limit',
        value: `Up to ${x.numberOfChildren} children until ${formatDate(x.until)}, granted by ${x.grantedBy} on ${formatDate(x.grantedOn)}`,
      });
    }
  }
  return (
    <>
      <h3>Decision</h3>
      {rows.length ? <SummaryList rows={rows} /> : <p class="muted">No decision recorded yet. The decision is recorded as a move, after the panel’s recommendation.</p>}
    </>
  );
}
