/**
 * Keyed hashes of search tokens (HMAC-SHA-256 with the index key, see keys.ts): an index that
 * still finds an exact token but from which no name, postcode or email can be read back. Which
 * tokens to store so that searches still work is in domain/blind-search-tokens.ts.
 */

/** 16 bytes (128 bits): no accidental collisions at any size this app reaches, half the index space. */
const TOKEN_BYTES = 16;

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function blindToken(indexKey: CryptoKey, token: string): Promise<string> {
  const mac = await globalThis.crypto.subtle.sign('HMAC', indexKey, new TextEncoder().encode(token));
  return base64url(new Uint8Array(mac, 0, TOKEN_BYTES));
}

/** Each distinct token's blind value, in the order first seen. */
export async function blindTokens(indexKey: CryptoKey, tokens: readonly string[]): Promise<string[]> {
  return Promise.all([...new Set(tokens)].map((t) => blindToken(indexKey, t)));
}
