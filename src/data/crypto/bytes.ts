/**
 * A view of a stored buffer for Web Crypto. A buffer read back from IndexedDB may come from another
 * realm's constructor (a test's DOM, a worker), which some implementations refuse bare; a view they take.
 */
export function bytes(buffer: ArrayBuffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer);
}
