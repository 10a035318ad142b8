/**
 * Hashing, encrypting and deriving keys off the page's thread (see subtle.worker.ts), one worker
 * for each call. Where no worker can start (tests outside a browser), the page does it itself.
 */
import { perform, type SubtleRequest } from './subtle-ops';

type SubtleAnswer = { ok: true; value: ArrayBuffer | CryptoKey } | { ok: false; name: string; message: string };

function inWorker(request: SubtleRequest): Promise<ArrayBuffer | CryptoKey> {
  if (typeof Worker === 'undefined') return perform(request);
  const worker = new Worker(new URL('./subtle.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ArrayBuffer | CryptoKey>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SubtleAnswer>) => {
      const answer = event.data;
      if (answer.ok) resolve(answer.value);
      else reject(new DOMException(answer.message, answer.name));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`The backup's cryptography could not run: ${event.message}`));
    };
    // The data is copied, not moved: the caller reads it again (the body after its checksum).
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

export const sha256 = (data: BufferSource) => inWorker({ op: 'digest', data }) as Promise<ArrayBuffer>;
export const encrypt = (params: AesGcmParams, key: CryptoKey, data: BufferSource) => inWorker({ op: 'encrypt', params, key, data }) as Promise<ArrayBuffer>;
export const decrypt = (params: AesGcmParams, key: CryptoKey, data: BufferSource) => inWorker({ op: 'decrypt', params, key, data }) as Promise<ArrayBuffer>;
export const deriveKey = (passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) =>
  inWorker({ op: 'deriveKey', passphrase, salt, iterations }) as Promise<CryptoKey>;
