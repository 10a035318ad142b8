/**
 * How long a household's records are kept after its part with the service ends (FSR 2011 reg 32,
 * UK GDPR storage limitation): an approved carer's records for 10 years from when the approval
 * ends; a refused or withdrawn applicant's (and an enquiry that went no further) for 3 years. The
 * service may keep them longer, never for less.
 */
import { addMonths, isIsoDate, type IsoDate } from './dates';
import type { Household } from './household';

export interface RetentionRules {
  /** Years an approved carer's records are kept after the approval ends. */
  approvedYears: number;
  /** Years an applicant's records are kept after a refusal, withdrawal or closure. */
  endedYears: number;
}

/** The regulations' minimums, which are also the defaults. */
export const RETENTION_MINIMUMS: RetentionRules = { approvedYears: 10, endedYears: 3 };

/** The longest the form accepts: beyond this is a typing slip, not a policy. */
export const RETENTION_MAX_YEARS = 100;

export type RetentionForm = Record<keyof RetentionRules, string>;

const WHAT: Record<keyof RetentionRules, { noun: string; why: string }> = {
  approvedYears: { noun: 'years to keep an approved carer’s records', why: 'regulation 32 requires 10 years from when the approval ends' },
  endedYears: { noun: 'years to keep a refused or withdrawn applicant’s records', why: 'the minimum is 3 years' },
};

/** One period as typed: whole years, not fewer than the regulations' minimum. */
export function checkRetentionYears(key: keyof RetentionRules, typed: string): { ok: true; value: number } | { ok: false; message: string } {
  const text = typed.trim();
  const { noun, why } = WHAT[key];
  if (text === '') return { ok: false, message: `Enter the number of ${noun}` };
  if (!/^\d+$/.test(text)) return { ok: false, message: `The number of ${noun} must be a whole number, like ${RETENTION_MINIMUMS[key]}` };
  if (Number(text) < RETENTION_MINIMUMS[key]) return { ok: false, message: `The number of ${noun} cannot be fewer than ${RETENTION_MINIMUMS[key]}: ${why}` };
  if (Number(text) > RETENTION_MAX_YEARS) return { ok: false, message: `The number of ${noun} must be ${RETENTION_MAX_YEARS} or fewer` };
  return { ok: true, value: Number(text) };
}

/** Stored rules as the service set them, with any rule missing or below its minimum raised to it. */
export function effectiveRules(stored: unknown): RetentionRules {
  const value = (stored ?? {}) as Partial<Record<keyof RetentionRules, unknown>>;
  const pick = (key: keyof RetentionRules) => {
    const n = value[key];
    return typeof n === 'number' && Number.isInteger(n) ? Math.max(n, RETENTION_MINIMUMS[key]) : RETENTION_MINIMUMS[key];
  };
  return { approvedYears: pick('approvedYears'), endedYears: pick('endedYears') };
}

export type RetentionBasis = 'approvalEnded' | 'ended';

export interface RetentionDue {
  basis: RetentionBasis;
  /** When the household's part ended: the approval's end, or the refusal, withdrawal or closure. */
  endedOn: IsoDate;
  /** The first day the records may be deleted. */
  dueOn: IsoDate;
}

/** What the retention clock needs of a household. */
export type RetentionFacts = Pick<Household, 'stage' | 'state' | 'lastMoveOn' | 'deregisteredOn'>;

/**
 * When a household's records fall due for deletion, or undefined while it is still with the
 * service (an open case, or carers still approved). `carerLeftOn` is the day the household left
 * the carer register, when the register knows it.
 */
export function retentionDue(h: RetentionFacts, rules: RetentionRules, carerLeftOn?: IsoDate): RetentionDue | undefined {
  const approvalEnded = h.deregisteredOn ?? carerLeftOn;
  if (h.stage === 'approved') {
    if (!isIsoDate(approvalEnded)) return undefined;
    return { basis: 'approvalEnded', endedOn: approvalEnded, dueOn: addMonths(approvalEnded, rules.approvedYears * 12) };
  }
  if (h.state === 'active' || h.state === 'onHold' || !isIsoDate(h.lastMoveOn)) return undefined;
  return { basis: 'ended', endedOn: h.lastMoveOn, dueOn: addMonths(h.lastMoveOn, rules.endedYears * 12) };
}

export const isDue = (due: RetentionDue | undefined, today: IsoDate): due is RetentionDue => due !== undefined && due.dueOn <= today;

/** Why a household may be erased before its time: said, and audited. */
export const EARLY_ERASURE_REASON_MAX = 500;

export function earlyErasureError(reason: string): string | undefined {
  const text = reason.trim();
  if (text.length < 5) return 'Say why this household is being deleted before its time, for example “entered by mistake”';
  if (text.length > EARLY_ERASURE_REASON_MAX) return `The reason must be ${EARLY_ERASURE_REASON_MAX} characters or fewer`;
  return undefined;
}
