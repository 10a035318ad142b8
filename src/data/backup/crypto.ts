/**
 * Web Crypto only: PBKDF2-SHA-256 for the key, AES-GCM with a random IV for the body, SHA-256 for
 * the checksum; each run in a worker, so the page is not held while tens of megabytes are hashed.
 */
import { KEY_CHECK_TEXT, PBKDF2_ITERATIONS, type BackupEncryption } from '../../domain/backup/format';
import { decrypt, deriveKey, encrypt } from './subtle';
import type { Sealing } from './subtle-ops';

const SALT_BYTES = 16;
const IV_BYTES = 12;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The file's checksum: SHA-256 over the envelope text and the SHA-256 of the plain body (taken in
 * a worker as the body is packaged or unpackaged), which spares copying tens of megabytes just to
 * put the envelope in front of it. What is left to hash is a line and 32 bytes: done on the page,
 * where starting a worker for it cost more than the hashing.
 */
export async function checksumOf(prefix: string, bodyHash: ArrayBuffer): Promise<string> {
  const head = new TextEncoder().encode(prefix);
  const all = new Uint8Array(head.length + bodyHash.byteLength);
  all.set(head);
  all.set(new Uint8Array(bodyHash), head.length);
  return toHex(await crypto.subtle.digest('SHA-256', all));
}

export interface Sealer {
  encryption: BackupEncryption;
  /** How the body is encrypted; `aad` (the envelope) is authenticated too, so its header cannot be altered unseen. */
  sealing(aad: string): Sealing;
}

/** A new key from the passphrase, with a fresh random salt and IVs, for one backup. */
export async function newSealer(passphrase: string): Promise<Sealer> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const checkIv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase.normalize('NFC'), salt, PBKDF2_ITERATIONS);
  const check = await encrypt({ name: 'AES-GCM', iv: checkIv }, key, new TextEncoder().encode(KEY_CHECK_TEXT));
  return {
    encryption: {
      alg: 'AES-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: PBKDF2_ITERATIONS,
      salt: toBase64(salt),
      iv: toBase64(iv),
      check: toBase64(new Uint8Array(check)),
      checkIv: toBase64(checkIv),
    },
    sealing: (aad) => ({ params: { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) }, key }),
  };
}

/** The key for a file, or undefined when the passphrase is not the one the file was made with. */
export async function unlock(passphrase: string, encryption: BackupEncryption): Promise<CryptoKey | undefined> {
  const key = await deriveKey(passphrase.normalize('NFC'), fromBase64(encryption.salt), encryption.iterations);
  try {
    const check = await decrypt({ name: 'AES-GCM', iv: fromBase64(encryption.checkIv) }, key, fromBase64(encryption.check));
    return new TextDecoder().decode(check) === KEY_CHECK_TEXT ? key : undefined;
  } catch {
    return undefined;
  }
}

/** How a file's body is decrypted; `aad`, the envelope, must be as it was when the file was made. */
export function unsealing(key: CryptoKey, encryption: BackupEncryption, aad: string): Sealing {
  return { params: { name: 'AES-GCM', iv: fromBase64(encryption.iv), additionalData: new TextEncoder().encode(aad) }, key };
}
