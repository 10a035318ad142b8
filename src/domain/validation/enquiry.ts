import * as v from 'valibot';
import { FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD, isKeyOf, type FosteringInterest, type HouseholdKind, type HowHeard } from '../codes';
import { isIsoDate, type IsoDate } from '../dates';
import { normaliseEmail } from './email';
import { normalisePhone } from './phone';
import { normalisePostcode } from './postcode';

/** What the enquiry form collects, as typed. */
export interface EnquiryForm {
  applicant1: string;
  applicant2: string;
  email: string;
  phone: string;
  postcode: string;
  howHeard: string;
  interests: string[];
  notes: string;
  enquiryOn: string;
  kind: string;
}

/** A valid enquiry, normalised and ready to save. */
export interface Enquiry {
  applicants: string[];
  email?: string;
  phone?: string;
  postcode: string;
  howHeard: HowHeard;
  interests: FosteringInterest[];
  notes?: string;
  enquiryOn: IsoDate;
  kind: HouseholdKind;
}

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** The order errors appear in the error summary: the order of the fields on the form. */
export const ENQUIRY_FIELD_ORDER: (keyof EnquiryForm)[] = [
  'applicant1', 'applicant2', 'email', 'phone', 'postcode', 'howHeard', 'interests', 'enquiryOn', 'kind', 'notes',
];

const name = (label: string, required: boolean) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => !required || s.length > 0, `Enter ${label}`),
    v.maxLength(100, `${label[0]!.toUpperCase()}${label.slice(1)} must be 100 characters or fewer`),
  );

const schema = v.object({
  applicant1: name("the applicant's full name", true),
  applicant2: name("the second applicant's full name", false),
  email: v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => s === '' || normaliseEmail(s) !== undefined, 'Enter an email address in the correct format, like name@example.com'),
  ),
  phone: v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => s === '' || normalisePhone(s) !== undefined, 'Enter a UK phone number, like 01632 960 001 or 07700 900 982'),
  ),
  postcode: v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => s.length > 0, 'Enter a postcode'),
    v.check((s) => s.length === 0 || normalisePostcode(s) !== undefined, 'Enter a real UK postcode, like AA1 1AA'),
  ),
  howHeard: v.pipe(v.string(), v.check((s) => isKeyOf(HOW_HEARD, s), 'Select how they heard about fostering')),
  interests: v.pipe(
    v.array(v.string()),
    v.check((a) => a.length > 0, 'Select what kind of fostering they are interested in, or "Not sure yet"'),
    v.check((a) => a.every((i) => isKeyOf(FOSTERING_INTERESTS, i)), 'Select from the kinds of fostering listed'),
  ),
  notes: v.pipe(v.string(), v.trim(), v.maxLength(5000, 'Notes must be 5,000 characters or fewer')),
  enquiryOn: v.string(),
  kind: v.pipe(v.string(), v.check((s) => isKeyOf(HOUSEHOLD_KINDS, s), 'Select the type of household')),
});

/**
 * Checked outside the schema: an object-level check in the pipe is skipped whenever any field fails,
 * and the user should see every error on the first submit.
 */
function validateContact(form: EnquiryForm): string | undefined {
  const filled = (s: unknown) => typeof s === 'string' && s.trim() !== '';
  return filled(form.email) || filled(form.phone) ? undefined : 'Enter a phone number or an email address, or both';
}

function validateEnquiryDate(value: string, today: IsoDate): string | undefined {
  if (!value) return 'Enter the date of the enquiry';
  if (!isIsoDate(value)) return 'Date of the enquiry must be a real date';
  if (value > today) return 'Date of the enquiry must be today or in the past';
  return undefined;
}

export type EnquiryResult = { ok: true; enquiry: Enquiry } | { ok: false; errors: FieldErrors<keyof EnquiryForm> };

/** Validates the whole form on submit (GOV.UK: validate on submit, not on blur). */
export function validateEnquiry(form: EnquiryForm, today: IsoDate): EnquiryResult {
  const errors: FieldErrors<keyof EnquiryForm> = {};
  const parsed = v.safeParse(schema, form, { abortPipeEarly: true });
  if (!parsed.success) {
    const flat = v.flatten<typeof schema>(parsed.issues);
    for (const [key, messages] of Object.entries(flat.nested ?? {})) {
      if (messages?.[0]) errors[key as keyof EnquiryForm] ??= messages[0];
    }
  }
  const contactError = validateContact(form);
  if (contactError) errors.phone ??= contactError;
  const dateError = validateEnquiryDate(form.enquiryOn, today);
  if (dateError) errors.enquiryOn = dateError;
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };

  const out = parsed.output;
  return {
    ok: true,
    enquiry: {
      applicants: [out.applicant1, out.applicant2].filter((n) => n.length > 0),
      email: out.email ? normaliseEmail(out.email) : undefined,
      phone: out.phone ? normalisePhone(out.phone) : undefined,
      postcode: normalisePostcode(out.postcode)!,
      howHeard: out.howHeard as HowHeard,
      interests: out.interests as FosteringInterest[],
      notes: out.notes || undefined,
      enquiryOn: form.enquiryOn,
      kind: out.kind as HouseholdKind,
    },
  };
}
