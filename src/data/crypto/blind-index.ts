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

/**
 * Hashes already made under each key. Households share most short tokens (every prefix of a
 * name or postcode is stored): a first full sync or a restore sealing thousands of households
 * asked Web Crypto for the same few thousand hashes again and again. Held only while the key is.
 */
const made = new WeakMap<CryptoKey, Map<string, Promise<string>>>();
/** Beyond this many the hashes kept are let go, so a long session's memory stays small. */
const KEPT = 100_000;

export function blindToken(indexKey: CryptoKey, token: string): Promise<string> {
  let known = made.get(indexKey);
  if (!known || known.size >= KEPT) made.set(indexKey, (known = new Map()));
  let hash = known.get(token);
  if (!hash) {
    hash = globalThis.crypto.subtle.sign('HMAC', indexKey, new TextEncoder().encode(token)).then((mac) => base64url(new Uint8Array(mac, 0, TOKEN_BYTES)));
    // A failed hash is asked for again next time rather than kept.
    hash.catch(() => known.delete(token));
    known.set(token, hash);
  }
  return hash;
}

/** Each distinct token's blind value, in the order first seen. */
export async function blindTokens(indexKey: CryptoKey, tokens: readonly string[]): Promise<string[]> {
  return Promise.all([...new Set(tokens)].map((t) => blindToken(indexKey, t)));
}
