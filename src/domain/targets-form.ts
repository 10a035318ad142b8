/**
 * The recruitment-targets form: which input is which, in the groups a manager thinks in, and how
 * typed text becomes the calculator's numbers. Shares and rates are typed as percentages (70 for
 * a 70% share), so the form, not the person, divides by 100. Text that is not a number becomes a
 * message for its field and never reaches the calculator.
 */
import { DEFAULT_RECRUITMENT_INPUTS, validateRecruitmentInputs, type RecruitmentInputs } from './recruitment';
import { DEFAULT_ASSUMPTIONS, validateAssumptions, type TargetAssumptions } from './target-assumptions';

/** The figures typed into the form: the design's inputs and the assumptions that are numbers. */
export type TargetNumbers = RecruitmentInputs & Pick<TargetAssumptions, 'kinshipPlaces' | 'leadTimeMonths'>;

export const DEFAULT_TARGET_NUMBERS: TargetNumbers = {
  ...DEFAULT_RECRUITMENT_INPUTS,
  kinshipPlaces: DEFAULT_ASSUMPTIONS.kinshipPlaces,
  leadTimeMonths: DEFAULT_ASSUMPTIONS.leadTimeMonths,
};

export type InputKey = keyof TargetNumbers;

export type TargetErrors = Partial<Record<InputKey, string>>;

export type InputUnit = 'count' | 'percent' | 'decimal' | 'years' | 'months' | 'pounds';

export interface TargetInput {
  key: InputKey;
  label: string;
  hint: string;
  unit: InputUnit;
  /** Decimal places shown when the form writes a figure into the field. */
  decimals: number;
  /** How "Enter …" names it, where the label alone would read oddly. */
  noun?: string;
}

export interface TargetInputGroup {
  id: string;
  title: string;
  inputs: TargetInput[];
}

export const TARGET_INPUT_GROUPS: readonly TargetInputGroup[] = [
  {
    id: 'today',
    title: 'Today’s placements',
    inputs: [
      {
        key: 'inHousePlaces',
        label: 'Children in in-house placements',
        hint: 'Children in the service’s own foster placements now, kinship counted in as the 54/46 figure does.',
        unit: 'count',
        decimals: 0,
      },
      {
        key: 'kinshipPlaces',
        label: 'Children with kinship carers',
        hint: 'Of the in-house placements, children placed with connected-person (kinship) carers.',
        unit: 'count',
        decimals: 0,
        noun: 'number of children with kinship carers',
      },
      { key: 'ifaPlaces', label: 'Children in agency placements', hint: 'Children placed with independent fostering agencies (IFAs) now.', unit: 'count', decimals: 0 },
    ],
  },
  {
    id: 'target',
    title: 'The target',
    inputs: [
      { key: 'targetInHouseShare', label: 'Target in-house share', hint: 'A percentage, for example 70.', unit: 'percent', decimals: 1 },
      { key: 'yearsToTarget', label: 'Years to reach the target', hint: 'A whole number of years from today.', unit: 'years', decimals: 0 },
    ],
  },
  {
    id: 'assumptions',
    title: 'Recruitment assumptions',
    inputs: [
      {
        key: 'demandGrowthPerYear',
        label: 'Yearly growth in demand',
        hint: 'Growth in all foster placements needed, as a percentage; 0 for none, a minus sign for a fall.',
        unit: 'percent',
        decimals: 1,
      },
      {
        key: 'approvalsPerYearNow',
        label: 'Approvals a year at today’s rate',
        hint: 'Households approved in a year now; draws the line at today’s rate.',
        unit: 'count',
        decimals: 0,
      },
      {
        key: 'placesPerNewHousehold',
        label: 'Places per newly approved household',
        hint: 'For example 1.5.',
        unit: 'decimal',
        decimals: 2,
      },
      {
        key: 'placeUtilisation',
        label: 'Share of approved places used',
        hint: 'A percentage; 100 if every approved place is used.',
        unit: 'percent',
        decimals: 1,
      },
      { key: 'deregistrationsPerYear', label: 'Households leaving each year', hint: 'Carer households deregistering in a year.', unit: 'count', decimals: 0 },
      {
        key: 'placesLostPerDeregistration',
        label: 'Places lost per household leaving',
        hint: 'For example 0.81.',
        unit: 'decimal',
        decimals: 2,
      },
      {
        key: 'enquiryToApprovalRate',
        label: 'Enquiries that end in approval',
        hint: 'Households approved per enquiry, as a percentage; about 11 nationally.',
        unit: 'percent',
        decimals: 1,
        noun: 'share of enquiries that end in approval',
      },
      {
        key: 'leadTimeMonths',
        label: 'Time from enquiry to approval',
        hint: 'How long a household takes from enquiry to approval; about 9 months nationally.',
        unit: 'months',
        decimals: 1,
        noun: 'time from enquiry to approval, in months',
      },
    ],
  },
  {
    id: 'costs',
    title: 'Costs',
    inputs: [
      { key: 'weeklyCostIfa', label: 'Weekly cost of an agency place', hint: 'In pounds.', unit: 'pounds', decimals: 0 },
      { key: 'weeklyCostInHouse', label: 'Weekly cost of an in-house place', hint: 'In pounds.', unit: 'pounds', decimals: 0 },
    ],
  },
];

export const TARGET_INPUTS: readonly TargetInput[] = TARGET_INPUT_GROUPS.flatMap((g) => g.inputs);

const BY_KEY = new Map(TARGET_INPUTS.map((i) => [i.key, i]));

export function targetInput(key: InputKey): TargetInput {
  return BY_KEY.get(key)!;
}

/** What a field holds: the text on screen and, when the form wrote it, the exact figure behind it. */
export interface FieldValue {
  text: string;
  /**
   * 18/114 shows as "15.8" but must calculate as 18/114: while the text is still what the form
   * wrote, the exact figure is used.
   */
  exact?: number;
}

export type TargetsForm = Record<InputKey, FieldValue>;

/** A figure as the form writes it into its field: 0.7 → "70", 27/18 → "1.5". */
export function formatInput(key: InputKey, value: number): string {
  const { unit, decimals } = targetInput(key);
  const shown = unit === 'percent' ? value * 100 : value;
  const factor = 10 ** decimals;
  return String(Math.round(shown * factor) / factor + 0);
}

export function fieldValue(key: InputKey, value: number): FieldValue {
  return { text: formatInput(key, value), exact: value };
}

export function targetsForm(inputs: TargetNumbers): TargetsForm {
  const form = {} as TargetsForm;
  for (const { key } of TARGET_INPUTS) form[key] = fieldValue(key, inputs[key]);
  return form;
}

/** Plain decimals; commas, "£" and "%" are allowed as people type them. */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

function parseField(key: InputKey, field: FieldValue): number | string {
  if (field.exact !== undefined && field.text === formatInput(key, field.exact)) return field.exact;
  const { label, unit, noun } = targetInput(key);
  const text = field.text.replace(/[\s,£%]/g, '');
  if (text === '') return `Enter the ${noun ?? `${unit === 'percent' || unit === 'pounds' ? '' : 'number of '}${label.toLowerCase()}`}`;
  if (!DECIMAL.test(text)) return `${label} must be a number, like ${formatInput(key, DEFAULT_TARGET_NUMBERS[key])}`;
  const n = Number(text) + 0;
  return unit === 'percent' ? n / 100 : n;
}

export type TargetsFormResult = { ok: true; inputs: TargetNumbers } | { ok: false; errors: TargetErrors };

/** Typed text to the calculator's inputs, or a message for every field that is wrong. */
export function parseTargetsForm(form: TargetsForm, leaveOutKinship = false): TargetsFormResult {
  const inputs: TargetNumbers = { ...DEFAULT_TARGET_NUMBERS };
  const parseErrors: TargetErrors = {};
  for (const { key } of TARGET_INPUTS) {
    const parsed = parseField(key, form[key]);
    if (typeof parsed === 'string') parseErrors[key] = parsed;
    else inputs[key] = parsed;
  }
  // Fields that could not be read stand at their default here only so the others still get checked.
  const errors: TargetErrors = {
    ...validateRecruitmentInputs(inputs),
    ...validateAssumptions({ ...DEFAULT_ASSUMPTIONS, ...inputs, leaveOutKinship }),
    ...parseErrors,
  };
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, inputs };
}

export const SCENARIO_NAME_MAX = 80;

export type ScenarioNameResult = { ok: true; name: string } | { ok: false; error: string };

/** A saved scenario needs a name the table and the comparison can show. */
export function validateScenarioName(name: string): ScenarioNameResult {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) return { ok: false, error: 'Enter a name for this scenario' };
  if (trimmed.length > SCENARIO_NAME_MAX) return { ok: false, error: `Scenario name must be ${SCENARIO_NAME_MAX} characters or fewer` };
  return { ok: true, name: trimmed };
}
