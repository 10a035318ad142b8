/**
 * A secret kept in a device setting (the sync password), sealed with the data key like a record's
 * field, so it is never on the disk as typed. While the device has no passcode there is no key to
 * seal with, so the secret is not kept at all and is asked for again.
 */
import { db } from '../db';
import { isSealed, openValue, sealValue, type Sealed } from './field-cipher';

export async function sealText(text: string, context: string): Promise<Sealed | ''> {
  const session = db().session;
  if (session.state === 'open' || text === '') return '';
  return sealValue(session.keys().data, text, context);
}

/**
 * The text, or '' when nothing was kept, the device is locked (nothing that needs it runs then),
 * or it no longer opens (the device took its team's key since).
 */
export async function openText(stored: unknown, context: string): Promise<string> {
  const session = db().session;
  if (!isSealed(stored) || session.state !== 'unlocked') return '';
  try {
    return String(await openValue(session.keys().data, stored, context));
  } catch {
    return '';
  }
}
