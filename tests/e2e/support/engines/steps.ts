import { openRoute, settled } from './index';
import type { Driver } from './driver';
import type { Target } from './locate';

/** Steps many cross-engine journeys take, written once as a user takes them. */

/** The page's main content, where most journeys look. */
export const MAIN: Target = { role: 'main' };
export const PASSCODES: Target = { role: 'region', name: 'Passcodes on this device' };

/** A first visit: the person names themselves and reaches Today. */
export async function nameTheUser(d: Driver, name: string): Promise<void> {
  await d.open('/');
  await d.fill({ label: 'Your full name' }, name);
  await d.click({ role: 'button', name: 'Add and continue' });
  await d.waitForText(`Using this device: ${name}`, { role: 'banner' });
}

export interface Applicant {
  name: string;
  email: string;
  postcode: string;
}

/** Records a first enquiry from `applicant`, by word of mouth, interested in short breaks. */
export async function recordEnquiry(d: Driver, applicant: Applicant): Promise<void> {
  await openRoute(d, '/enquiries/new', 'New enquiry');
  await d.fill({ label: "Applicant's full name", within: MAIN }, applicant.name);
  await d.fill({ label: 'Email address', within: MAIN }, applicant.email);
  await d.fill({ label: 'Postcode', within: MAIN }, applicant.postcode);
  await d.click({ label: 'Word of mouth', within: MAIN });
  await d.click({ label: 'Short breaks', within: MAIN });
  await d.click({ role: 'button', name: /Save enquiry|Continue/, within: MAIN });
  await d.waitForText('Enquiry saved', MAIN);
}

/**
 * Sets the device's first passcode in Settings (already open) and waits until the page says every
 * record is encrypted: the key takes 600,000 rounds of PBKDF2, then each record is sealed.
 */
export async function setFirstPasscode(d: Driver, passcode: string): Promise<void> {
  await d.fill({ label: 'Your new passcode', within: PASSCODES }, passcode);
  await d.fill({ label: 'Type it again', within: PASSCODES }, passcode);
  await d.click({ role: 'button', name: 'Set a passcode', within: PASSCODES });
  await d.waitForText('Your passcode is set and every record on this device is encrypted', PASSCODES);
}

/**
 * Waits for a form's problem as a person meets it: said in the error summary, and the summary
 * holding focus. The summary takes focus after the page paints, so typing straight after the
 * words appear could lose its first keys to the summary, as a person never does.
 */
export async function waitForProblem(d: Driver, text: RegExp | string): Promise<void> {
  await d.waitForText(text, { role: 'alert', name: 'There is a problem' });
  await d.waitUntil('focus on the error summary', () => document.activeElement?.classList.contains('error-summary') === true);
}

/** Opens a page from the main menu, as a person does once a passcode is set (a reload would lock). */
export async function viaMenu(d: Driver, link: string, heading: RegExp | string): Promise<void> {
  await d.click({ role: 'link', name: link, within: { role: 'navigation', name: 'Main' } });
  await settled(d, heading);
}
