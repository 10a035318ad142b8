/**
 * Today's adult checks notice asks for every household member's date of birth. Read from the
 * people, that is thousands of records opened as a person taps on from Today; so the dates are also
 * kept in one device-local row of the `vault` (never backed up, merged or synced), sealed under a
 * passcode (see repositories/member-birthdays.ts), and a read stopped part way keeps its part in
 * another. This layer drops both in the same transaction as any write to people; the next read
 * builds them again. A tab still on an older app writes without this layer: each row names the
 * newest household change it saw, and every app writes a person's household with them, which
 * catches a member added or changed there.
 */
import type { DBCore, Middleware } from 'dexie';
import { droppedOnWrite } from './vault-alongside';

export const MEMBER_BIRTHDAYS_KEY = 'memberBirthdays';
/** Set as a read of every member starts: dropped by a write to people meanwhile, so that read is not kept. */
export const MEMBER_BIRTHDAYS_READING_KEY = 'memberBirthdaysReading';
/**
 * What a read stopped part way had read, and where, to go on from. A row of its own: a tab still on
 * the last release would take it for them all.
 */
export const MEMBER_BIRTHDAYS_PART_KEY = 'memberBirthdaysPart';

export function memberBirthdaysMiddleware(): Middleware<DBCore> {
  return droppedOnWrite('memberBirthdays', 'people', [MEMBER_BIRTHDAYS_KEY, MEMBER_BIRTHDAYS_READING_KEY, MEMBER_BIRTHDAYS_PART_KEY]);
}
