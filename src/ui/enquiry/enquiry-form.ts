import type { IsoDate } from '../../domain/dates';
import { ENQUIRY_FIELD_ORDER, type EnquiryForm } from '../../domain/validation/enquiry';

export function emptyEnquiryForm(today: IsoDate): EnquiryForm {
  return {
    applicant1: '',
    applicant2: '',
    email: '',
    phone: '',
    postcode: '',
    howHeard: '',
    interests: [],
    notes: '',
    enquiryOn: today,
    kind: 'mainstream',
  };
}

/** True when nothing differs from a fresh form: no draft is worth keeping. */
export function isBlankEnquiryForm(form: EnquiryForm, today: IsoDate): boolean {
  const empty = emptyEnquiryForm(today);
  return ENQUIRY_FIELD_ORDER.every((key) =>
    key === 'interests' ? form.interests.length === 0 : form[key] === empty[key],
  );
}

/**
 * A stored draft back into form answers. Drafts outlive app versions, so anything missing or of
 * the wrong type falls back to the blank answer rather than breaking the page.
 */
export function enquiryFormFromDraft(raw: unknown, today: IsoDate): EnquiryForm | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const stored = raw as Record<string, unknown>;
  const form = emptyEnquiryForm(today);
  for (const key of ENQUIRY_FIELD_ORDER) {
    const value = stored[key];
    if (key === 'interests') {
      if (Array.isArray(value)) form.interests = value.filter((v): v is string => typeof v === 'string');
    } else if (typeof value === 'string') {
      form[key] = value;
    }
  }
  return isBlankEnquiryForm(form, today) ? undefined : form;
}
