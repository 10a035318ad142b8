/** The Web Crypto calls a backup makes, as messages a worker (or, failing one, the page) carries out. */

export type SubtleRequest =
  | { op: 'encrypt' | 'decrypt'; params: AesGcmParams; key: CryptoKey; data: BufferSource }
  | { op: 'deriveKey'; passphrase: string; salt: Uint8Array<ArrayBuffer>; iterations: number }
  | { op: 'package'; parts: Uint8Array<ArrayBuffer>[]; sealing?: Sealing }
  | { op: 'unpackage'; content: Blob; sealing?: Sealing };

export type SubtleAnswer = ArrayBuffer | CryptoKey | PackagedBody | UnpackagedBody;

/** How a backup's body is encrypted. */
export interface Sealing {
  params: AesGcmParams;
  key: CryptoKey;
}

/** A backup's body as its file holds it, and the SHA-256 of the plain body for the checksum. */
export interface PackagedBody {
  bodyHash: ArrayBuffer;
  content: Blob;
}

/** A backup's body read back from its file: the plain bytes and their SHA-256, or nothing when it would not decrypt. */
export type UnpackagedBody = { plain: ArrayBuffer; bodyHash: ArrayBuffer } | { plain?: undefined };

/**
 * Joins the body's parts, hashes them, encrypts them when sealed, and wraps them in a Blob. Each is a
 * copy of the whole body (47 MB at 10,000 households, over 100 ms apiece): done in the page, they
 * were its longest tasks while a backup was made.
 */
async function packageBody(parts: Uint8Array<ArrayBuffer>[], sealing?: Sealing): Promise<PackagedBody> {
  const body = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  const bodyHash = await crypto.subtle.digest('SHA-256', body);
  const content = sealing ? await crypto.subtle.encrypt(sealing.params, sealing.key, body) : body;
  return { bodyHash, content: new Blob([content]) };
}

/**
 * Reads the body out of the file, decrypts it when sealed and hashes the plain bytes. Read on the
 * page, the 47 MB body of a 10,000-household backup was copied again to be hashed, a 165 ms task.
 */
async function unpackageBody(content: Blob, sealing?: Sealing): Promise<UnpackagedBody> {
  // Through views: under the tests' jsdom, Node's Web Crypto refuses the Blob's own ArrayBuffer.
  const bytes = new Uint8Array(await content.arrayBuffer());
  let plain = bytes;
  if (sealing) {
    try {
      plain = new Uint8Array(await crypto.subtle.decrypt(sealing.params, sealing.key, bytes));
    } catch {
      return {};
    }
  }
  return { plain: plain.buffer, bodyHash: await crypto.subtle.digest('SHA-256', plain) };
}

/** What the worker hands back moved rather than copied. */
export function transfersOf(answer: SubtleAnswer): Transferable[] {
  if (answer instanceof ArrayBuffer) return [answer];
  return 'plain' in answer && answer.plain ? [answer.plain] : [];
}

export async function perform(request: SubtleRequest): Promise<SubtleAnswer> {
  switch (request.op) {
    case 'encrypt':
      return crypto.subtle.encrypt(request.params, request.key, request.data);
    case 'decrypt':
      return crypto.subtle.decrypt(request.params, request.key, request.data);
    case 'deriveKey': {
      const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(request.passphrase), 'PBKDF2', false, ['deriveKey']);
      const params = { name: 'PBKDF2', hash: 'SHA-256', salt: request.salt, iterations: request.iterations };
      return crypto.subtle.deriveKey(params, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    }
    case 'package':
      return packageBody(request.parts, request.sealing);
    case 'unpackage':
      return unpackageBody(request.content, request.sealing);
  }
}
