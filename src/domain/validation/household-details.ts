/**
 * Corrections to a household's details after the enquiry: how to reach them and where they live,
 * and the household itself (its type, the named child, how they heard, what they are interested
 * in). The same rules and words as the enquiry, so a number refused there is refused here.
 */
import { FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD, isKeyOf, type FosteringInterest, type HouseholdKind, type HowHeard } from '../codes';
import type { Assessment, Household, HouseholdDetails } from '../household';
import { normaliseTerms, type StoredTermsOfApproval } from '../terms';
import { addressError, normaliseAddress } from './address';
import { normaliseEmail } from './email';
import { formatPhone, normalisePhone } from './phone';
import { normalisePostcode } from './postcode';

type FormErrors<K extends string> = Partial<Record<K, string>>;
type Result<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FormErrors<K> };

/** The enquiry's messages, shared so both forms say the same thing. */
export const CONTACT_MESSAGES = {
  email: 'Enter an email address in the correct format, like name@example.com',
  phone: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
  contact: 'Enter a phone number or an email address, or both',
  postcodeMissing: 'Enter a postcode',
  postcode: 'Enter a real UK postcode, like AA1 1AA',
  howHeard: 'Select how they heard about fostering',
  interests: 'Select what kind of fostering they are interested in, or "Not sure yet"',
  interestsUnknown: 'Select from the kinds of fostering listed',
  kind: 'Select the type of household',
} as const;

function settle<T, K extends string>(errors: FormErrors<K>, value: () => T): Result<T, K> {
  const found = Object.fromEntries(Object.entries(errors).filter(([, m]) => m)) as FormErrors<K>;
  return Object.keys(found).length ? { ok: false, errors: found } : { ok: true, value: value() };
}

// Contact details ----------------------------------------------------------------------------------

export interface ContactForm {
  email: string;
  phone: string;
  postcode: string;
  address: string;
}
export type ContactField = keyof ContactForm;
export type ContactPatch = Pick<HouseholdDetails, 'email' | 'phone' | 'postcode' | 'address'>;

export const CONTACT_FIELD_ORDER: readonly ContactField[] = ['email', 'phone', 'postcode', 'address'];

/** The form as the record holds it now: a phone number spaced as it is shown. */
export function contactForm(details: Partial<ContactPatch>): ContactForm {
  return {
    email: details.email ?? '',
    phone: details.phone ? formatPhone(details.phone) : '',
    postcode: details.postcode ?? '',
    address: details.address ?? '',
  };
}

export function validateContact(form: ContactForm): Result<ContactPatch, ContactField> {
  const email = form.email.trim();
  const phone = form.phone.trim();
  const postcode = form.postcode.trim();
  const errors: FormErrors<ContactField> = {
    email: email && !normaliseEmail(email) ? CONTACT_MESSAGES.email : undefined,
    phone: phone && !normalisePhone(phone) ? CONTACT_MESSAGES.phone : !email && !phone ? CONTACT_MESSAGES.contact : undefined,
    postcode: !postcode ? CONTACT_MESSAGES.postcodeMissing : !normalisePostcode(postcode) ? CONTACT_MESSAGES.postcode : undefined,
    address: addressError(form.address),
  };
  return settle(errors, () => ({
    email: email ? normaliseEmail(email) : undefined,
    phone: phone ? normalisePhone(phone) : undefined,
    postcode: normalisePostcode(postcode)!,
    address: normaliseAddress(form.address),
  }));
}

// The household ------------------------------------------------------------------------------------

export interface HouseholdForm {
  kind: string;
  namedChild: string;
  howHeard: string;
  interests: string[];
}
export type HouseholdField = keyof HouseholdForm;

/** What the household form changes: the type on the household, the rest on its details. */
export interface HouseholdPatch {
  kind: HouseholdKind;
  details: Pick<HouseholdDetails, 'namedChild' | 'howHeard' | 'interests'>;
}

export const HOUSEHOLD_FIELD_ORDER: readonly HouseholdField[] = ['kind', 'namedChild', 'howHeard', 'interests'];

export function householdForm(kind: HouseholdKind, details: Pick<HouseholdDetails, 'namedChild' | 'howHeard' | 'interests'>): HouseholdForm {
  return { kind, namedChild: details.namedChild ?? '', howHeard: details.howHeard, interests: [...details.interests] };
}

const hasKinship = (terms: StoredTermsOfApproval | undefined) => normaliseTerms(terms)?.types.includes('kinship') ?? false;

/**
 * Why a household cannot become mainstream, or undefined when it can: kinship terms and
 * temporary approval (FSR 2011 reg 24) only apply to connected person households.
 */
export function mainstreamRefusal(assessment: Assessment): string | undefined {
  const kinship =
    hasKinship(assessment.terms) ||
    hasKinship(assessment.panel?.recommendedTerms) ||
    hasKinship(assessment.decision?.qualifying?.proposedTerms);
  const held = [kinship ? 'kinship terms of approval' : '', assessment.temporaryApproval ? 'a temporary approval' : ''].filter(Boolean);
  if (!held.length) return undefined;
  return `This household cannot be mainstream: it has ${held.join(' and ')}, which only apply to connected person households`;
}

/** `household` is the record as it stands: only a change of type to mainstream is checked against its assessment. */
export function validateHousehold(form: HouseholdForm, household: Pick<Household, 'kind' | 'assessment'>): Result<HouseholdPatch, HouseholdField> {
  const namedChild = form.namedChild.trim();
  const connected = form.kind === 'connected';
  const becomesMainstream = form.kind === 'mainstream' && household.kind !== 'mainstream';
  const errors: FormErrors<HouseholdField> = {
    kind: !isKeyOf(HOUSEHOLD_KINDS, form.kind) ? CONTACT_MESSAGES.kind : becomesMainstream ? mainstreamRefusal(household.assessment) : undefined,
    namedChild: !connected
      ? undefined
      : !namedChild
        ? 'Enter the name of the child the household came forward for'
        : namedChild.length > 100
          ? 'Name of the child must be 100 characters or fewer'
          : undefined,
    howHeard: isKeyOf(HOW_HEARD, form.howHeard) ? undefined : CONTACT_MESSAGES.howHeard,
    interests:
      form.interests.length === 0
        ? CONTACT_MESSAGES.interests
        : form.interests.every((i) => isKeyOf(FOSTERING_INTERESTS, i))
          ? undefined
          : CONTACT_MESSAGES.interestsUnknown,
  };
  return settle(errors, () => ({
    kind: form.kind as HouseholdKind,
    details: {
      // The named child belongs to a connected household only.
      namedChild: connected ? namedChild : undefined,
      howHeard: form.howHeard as HowHeard,
      interests: form.interests as FosteringInterest[],
    },
  }));
}
