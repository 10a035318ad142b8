import type { LocalContact, ServiceDetails } from '../service-details';
import { formatPhone, normalisePhone } from '../validation/phone';
import { strictEmail } from './links';

export interface ContactForm {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface ServiceDetailsForm {
  name: string;
  dutyPhone: string;
  outOfHoursPhone: string;
  ladoPhone: string;
  hubCarerPhone: string;
  email: string;
  localContacts: ContactForm[];
}

/** Error keys: a top-level field, or `contact-<n>-<field>` for a local contact. */
export type ServiceDetailsErrors = Record<string, string>;

export type ValidatedDetails = { ok: true; value: ServiceDetails } | { ok: false; errors: ServiceDetailsErrors };

export const MAX_LOCAL_CONTACTS = 30;
const MAX_TEXT = 120;
const PHONE_EXAMPLE = 'like 01632 960 123 or 07700 900 123';

export const contactKey = (index: number, field: keyof ContactForm) => `contact-${index}-${field}`;

export function serviceDetailsForm(d: ServiceDetails): ServiceDetailsForm {
  return {
    name: d.name,
    dutyPhone: d.dutyPhone ? formatPhone(d.dutyPhone) : '',
    outOfHoursPhone: d.outOfHoursPhone ? formatPhone(d.outOfHoursPhone) : '',
    ladoPhone: d.ladoPhone ? formatPhone(d.ladoPhone) : '',
    hubCarerPhone: d.hubCarerPhone ? formatPhone(d.hubCarerPhone) : '',
    email: d.email,
    localContacts: d.localContacts.map((c) => ({
      name: c.name,
      role: c.role,
      phone: c.phone ? formatPhone(c.phone) : '',
      email: c.email ?? '',
    })),
  };
}

export const EMPTY_CONTACT: ContactForm = { name: '', role: '', phone: '', email: '' };

/**
 * Every field may be left empty (resources then say the service has not filled it in), but
 * whatever is entered must be a UK phone number or an email address that can be used.
 */
export function validateServiceDetails(form: ServiceDetailsForm): ValidatedDetails {
  const errors: ServiceDetailsErrors = {};
  const text = (key: string, value: string, label: string) => {
    const v = value.trim();
    if (v.length > MAX_TEXT) errors[key] = `${label} must be ${MAX_TEXT} characters or fewer`;
    return v;
  };
  const phone = (key: string, value: string, label: string) => {
    if (!value.trim()) return '';
    const p = normalisePhone(value);
    if (!p) errors[key] = `Enter ${label} in the right format, ${PHONE_EXAMPLE}`;
    return p ?? '';
  };
  const email = (key: string, value: string, label: string) => {
    if (!value.trim()) return '';
    // The address alone: the app builds the mailto: link, so nothing may ride along in it.
    const e = strictEmail(value);
    if (!e) errors[key] = `Enter ${label} in the right format, like duty@example.org`;
    return e ?? '';
  };

  const value: ServiceDetails = {
    name: text('name', form.name, 'The service name'),
    dutyPhone: phone('dutyPhone', form.dutyPhone, 'the duty phone number'),
    outOfHoursPhone: phone('outOfHoursPhone', form.outOfHoursPhone, 'the out-of-hours phone number'),
    ladoPhone: phone('ladoPhone', form.ladoPhone, 'the LADO’s phone number'),
    hubCarerPhone: phone('hubCarerPhone', form.hubCarerPhone, 'the hub carer’s phone number'),
    email: email('email', form.email, 'the email address'),
    localContacts: [],
  };
  if (form.localContacts.length > MAX_LOCAL_CONTACTS) errors.localContacts = `There can be at most ${MAX_LOCAL_CONTACTS} local contacts`;
  form.localContacts.slice(0, MAX_LOCAL_CONTACTS).forEach((c, i) => {
    const n = i + 1;
    const contact: LocalContact = {
      name: text(contactKey(i, 'name'), c.name, `Contact ${n}'s name`),
      role: text(contactKey(i, 'role'), c.role, `Contact ${n}'s role`),
    };
    if (!contact.name) errors[contactKey(i, 'name')] = `Enter contact ${n}'s name`;
    if (!contact.role) errors[contactKey(i, 'role')] = `Enter contact ${n}'s role, like "Mockingbird liaison worker"`;
    const p = phone(contactKey(i, 'phone'), c.phone, `contact ${n}'s phone number`);
    const e = email(contactKey(i, 'email'), c.email, `contact ${n}'s email address`);
    if (!c.phone.trim() && !c.email.trim()) errors[contactKey(i, 'phone')] = `Enter a phone number or an email address for contact ${n}`;
    if (p) contact.phone = p;
    if (e) contact.email = e;
    value.localContacts.push(contact);
  });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
