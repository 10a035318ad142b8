/**
 * Hashing, encrypting and deriving keys off the page's thread (see subtle.worker.ts), one worker
 * for each call. Where no worker can start (tests outside a browser), the page does it itself.
 */
import { perform, type PackagedBody, type Sealing, type SubtleAnswer, type SubtleRequest, type UnpackagedBody } from './subtle-ops';

type WorkerAnswer = { ok: true; value: SubtleAnswer } | { ok: false; name: string; message: string };

function startWorker(): Worker | undefined {
  return typeof Worker === 'undefined' ? undefined : new Worker(new URL('./subtle.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * `transfer`: buffers moved to the worker, not copied; the caller must not read them again.
 * `worker`: one started earlier for this call, or a new one.
 */
function inWorker(request: SubtleRequest, transfer: Transferable[] = [], worker = startWorker()): Promise<SubtleAnswer> {
  if (!worker) return perform(request);
  return new Promise<SubtleAnswer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
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

export const encrypt = (params: AesGcmParams, key: CryptoKey, data: BufferSource) => inWorker({ op: 'encrypt', params, key, data }) as Promise<ArrayBuffer>;
export const decrypt = (params: AesGcmParams, key: CryptoKey, data: BufferSource) => inWorker({ op: 'decrypt', params, key, data }) as Promise<ArrayBuffer>;

export interface Packager {
  /** The body's parts are moved to the worker: a copy of 47 MB held the page for over 100 ms. */
  packageBody(parts: Uint8Array<ArrayBuffer>[], sealing?: Sealing): Promise<PackagedBody>;
  /** Ends the worker, for a backup given up before its body was packaged; after that it has gone already. */
  stop(): void;
}

/**
 * A worker started as a backup begins, so that loading its code overlaps the reading of the
 * database rather than following it.
 */
export function startPackager(): Packager {
  const worker = startWorker();
  return {
    packageBody: (parts, sealing) => inWorker({ op: 'package', parts, sealing }, [...new Set(parts.map((p) => p.buffer))], worker) as Promise<PackagedBody>,
    stop: () => worker?.terminate(),
  };
}

/** The file is handed over as a Blob (a reference, not its bytes); the plain body comes back moved. */
export const unpackageBody = (content: Blob, sealing?: Sealing) => inWorker({ op: 'unpackage', content, sealing }) as Promise<UnpackagedBody>;
export const deriveKey = (passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) =>
  inWorker({ op: 'deriveKey', passphrase, salt, iterations }) as Promise<CryptoKey>;
