/**
 * The checks on a device's sync settings. The app's content security policy lets it reach only
 * its own address, so the council serves CouchDB under the app's own origin through its reverse
 * proxy (for example https://fostering.example.gov.uk/couchdb): an address elsewhere would be
 * refused by the browser, so it is refused here first, in words.
 */
import type { SyncSettings } from './settings';

export type SyncField = 'address' | 'database' | 'username' | 'password';
export type SyncErrors = Partial<Record<SyncField, string>>;

/** CouchDB's own rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

function isLocalhost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** The checks, field by field, against the origin the app is served from. */
export function checkSyncSettings(s: SyncSettings, appOrigin: string): SyncErrors {
  const errors: SyncErrors = {};
  const address = s.address.trim();
  let url: URL | undefined;
  try {
    url = new URL(address);
  } catch {
    url = undefined;
  }
  if (address === '') errors.address = "Enter the server's address";
  else if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) errors.address = 'Enter the address as it starts, with https://';
  else if (url.protocol !== 'https:' && !isLocalhost(url.hostname)) errors.address = 'The address must start with https:// so what is sent cannot be read on the way';
  else if (url.origin !== appOrigin) errors.address = `The server must be served from this app's own address, ${appOrigin}, for example ${appOrigin}/couchdb`;
  else if (url.username || url.password || url.search || url.hash) errors.address = 'Enter the address without a name, password, ? or #';
  const database = s.database.trim();
  if (database === '') errors.database = "Enter the team database's name";
  else if (!DATABASE_NAME.test(database)) errors.database = 'A database name starts with a lower-case letter and has only lower-case letters, digits and _ $ ( ) + - /';
  if (s.username.trim() === '') errors.username = 'Enter your sync username';
  if (s.password === '') errors.password = 'Enter your sync password';
  return errors;
}

/** The address without a trailing slash, so paths join cleanly. */
export function serverBase(address: string): string {
  return address.trim().replace(/\/+$/, '');
}

/** The team's passphrase guards the records' key on a server others run: long, as four words are. */
export const MIN_TEAM_PASSPHRASE_LENGTH = 12;

export type JoinField = 'passphrase' | 'passcode';

/** What joining the team's key needs: the team's passphrase, and the person's own passcode. */
export function checkTeamJoin(passphrase: string, passcode: string): Partial<Record<JoinField, string>> {
  const errors: Partial<Record<JoinField, string>> = {};
  if (passphrase.trim() === '') errors.passphrase = "Enter your team's passphrase";
  else if (Array.from(passphrase.normalize('NFC')).length < MIN_TEAM_PASSPHRASE_LENGTH)
    errors.passphrase = `The team passphrase is ${MIN_TEAM_PASSPHRASE_LENGTH} characters or more: ask your colleagues for it`;
  if (passcode === '') errors.passcode = 'Enter your passcode for this device';
  return errors;
}

export type PassphraseChangeField = 'passphrase' | 'again' | 'passcode';

/** A new team passphrase, typed twice, and the person's own passcode to re-wrap the key with. */
export function checkTeamPassphraseChange(passphrase: string, again: string, passcode: string): Partial<Record<PassphraseChangeField, string>> {
  const errors: Partial<Record<PassphraseChangeField, string>> = {};
  if (passphrase.trim() === '') errors.passphrase = 'Enter the new team passphrase';
  else if (Array.from(passphrase.normalize('NFC')).length < MIN_TEAM_PASSPHRASE_LENGTH) errors.passphrase = `The team passphrase is ${MIN_TEAM_PASSPHRASE_LENGTH} characters or more`;
  else if (again !== passphrase) errors.again = 'The two passphrases are not the same: type the new one again';
  if (passcode === '') errors.passcode = 'Enter your passcode for this device';
  return errors;
}
