/**
 * The calculator's inputs in a link, so a manager can send a scenario to a colleague. Keys are
 * design.md's symbols; only figures that differ from the source documents' are written, so the
 * link stays short. Values are the calculator's own units (a 70% share is 0.7) written exactly.
 * Reading is forgiving: anything missing, unknown or invalid falls back to the default.
 */
import { NEED_CATEGORY_KEYS, validateNeeds, type NeedCategory, type NeedPlacements } from './need-categories';
import { validateRecruitmentInputs } from './recruitment';
import { DEFAULT_ASSUMPTIONS, validateAssumptions, type CalculatorInputs } from './target-assumptions';
import { DEFAULT_TARGET_NUMBERS, type InputKey, type TargetNumbers } from './targets-form';

export const URL_KEYS: Readonly<Record<InputKey, string>> = {
  inHousePlaces: 'h',
  ifaPlaces: 'i',
  kinshipPlaces: 'k',
  targetInHouseShare: 'p',
  demandGrowthPerYear: 'g',
  yearsToTarget: 'y',
  placesPerNewHousehold: 'c',
  placeUtilisation: 'u',
  deregistrationsPerYear: 'd',
  placesLostPerDeregistration: 'l',
  enquiryToApprovalRate: 'r',
  approvalsPerYearNow: 'a',
  leadTimeMonths: 'lt',
  weeklyCostIfa: 'wi',
  weeklyCostInHouse: 'wh',
};

/** Lists the figures filled from the service's own records, so the link shows their source too. */
const RECORDS_KEY = 'rec';
/** Present when kinship placements are left out of the in-house share. */
const LEAVE_OUT_KINSHIP_KEY = 'xk';
/** The need categories as "category:in-house,agency" separated by ";"; "none" when all are blank. */
const NEEDS_KEY = 'n';

const INPUT_KEYS = Object.keys(URL_KEYS) as InputKey[];
const KEY_BY_PARAM = new Map(INPUT_KEYS.map((k) => [URL_KEYS[k], k]));

/**
 * Decimals as `String(number)` writes them (tiny ones with an exponent); not hex, "Infinity" or
 * blanks, which `Number()` would also accept.
 */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

export interface TargetsLink {
  inputs: CalculatorInputs;
  /** Inputs taken from this service's records rather than typed or left at the default. */
  fromRecords: InputKey[];
}

function encodeNeeds(needs: NeedPlacements): string {
  const parts = NEED_CATEGORY_KEYS.flatMap((c) => {
    const n = needs[c];
    return n ? [`${c}:${n.inHouse},${n.agency}`] : [];
  });
  return parts.length ? parts.join(';') : 'none';
}

function decodeNeeds(raw: string | null): NeedPlacements {
  if (raw === null) return DEFAULT_ASSUMPTIONS.needs;
  const needs: NeedPlacements = {};
  for (const part of raw.split(';')) {
    const m = /^(\w+):([^,]+),(.+)$/.exec(part);
    if (!m || !(NEED_CATEGORY_KEYS as string[]).includes(m[1]!) || !DECIMAL.test(m[2]!) || !DECIMAL.test(m[3]!)) continue;
    needs[m[1] as NeedCategory] = { inHouse: Number(m[2]) + 0, agency: Number(m[3]) + 0 };
  }
  return needs;
}

/** The query string (without "?") for these inputs; empty when every figure is the default. */
export function encodeTargetsQuery({ inputs, fromRecords }: TargetsLink): string {
  const params = new URLSearchParams();
  for (const key of INPUT_KEYS) {
    if (inputs[key] !== DEFAULT_TARGET_NUMBERS[key]) params.set(URL_KEYS[key], String(inputs[key]));
  }
  if (inputs.leaveOutKinship) params.set(LEAVE_OUT_KINSHIP_KEY, '1');
  const needs = encodeNeeds(inputs.needs);
  if (needs !== encodeNeeds(DEFAULT_ASSUMPTIONS.needs)) params.set(NEEDS_KEY, needs);
  const records = INPUT_KEYS.filter((k) => fromRecords.includes(k)).map((k) => URL_KEYS[k]);
  if (records.length) params.set(RECORDS_KEY, records.join(','));
  return params.toString();
}

/** Inputs from a query string; always a set the calculator accepts. */
export function decodeTargetsQuery(query: string): TargetsLink {
  const params = new URLSearchParams(query);
  const numbers: TargetNumbers = { ...DEFAULT_TARGET_NUMBERS };
  for (const key of INPUT_KEYS) {
    const raw = params.get(URL_KEYS[key])?.trim();
    if (raw && DECIMAL.test(raw)) numbers[key] = Number(raw) + 0;
  }
  const inputs: CalculatorInputs = {
    ...numbers,
    leaveOutKinship: params.get(LEAVE_OUT_KINSHIP_KEY) === '1',
    needs: decodeNeeds(params.get(NEEDS_KEY)),
  };
  // The design's inputs first: the defaults pass every check, and the one rule across them
  // (some placements) is met once the in-house figure is back to its default.
  for (const key of Object.keys(validateRecruitmentInputs(inputs)) as InputKey[]) inputs[key] = DEFAULT_TARGET_NUMBERS[key];
  // Then the assumptions, which are checked against those; the switch goes if it still leaves nothing.
  for (const key of Object.keys(validateAssumptions(inputs)) as InputKey[]) inputs[key] = DEFAULT_TARGET_NUMBERS[key];
  if (Object.keys(validateAssumptions(inputs)).length) inputs.leaveOutKinship = false;
  const inHouse = inputs.leaveOutKinship ? inputs.inHousePlaces - inputs.kinshipPlaces : inputs.inHousePlaces;
  const needErrors = validateNeeds(inputs.needs, inHouse, inputs.ifaPlaces);
  inputs.needs = Object.fromEntries(
    Object.entries(inputs.needs).filter(([c]) => !Object.keys(needErrors).some((f) => f.startsWith(`${c}.`))),
  );
  const fromRecords = (params.get(RECORDS_KEY) ?? '')
    .split(',')
    .map((p) => KEY_BY_PARAM.get(p))
    .filter((k): k is InputKey => k !== undefined);
  return { inputs, fromRecords: INPUT_KEYS.filter((k) => fromRecords.includes(k)) };
}
