import { bytes } from './bytes';

/**
 * One JSON value encrypted with the data key (AES-GCM, a fresh 12-byte IV each time). Kept as
 * ArrayBuffers, which IndexedDB stores as they are; `v` lets the shape change later.
 */
export interface Sealed {
  v: 1;
  iv: ArrayBuffer;
  ct: ArrayBuffer;
}

/** A sealed value that did not open: the wrong key, altered bytes, or sealed for another record. */
export class SealedValueError extends Error {
  constructor() {
    super('An encrypted value could not be opened');
    this.name = 'SealedValueError';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * `context` (for example the table and the record's key) is authenticated with the value, so a
 * sealed value copied onto another record does not open there.
 */
export async function sealValue(key: CryptoKey, value: unknown, context = ''): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12)).buffer;
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: bytes(iv), additionalData: encoder.encode(context) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { v: 1, iv, ct };
}

export async function openValue(key: CryptoKey, sealed: Sealed, context = ''): Promise<unknown> {
  if (sealed.v !== 1) throw new SealedValueError();
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv), additionalData: encoder.encode(context) }, key, bytes(sealed.ct));
  } catch {
    throw new SealedValueError();
  }
  return JSON.parse(decoder.decode(plain));
}

export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Sealed>;
  return v.v === 1 && isArrayBuffer(v.iv) && isArrayBuffer(v.ct);
}

/** Not `instanceof`: a buffer read back from IndexedDB may come from another realm's constructor. */
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}
