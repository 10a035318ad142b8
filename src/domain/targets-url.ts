/**
 * The calculator's inputs in a link, so a manager can send a scenario to a colleague. Keys are
 * design.md's symbols; only figures that differ from the source documents' are written, so the
 * link stays short. Values are the calculator's own units (a 70% share is 0.7) written exactly.
 * Reading is forgiving: anything missing, unknown or invalid falls back to the default.
 */
import { DEFAULT_RECRUITMENT_INPUTS, validateRecruitmentInputs, type RecruitmentInputs } from './recruitment';

type InputKey = keyof RecruitmentInputs;

export const URL_KEYS: Readonly<Record<InputKey, string>> = {
  inHousePlaces: 'h',
  ifaPlaces: 'i',
  targetInHouseShare: 'p',
  demandGrowthPerYear: 'g',
  yearsToTarget: 'y',
  placesPerNewHousehold: 'c',
  placeUtilisation: 'u',
  deregistrationsPerYear: 'd',
  placesLostPerDeregistration: 'l',
  enquiryToApprovalRate: 'r',
  approvalsPerYearNow: 'a',
  weeklyCostIfa: 'wi',
  weeklyCostInHouse: 'wh',
};

/** Lists the figures filled from the service's own records, so the link shows their source too. */
const RECORDS_KEY = 'rec';

const INPUT_KEYS = Object.keys(URL_KEYS) as InputKey[];
const KEY_BY_PARAM = new Map(INPUT_KEYS.map((k) => [URL_KEYS[k], k]));

/**
 * Decimals as `String(number)` writes them (tiny ones with an exponent); not hex, "Infinity" or
 * blanks, which `Number()` would also accept.
 */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

export interface TargetsLink {
  inputs: RecruitmentInputs;
  /** Inputs taken from this service's records rather than typed or left at the default. */
  fromRecords: InputKey[];
}

/** The query string (without "?") for these inputs; empty when every figure is the default. */
export function encodeTargetsQuery({ inputs, fromRecords }: TargetsLink): string {
  const params = new URLSearchParams();
  for (const key of INPUT_KEYS) {
    if (inputs[key] !== DEFAULT_RECRUITMENT_INPUTS[key]) params.set(URL_KEYS[key], String(inputs[key]));
  }
  const records = INPUT_KEYS.filter((k) => fromRecords.includes(k)).map((k) => URL_KEYS[k]);
  if (records.length) params.set(RECORDS_KEY, records.join(','));
  return params.toString();
}

/** Inputs from a query string; always a set the calculator accepts. */
export function decodeTargetsQuery(query: string): TargetsLink {
  const params = new URLSearchParams(query);
  const inputs: RecruitmentInputs = { ...DEFAULT_RECRUITMENT_INPUTS };
  for (const key of INPUT_KEYS) {
    const raw = params.get(URL_KEYS[key])?.trim();
    if (raw && DECIMAL.test(raw)) inputs[key] = Number(raw) + 0;
  }
  // One pass is enough: the defaults pass every check, and the one rule across fields
  // (some placements) is met once the in-house figure is back to its default.
  for (const key of Object.keys(validateRecruitmentInputs(inputs)) as InputKey[]) {
    inputs[key] = DEFAULT_RECRUITMENT_INPUTS[key];
  }
  const fromRecords = (params.get(RECORDS_KEY) ?? '')
    .split(',')
    .map((p) => KEY_BY_PARAM.get(p))
    .filter((k): k is InputKey => k !== undefined);
  return { inputs, fromRecords: INPUT_KEYS.filter((k) => fromRecords.includes(k)) };
}
