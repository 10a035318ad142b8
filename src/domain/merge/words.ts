/**
 * A conflict in the team's words: which field ("Assessor"), which record ("Check: Medical"), and
 * each side's value ("Sam Example", "12 March 2026") rather than stored codes and ids.
 */
import { APPOINTMENT_KINDS } from '../appointments';
import { PANEL_RECOMMENDATIONS } from '../assessment-edit';
import { CHECK_OUTCOMES } from '../checks';
import { APPROVAL_TYPES, ENDING_LABELS, FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD } from '../codes';
import { formatDate, isIsoDate } from '../dates';
import { PERSON_ROLES } from '../person-edit';
import { LINE_STATE_LABELS, STAGE_LABELS } from '../stages';
import { formatPhone } from '../validation/phone';
import { RECORD_KEPT, RECORD_REMOVED, WHOLE_RECORD } from './plan';

const FIELD_NAMES: Record<string, string> = {
  [WHOLE_RECORD]: 'The whole record',
  stage: 'Stage',
  state: 'Where the household stands',
  kind: 'Kind',
  workerId: 'Worker',
  holdUntil: 'On hold until',
  outcomeCode: 'Withdrawal or closure reason',
  enquiryOn: 'Date of enquiry',
  stageEnteredOn: 'Date the stage began',
  lastMoveOn: 'Date of the last move',
  reference: 'Reference',
  'assessment.repliedOn': 'Replied to enquiry',
  'assessment.initialVisitOn': 'Initial visit',
  'assessment.applicationOn': 'Application received',
  'assessment.stage1StartedOn': 'Stage 1 started',
  'assessment.proceedDecisionOn': 'Decision to proceed to stage 2',
  'assessment.stage2StartedOn': 'Stage 2 started',
  'assessment.assessorId': 'Assessor',
  'assessment.reportStartedOn': 'Form F or C started',
  'assessment.reportCompletedOn': 'Form F or C completed',
  'assessment.training': 'Training attended',
  'assessment.panel.panelOn': 'Date of panel',
  'assessment.panel.papersSentOn': 'Panel papers sent',
  'assessment.panel.recommendation': 'Panel recommendation',
  'assessment.panel.minutesReceivedOn': 'Final panel minutes received',
  'assessment.panel.chair': 'Panel chair',
  'assessment.panel.recommendedTerms': 'Terms the panel recommended',
  'assessment.decision.maker.name': 'Agency decision maker',
  'assessment.decision.maker.role': "Agency decision maker's role",
  'assessment.decision.qualifying.on': 'Qualifying determination',
  'assessment.decision.qualifying.mindedTo': 'Decision maker minded',
  'assessment.decision.qualifying.reasons': 'Reasons for the qualifying determination',
  'assessment.decision.representations.on': 'Representations received',
  'assessment.decision.representations.panelOn': 'Panel after representations',
  'assessment.decision.representations.recommendation': 'Recommendation after representations',
  'assessment.decision.irm.on': 'IRM application',
  'assessment.decision.irm.panelOn': 'IRM panel',
  'assessment.decision.irm.recommendation': 'IRM recommendation',
  'assessment.decision.decidedOn': 'Date of the agency decision',
  'assessment.decision.outcome': 'Agency decision',
  'assessment.decision.qualifyingDeterminationOn': 'Qualifying determination',
  'assessment.terms.type': 'Terms of approval: type',
  'assessment.terms.types': 'Terms of approval: types',
  'assessment.terms.namedChild': 'Terms of approval: named child',
  'assessment.terms.exemption': 'Terms of approval: exemption from the usual limit',
  'assessment.terms.ageFrom': 'Terms of approval: youngest age',
  'assessment.terms.ageTo': 'Terms of approval: oldest age',
  'assessment.terms.numberOfChildren': 'Terms of approval: number of children',
  'assessment.terms.siblingGroups': 'Terms of approval: sibling groups',
  'assessment.temporaryApproval.startOn': 'Temporary approval started',
  'assessment.temporaryApproval.extensionWeeks': 'Temporary approval extension',
  'assessment.temporaryApproval.extension': 'Temporary approval extension decision',
  email: 'Email',
  phone: 'Phone',
  postcode: 'Postcode',
  address: 'Address',
  howHeard: 'How they heard',
  interests: 'Interested in',
  enquiryNotes: 'Notes at enquiry',
  namedChild: 'Named child',
  name: 'Name',
  role: 'Role',
  dateOfBirth: 'Date of birth',
  relationship: 'Relationship',
  label: 'Check',
  requestedOn: 'Requested',
  receivedOn: 'Received',
  outcome: 'Outcome',
  expiresOn: 'Expires',
  notNeeded: 'Not needed',
  on: 'Date',
  note: 'Note',
  active: 'Still uses the app',
  title: 'Title',
  summary: 'Summary',
  body: 'Text',
  category: 'Category',
};

/** What kind of record a table holds, for "Check: Medical" style labels. */
export const RECORD_KINDS: Record<string, string> = {
  households: 'Household',
  householdDetails: 'Contact details',
  people: 'Person',
  checks: 'Check',
  appointments: 'Appointment',
  staff: 'Someone who uses the app',
  settings: 'Service setting',
  targetPlans: 'Saved target scenario',
  localResources: 'Library resource',
};

/** The field in words; paths not named here read as their last part, spaced out ("ageFrom" → "age from"). */
export function fieldInWords(table: string, path: string): string {
  if (table === 'settings') return `Setting: ${path.replace(/^value\.?/, '') || 'value'}`;
  if (table === 'appointments' && path === 'kind') return 'Kind of appointment';
  if (table === 'checks' && path === 'label') return 'Name of the check';
  const named = FIELD_NAMES[path];
  if (named) return named;
  const last = path.split('.').pop() ?? path;
  const spaced = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const CODES: Record<string, Record<string, string>> = {
  stage: STAGE_LABELS,
  state: LINE_STATE_LABELS,
  outcomeCode: ENDING_LABELS,
  howHeard: HOW_HEARD,
  interests: FOSTERING_INTERESTS,
  'assessment.panel.recommendation': PANEL_RECOMMENDATIONS,
  'assessment.decision.outcome': { approve: 'Approve', doNotApprove: 'Do not approve' },
  'assessment.decision.qualifying.mindedTo': { notApprove: 'Not to approve', otherTerms: 'To approve on other terms' },
  'assessment.decision.representations.recommendation': PANEL_RECOMMENDATIONS,
  'assessment.decision.irm.recommendation': PANEL_RECOMMENDATIONS,
  'assessment.terms.type': APPROVAL_TYPES,
  'assessment.terms.types': APPROVAL_TYPES,
  role: PERSON_ROLES,
  outcome: CHECK_OUTCOMES,
};

function codeTable(table: string, path: string): Record<string, string> | undefined {
  if (path === 'kind') return table === 'appointments' ? APPOINTMENT_KINDS : HOUSEHOLD_KINDS;
  return CODES[path];
}

/** A stored value in words. `staffName` turns a worker's or assessor's id into their name. */
export function valueInWords(table: string, path: string, value: unknown, staffName: (id: string) => string | undefined): string {
  if (path === WHOLE_RECORD) return value === RECORD_REMOVED ? 'Removed' : value === RECORD_KEPT ? 'Kept, with changes' : String(value);
  if (value === undefined || value === null || value === '') return 'Not recorded';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (path === 'phone' && typeof value === 'string') return formatPhone(value);
  if ((path === 'workerId' || path === 'assessment.assessorId') && typeof value === 'string') return staffName(value) ?? 'Someone no longer on this device';
  const codes = codeTable(table, path);
  const word = (v: unknown): string => {
    if (typeof v === 'string' && codes && v in codes) return codes[v]!;
    if (typeof v === 'string' && isIsoDate(v)) return formatDate(v);
    if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      if (typeof o.course === 'string') return `${o.course}${typeof o.attendedOn === 'string' ? ` (${formatDate(o.attendedOn)})` : ''}`;
      return Object.values(o).map(word).join(', ');
    }
    return String(v);
  };
  if (Array.isArray(value)) return value.length ? value.map(word).join('; ') : 'None';
  return word(value);
}
