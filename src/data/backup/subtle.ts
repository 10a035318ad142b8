/**
 * Hashing, encrypting and deriving keys off the page's thread (see subtle.worker.ts), one worker
 * for each call. Where no worker can start (tests outside a browser), the page does it itself.
 */
import { perform, type PackagedBody, type Sealing, type SubtleRequest } from './subtle-ops';

type Answer = ArrayBuffer | CryptoKey | PackagedBody;
type SubtleAnswer = { ok: true; value: Answer } | { ok: false; name: string; message: string };

/** `transfer`: buffers moved to the worker, not copied; the caller must not read them again. */
function inWorker(request: SubtleRequest, transfer: Transferable[] = []): Promise<Answer> {
  if (typeof Worker === 'undefined') return perform(request);
  const worker = new Worker(new URL('./subtle.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Answer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SubtleAnswer>) => {
      const answer = event.data;
      if (answer.ok) resolve(answer.value);
      else reject(new DOMException(answer.message, answer.name));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(`The backup's cryptography could not run: ${event.message}`));
    };
    worker.postMessage(request, { transfer });
  }).finally(() => worker.terminate());
}

export const sha256 = (data: BufferSource) => inWorker({ op: 'digest', data }) as Promise<ArrayBuffer>;
export const encrypt = (params: AesGcmParams, key: CryptoKey, data: BufferSource) => inWorker({ op: 'encrypt', params, key, data }) as Promise<ArrayBuffer>;
export const decrypt = (params: AesGcmParams, key: CryptoKey, data: BufferSource) => inWorker({ op: 'decrypt', params, key, data }) as Promise<ArrayBuffer>;
/** The body's parts are moved to the worker: a copy of 47 MB held the page for over 100 ms. */
export const packageBody = (parts: Uint8Array<ArrayBuffer>[], sealing?: Sealing) =>
  inWorker({ op: 'package', parts, sealing }, [...new Set(parts.map((p) => p.buffer))]) as Promise<PackagedBody>;
export const deriveKey = (passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) =>
  inWorker({ op: 'deriveKey', passphrase, salt, iterations }) as Promise<CryptoKey>;
