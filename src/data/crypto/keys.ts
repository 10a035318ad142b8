import { normalisePasscode } from '../../domain/passcode';
import { bytes } from './bytes';

/**
 * The device's one data key and each person's wrapping of it. The data key is random (AES-GCM,
 * 256 bits) and encrypts every sensitive field; a person's passcode only ever wraps that key, so
 * changing a passcode re-wraps the key and no record is written again. Web Crypto alone.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; stored per wrapping so it can be raised later. */
export const PASSCODE_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** One person's copy of the data key, as stored: everything needed to unwrap it but the passcode. */
export interface WrappedDataKey {
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: ArrayBuffer;
  /** AES-GCM (wrapping key from the passcode) over the raw data key. */
  iv: ArrayBuffer;
  wrapped: ArrayBuffer;
}

/**
 * What an unlocked session holds. Neither key can be exported: wrapping for a new passcode
 * unwraps again from a passcode (see `rewrapDataKey`), so no script can read the key out.
 */
export interface DataKeys {
  /** Encrypts and decrypts sensitive fields. */
  data: CryptoKey;
  /** Keys the blind index (HMAC-SHA-256), derived from the data key by HKDF. */
  index: CryptoKey;
  /** Keys the audit hash chain (HMAC-SHA-256), derived from the data key by HKDF apart from the index key. */
  chain: CryptoKey;
}

/** Why a passcode did not open a wrapped key: the same answer whatever failed inside. */
export type UnlockFailure = 'wrongPasscode' | 'unknownFormat';

export type UnlockResult = { ok: true; keys: DataKeys } | { ok: false; reason: UnlockFailure };

export type RewrapResult = { ok: true; wrapped: WrappedDataKey } | { ok: false; reason: UnlockFailure };

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;

function randomBuffer(bytes: number): ArrayBuffer {
  return globalThis.crypto.getRandomValues(new Uint8Array(bytes)).buffer;
}

async function passcodeKey(passcode: string, salt: ArrayBuffer, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(normalisePasscode(passcode)), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bytes(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/**
 * A new random data key, wrapped for the first passcode. The key is extractable only inside this
 * call, for wrapping; the caller keeps the wrapping and unlocks with `unlockDataKey`.
 */
export async function createWrappedDataKey(passcode: string, iterations = PASSCODE_ITERATIONS): Promise<WrappedDataKey> {
  const key = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  return wrap(key, passcode, iterations);
}

async function wrap(key: CryptoKey, passcode: string, iterations: number): Promise<WrappedDataKey> {
  const salt = randomBuffer(SALT_BYTES);
  const iv = randomBuffer(IV_BYTES);
  const wrapping = await passcodeKey(passcode, salt, iterations);
  const wrapped = await subtle().wrapKey('raw', key, wrapping, { name: 'AES-GCM', iv: bytes(iv) });
  return { v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt, iv, wrapped };
}

/** The key a passcode makes for this wrapping, or why there is none. PBKDF2 is the slow part: once per unlock. */
async function wrappingKeyFor(stored: WrappedDataKey, passcode: string): Promise<CryptoKey | UnlockFailure> {
  if (stored.v !== 1 || stored.kdf !== 'PBKDF2-SHA-256' || !(stored.iterations > 0)) return 'unknownFormat';
  return passcodeKey(passcode, stored.salt, stored.iterations);
}

/**
 * AES-GCM authenticates the wrapped bytes, so a wrong passcode (or a damaged record) fails here
 * rather than yielding a wrong key; the browser's error says nothing useful, so it is not passed on.
 */
async function unwrap(
  stored: WrappedDataKey,
  wrapping: CryptoKey,
  algorithm: AlgorithmIdentifier | AesKeyAlgorithm,
  extractable: boolean,
  usages: KeyUsage[],
): Promise<CryptoKey | 'wrongPasscode'> {
  try {
    return await subtle().unwrapKey('raw', bytes(stored.wrapped), wrapping, { name: 'AES-GCM', iv: bytes(stored.iv) }, algorithm, extractable, usages);
  } catch {
    return 'wrongPasscode';
  }
}

/** Fixed, public HKDF inputs: they only separate the index key from any later use of the data key. */
const INDEX_SALT = new TextEncoder().encode('fostering data key');
const INDEX_INFO = new TextEncoder().encode('blind index v1');
const CHAIN_INFO = new TextEncoder().encode('audit chain v1');

/** The session's keys from one person's wrapping and passcode. */
export async function unlockDataKey(stored: WrappedDataKey, passcode: string): Promise<UnlockResult> {
  const wrapping = await wrappingKeyFor(stored, passcode);
  if (typeof wrapping === 'string') return { ok: false, reason: wrapping };
  const data = await unwrap(stored, wrapping, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  if (typeof data === 'string') return { ok: false, reason: data };
  // The same raw key, unwrapped again as HKDF input: the raw bytes never reach script.
  const base = await unwrap(stored, wrapping, 'HKDF', false, ['deriveKey']);
  if (typeof base === 'string') return { ok: false, reason: base };
  const hmacKey = (info: Uint8Array<ArrayBuffer>) =>
    subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: INDEX_SALT, info }, base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']);
  const [index, chain] = await Promise.all([hmacKey(INDEX_INFO), hmacKey(CHAIN_INFO)]);
  return { ok: true, keys: { data, index, chain } };
}

/**
 * The same data key wrapped for `newPasscode`, proven by a passcode that opens `stored`: a person
 * changing their own passcode, or a colleague giving a new person (or one who forgot theirs) access.
 */
export async function rewrapDataKey(
  stored: WrappedDataKey,
  passcode: string,
  newPasscode: string,
  iterations = Math.max(stored.iterations, PASSCODE_ITERATIONS),
): Promise<RewrapResult> {
  const wrapping = await wrappingKeyFor(stored, passcode);
  if (typeof wrapping === 'string') return { ok: false, reason: wrapping };
  const key = await unwrap(stored, wrapping, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  if (typeof key === 'string') return { ok: false, reason: key };
  return { ok: true, wrapped: await wrap(key, newPasscode, iterations) };
}
