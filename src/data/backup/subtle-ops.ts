/** The Web Crypto calls a backup makes, as messages a worker (or, failing one, the page) carries out. */

export type SubtleRequest =
  | { op: 'digest'; data: BufferSource }
  | { op: 'encrypt' | 'decrypt'; params: AesGcmParams; key: CryptoKey; data: BufferSource }
  | { op: 'deriveKey'; passphrase: string; salt: Uint8Array<ArrayBuffer>; iterations: number };

export async function perform(request: SubtleRequest): Promise<ArrayBuffer | CryptoKey> {
  switch (request.op) {
    case 'digest':
      return crypto.subtle.digest('SHA-256', request.data);
    case 'encrypt':
      return crypto.subtle.encrypt(request.params, request.key, request.data);
    case 'decrypt':
      return crypto.subtle.decrypt(request.params, request.key, request.data);
    case 'deriveKey': {
      const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(request.passphrase), 'PBKDF2', false, ['deriveKey']);
      const params = { name: 'PBKDF2', hash: 'SHA-256', salt: request.salt, iterations: request.iterations };
      return crypto.subtle.deriveKey(params, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    }
  }
}
