import { PANEL_RECOMMENDATIONS } from '../../domain/assessment-edit';
import { formatDate } from '../../domain/dates';
import { qualifyingOn, representationsCloseOn } from '../../domain/decision-route';
import type { DecisionMaker, Household, ReviewRoute } from '../../domain/household';
import { normaliseTerms, termsInWords } from '../../domain/terms';
import { SummaryList, type SummaryRow } from '../components/SummaryList';

const OUTCOMES = { approve: 'Approved', doNotApprove: 'Not approved' } as const;
const MINDED_TO = { notApprove: 'Not to approve', otherTerms: 'To approve on other terms than the panel recommended' } as const;

const makerText = (m: DecisionMaker | undefined) => (m ? `${m.name}, ${m.role}` : 'Not recorded');

function reviewRows(label: string, review: ReviewRoute | undefined, panelLabel: string): SummaryRow[] {
  if (!review) return [];
  return [
    { key: label, value: formatDate(review.on) },
    { key: panelLabel, value: review.panelOn ? formatDate(review.panelOn) : 'Not yet' },
    { key: 'Recommendation after review', value: review.recommendation ? PANEL_RECOMMENDATIONS[review.recommendation] : 'Not yet' },
  ];
}

/**
 * The agency decision maker's part (FSR reg 27), as recorded by its moves: the qualifying
 * determination and the route after it, then the decision and its terms. Shown here, never edited here;
 * where the route stands now is said once, above the moves that take it on.
 */
export function AssessmentDecision({ household }: { household: Household }) {
  const { decision } = household.assessment;
  const terms = normaliseTerms(household.assessment.terms);
  const rows: SummaryRow[] = [];
  const qdOn = qualifyingOn(decision);
  if (qdOn) {
    const qd = decision?.qualifying;
    rows.push(
      { key: 'Qualifying determination', value: formatDate(qdOn) },
      ...(qd ? [{ key: 'Decision maker minded', value: MINDED_TO[qd.mindedTo] }, { key: 'Reasons', value: qd.reasons }, { key: 'Made by', value: makerText(qd.maker) }] : []),
      ...(qd?.proposedTerms ? [{ key: 'Terms proposed', value: termsInWords(qd.proposedTerms) }] : []),
      { key: 'Representations or IRM application by', value: formatDate(representationsCloseOn(qdOn)) },
      ...reviewRows('Representations received', decision?.representations, 'Panel reconsidered'),
      ...reviewRows('Applied to the Independent Review Mechanism', decision?.irm, 'IRM panel'),
    );
  }
  if (decision?.decidedOn) {
    rows.push(
      { key: 'Date of decision', value: formatDate(decision.decidedOn) },
      { key: 'Decision', value: decision.outcome ? OUTCOMES[decision.outcome] : '' },
      { key: 'Agency decision maker', value: makerText(decision.maker) },
    );
  }
  if (terms) {
    rows.push({ key: 'Terms of approval', value: termsInWords(terms) });
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
      {rows.length ? (
        <SummaryList rows={rows} />
      ) : (
        <p class="muted">No decision recorded yet. The agency decision maker decides on the final panel minutes, recorded under Move this household.</p>
      )}
    </>
  );
}
