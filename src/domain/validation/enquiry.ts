import * as v from 'valibot';
import { FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD, isKeyOf, type FosteringInterest, type HouseholdKind, type HowHeard } from '../codes';
import { isIsoDate, type IsoDate } from '../dates';
import { normaliseEmail } from './email';
import { normalisePhone } from './phone';
import { normalisePostcode } from './postcode';
import { addressError, normaliseAddress } from './address';
import { CONTACT_MESSAGES } from './household-details';
import { notRealDate } from '../date-parts';

/** What the enquiry form collects, as typed. */
export interface EnquiryForm {
  applicant1: string;
  applicant2: string;
  email: string;
  phone: string;
  postcode: string;
  address: string;
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
  address?: string;
  howHeard: HowHeard;
  interests: FosteringInterest[];
  notes?: string;
  enquiryOn: IsoDate;
  kind: HouseholdKind;
}

export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

/** The order errors appear in the error summary: the order of the fields on the form. */
export const ENQUIRY_FIELD_ORDER: (keyof EnquiryForm)[] = [
  'applicant1', 'applicant2', 'email', 'phone', 'postcode', 'address', 'howHeard', 'interests', 'enquiryOn', 'kind', 'notes',
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
    v.check((s) => s === '' || normaliseEmail(s) !== undefined, CONTACT_MESSAGES.email),
  ),
  phone: v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => s === '' || normalisePhone(s) !== undefined, CONTACT_MESSAGES.phone),
  ),
  postcode: v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => s.length > 0, CONTACT_MESSAGES.postcodeMissing),
    v.check((s) => s.length === 0 || normalisePostcode(s) !== undefined, CONTACT_MESSAGES.postcode),
  ),
  address: v.string(),
  howHeard: v.pipe(v.string(), v.check((s) => isKeyOf(HOW_HEARD, s), CONTACT_MESSAGES.howHeard)),
  interests: v.pipe(
    v.array(v.string()),
    v.check((a) => a.length > 0, CONTACT_MESSAGES.interests),
    v.check((a) => a.every((i) => isKeyOf(FOSTERING_INTERESTS, i)), CONTACT_MESSAGES.interestsUnknown),
  ),
  notes: v.pipe(v.string(), v.trim(), v.maxLength(5000, 'Notes must be 5,000 characters or fewer')),
  enquiryOn: v.string(),
  kind: v.pipe(v.string(), v.check((s) => isKeyOf(HOUSEHOLD_KINDS, s), CONTACT_MESSAGES.kind)),
});

/**
 * Checked outside the schema: an object-level check in the pipe is skipped whenever any field fails,
 * and the user should see every error on the first submit.
 */
function validateContact(form: EnquiryForm): string | undefined {
  const filled = (s: unknown) => typeof s === 'string' && s.trim() !== '';
  return filled(form.email) || filled(form.phone) ? undefined : CONTACT_MESSAGES.contact;
}

function validateEnquiryDate(value: string, today: IsoDate): string | undefined {
  if (!value) return 'Enter the date of the enquiry';
  if (!isIsoDate(value)) return notRealDate(value, 'Date of the enquiry');
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
  const badAddress = addressError(form.address);
  if (badAddress) errors.address = badAddress;
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
      address: normaliseAddress(out.address),
      howHeard: out.howHeard as HowHeard,
      interests: out.interests as FosteringInterest[],
      notes: out.notes || undefined,
      enquiryOn: form.enquiryOn,
      kind: out.kind as HouseholdKind,
    },
  };
}
