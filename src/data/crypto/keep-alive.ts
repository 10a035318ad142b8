import Dexie from 'dexie';

/**
 * IndexedDB commits a transaction as soon as it has no request waiting, and Web Crypto answers
 * outside it, so sealing a record between a read and a write of one transaction would find it
 * committed. `whileAlive` keeps the transaction busy with cheap reads while the work runs and
 * settles from inside a request's success event, where the transaction is active again. (Dexie's
 * own `waitFor` does the same, but drops a wait that settles while another starts.)
 *
 * The layers below read Dexie's zone (its record of the current transaction), which a native
 * `await` of Web Crypto loses: the zone is taken as a request arrives and restored for each call down.
 */
interface Zones {
  PSD: object;
  usePSD<T>(zone: object, fn: () => T): T;
}

const zones = Dexie.Promise as unknown as Zones;

export function currentZone(): object {
  return zones.PSD;
}

/** Calls the layer below inside the zone the request arrived in. */
export function inZone<T>(zone: object, call: () => T): T {
  return zones.usePSD(zone, call);
}

/** Waits for `work` with `trans` kept alive, settling inside a success event of it and inside `zone`. */
export function whileAlive<T>(zone: object, trans: IDBTransaction, work: Promise<T>): Promise<T> {
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  work.then(
    (value) => (outcome = { ok: true, value }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  return new Promise<T>((resolve, reject) => {
    const store = trans.objectStore(trans.objectStoreNames[0]!);
    const spin = () => {
      if (!outcome) {
        const request = store.get(-Infinity);
        request.onsuccess = spin;
        request.onerror = () => reject(request.error);
        return;
      }
      const settled = outcome;
      inZone(zone, () => (settled.ok ? resolve(settled.value) : reject(settled.error)));
    };
    try {
      spin();
    } catch (error) {
      reject(error);
    }
  });
}
