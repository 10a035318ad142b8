import { isKeyOf } from './codes';
import { CHECK_SCOPES, DEFAULT_CHECK_TYPES, DEFAULT_LOCAL_TARGETS, type CheckScope, type CheckType, type LocalTargets } from './settings';

/** One local target as the form shows it: what it is, its unit and the range the service may choose. */
export interface LocalTargetField {
  key: keyof LocalTargets;
  label: string;
  hint: string;
  /** How messages name it: "Enter the number of …". */
  noun: string;
  unit: 'working days' | 'months' | 'per cent';
  min: number;
  max: number;
}

export const LOCAL_TARGET_FIELDS: readonly LocalTargetField[] = [
  {
    key: 'enquiryReplyWorkingDays',
    label: 'Reply to an enquiry',
    hint: 'Working days after the enquiry',
    noun: 'working days to reply to an enquiry',
    unit: 'working days',
    min: 1,
    max: 10,
  },
  {
    key: 'initialVisitWorkingDays',
    label: 'Initial visit',
    hint: 'Working days after the enquiry',
    noun: 'working days to the initial visit',
    unit: 'working days',
    min: 1,
    max: 30,
  },
  {
    key: 'applicationWorkingDays',
    label: 'Application after the initial visit',
    hint: 'Working days after the initial visit; 0 for no target',
    noun: 'working days from the initial visit to the application',
    unit: 'working days',
    min: 0,
    max: 60,
  },
  {
    key: 'proceedDecisionWorkingDays',
    label: 'Decision to proceed to stage 2',
    hint: 'Working days after the last stage 1 check comes back',
    noun: 'working days to decide whether to proceed to stage 2',
    unit: 'working days',
    min: 1,
    max: 30,
  },
  {
    key: 'stage1Months',
    label: 'Stage 1',
    hint: 'Months from the start of stage 1 to every check coming back',
    noun: 'months for stage 1',
    unit: 'months',
    min: 1,
    max: 6,
  },
  // Panel must come within 8 months of the application (NMS 14.4), so stage 2 cannot be longer.
  {
    key: 'stage2Months',
    label: 'Stage 2',
    hint: 'Months from the start of stage 2 to the completed assessment report',
    noun: 'months for stage 2',
    unit: 'months',
    min: 1,
    max: 8,
  },
  {
    key: 'decisionAfterReviewWorkingDays',
    label: 'Decision after a qualifying determination',
    hint: 'Working days after the 28 days close with no representations or IRM application, or after the panel that heard them',
    noun: 'working days for the decision after a qualifying determination',
    unit: 'working days',
    min: 1,
    max: 30,
  },
  // Below 5%, even the longest clock (8 months to panel) would warn less than two weeks ahead.
  {
    key: 'atRiskPercent',
    label: 'At risk',
    hint: "The last share of each deadline's time, from its start to its due date, as a percentage",
    noun: 'per cent of the time at risk',
    unit: 'per cent',
    min: 5,
    max: 100,
  },
];

export type LocalTargetsForm = Record<keyof LocalTargets, string>;
export type SettingsErrors<K extends string = string> = Partial<Record<K, string>>;

export type Validated<T, K extends string = string> = { ok: true; value: T } | { ok: false; errors: SettingsErrors<K> };

export function localTargetsForm(targets: LocalTargets): LocalTargetsForm {
  const form = {} as LocalTargetsForm;
  for (const f of LOCAL_TARGET_FIELDS) form[f.key] = String(targets[f.key]);
  return form;
}

/** A whole number in a range, or the message to show beside the field. */
function wholeNumber(raw: string, noun: string, min: number, max: number, example: number): number | string {
  const text = raw.trim();
  if (text === '') return `Enter the number of ${noun}`;
  if (!/^[+-]?\d+$/.test(text)) return `Number of ${noun} must be a whole number, like ${example}`;
  const n = Number(text);
  if (n < min || n > max) return `Number of ${noun} must be between ${min} and ${max}`;
  return n;
}

export function validateLocalTargets(form: LocalTargetsForm): Validated<LocalTargets, keyof LocalTargets> {
  const errors: SettingsErrors<keyof LocalTargets> = {};
  const value = { ...DEFAULT_LOCAL_TARGETS };
  for (const f of LOCAL_TARGET_FIELDS) {
    const result = wholeNumber(form[f.key] ?? '', f.noun, f.min, f.max, DEFAULT_LOCAL_TARGETS[f.key]);
    if (typeof result === 'string') errors[f.key] = result;
    else value[f.key] = result;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

const BUILT_IN_KEYS = new Set(DEFAULT_CHECK_TYPES.map((t) => t.key));

/** Built-in checks can be renamed and made optional but not removed: other rules refer to them. */
export function isBuiltInCheckType(key: string): boolean {
  return BUILT_IN_KEYS.has(key);
}

/** A check type as the form edits it: the count and the validity are still text ('' for no validity). */
export interface CheckTypeRow extends Omit<CheckType, 'count' | 'validityMonths'> {
  count: string;
  validityMonths: string;
}

export function checkTypeRows(types: CheckType[]): CheckTypeRow[] {
  return types.map((t) => ({ ...t, count: String(t.count), validityMonths: t.validityMonths ? String(t.validityMonths) : '' }));
}

const MAX_LABEL = 80;
const MAX_COUNT = 10;
const MAX_VALIDITY_MONTHS = 120;

/** `which` names the check in messages, so the error summary says which row is wrong. */
function checkLabelError(label: string, others: string[], which: string): string | undefined {
  const text = label.trim();
  if (!text) return `Enter the name of ${which}`;
  if (text.length > MAX_LABEL) return `Name of ${which} must be ${MAX_LABEL} characters or fewer`;
  if (others.some((o) => o.trim().toLowerCase() === text.toLowerCase())) return `There is already a check called ${text}`;
  return undefined;
}

/** Named as on screen, so "Personal reference" reads "Number of Personal reference checks". */
function checkNoun(label: string): string {
  const name = label.trim().replace(/\s+checks?$/i, '');
  return name ? `${name} checks` : 'checks of this kind';
}

function countOf(row: Pick<CheckTypeRow, 'count' | 'label'>): number | string {
  return wholeNumber(row.count, checkNoun(row.label), 1, MAX_COUNT, 1);
}

/** Months a check stays valid: none when blank or when the check has no expiry. */
function validityOf(row: Pick<CheckTypeRow, 'validityMonths' | 'hasExpiry' | 'label'>): number | undefined | string {
  if (!row.hasExpiry || !row.validityMonths.trim()) return undefined;
  return wholeNumber(row.validityMonths, `months ${checkNoun(row.label)} stay valid`, 1, MAX_VALIDITY_MONTHS, 36);
}

function scopeOf(row: Pick<CheckTypeRow, 'scope'>): CheckScope {
  return isKeyOf(CHECK_SCOPES, row.scope) ? row.scope : 'household';
}

/** Validates the whole check list; errors are keyed `<check key>.label`, `.count` and `.validityMonths`. */
export function validateCheckTypes(rows: CheckTypeRow[]): Validated<CheckType[]> {
  const errors: SettingsErrors = {};
  const value: CheckType[] = [];
  rows.forEach((row, i) => {
    const labelError = checkLabelError(row.label, rows.filter((_, j) => j < i).map((r) => r.label), `check ${i + 1}`);
    if (labelError) errors[`${row.key}.label`] = labelError;
    const count = countOf(row);
    if (typeof count === 'string') errors[`${row.key}.count`] = count;
    const validity = validityOf(row);
    if (typeof validity === 'string') errors[`${row.key}.validityMonths`] = validity;
    if (!labelError && typeof count === 'number' && typeof validity !== 'string') {
      const type: CheckType = { key: row.key, label: row.label.trim(), scope: scopeOf(row), required: row.required, hasExpiry: row.hasExpiry, count };
      if (validity) type.validityMonths = validity;
      value.push(type);
    }
  });
  if (rows.length === 0) errors.form = 'The check list must have at least one check';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

export interface NewCheckTypeForm {
  label: string;
  count: string;
  scope: CheckScope;
  required: boolean;
  hasExpiry: boolean;
  validityMonths: string;
}

/** A key for a new check type from its name, unlike any key already in the list. */
export function checkTypeKey(label: string, existing: string[]): string {
  const slug = label
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'check';
  let key = `custom-${slug}`;
  for (let n = 2; existing.includes(key); n++) key = `custom-${slug}-${n}`;
  return key;
}

export function validateNewCheckType(form: NewCheckTypeForm, existing: CheckTypeRow[]): Validated<CheckTypeRow, 'label' | 'count' | 'validityMonths'> {
  const errors: SettingsErrors<'label' | 'count' | 'validityMonths'> = {};
  const labelError = checkLabelError(form.label, existing.map((r) => r.label), 'the new check');
  if (labelError) errors.label = labelError;
  const count = countOf(form);
  if (typeof count === 'string') errors.count = count;
  const validity = validityOf(form);
  if (typeof validity === 'string') errors.validityMonths = validity;
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      key: checkTypeKey(form.label, existing.map((r) => r.key)),
      label: form.label.trim(),
      scope: scopeOf(form),
      required: form.required,
      hasExpiry: form.hasExpiry,
      count: String(count),
      validityMonths: validity ? String(validity) : '',
    },
  };
}

/** A name for the "who is using this device" list: present, not too long, not already there. */
export function validateStaffName(name: string, existing: string[]): Validated<string> {
  const text = name.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, errors: { name: 'Enter the full name' } };
  if (text.length > MAX_LABEL) return { ok: false, errors: { name: `Name must be ${MAX_LABEL} characters or fewer` } };
  if (existing.some((e) => e.toLowerCase() === text.toLowerCase())) return { ok: false, errors: { name: `${text} is already on the list` } };
  return { ok: true, value: text };
}
