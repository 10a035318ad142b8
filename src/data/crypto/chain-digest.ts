/**
 * The digest each audit chain is built with, and the name the chain carries for it.
 *
 * Once the device has a passcode: HMAC-SHA-256 keyed from the data key (keys.ts). A plain hash
 * can be worked out again by anyone able to write the database files, who could then rewrite an
 * entry and every hash after it; without a passcode they cannot make a keyed one. A plain hash
 * of an entry would also let someone confirm a guess at its sealed text (a phone number, say)
 * from the clear hash; a keyed one gives nothing away.
 *
 * Without a passcode nothing is sealed anyway: SHA-256, which shows accidental damage and a
 * careless edit, not a careful forger. Each such chain is named after this device, so chains
 * from two devices merged together never share a name.
 */
import type { Digest } from '../../domain/audit-chain';
import type { DataKeys } from './keys';
import type { KeySession } from './session';
import { sha256Hex } from './sha256';

export interface ChainDigest {
  /** Part of each chain's name: `hmac:<key id>` or `sha256:<device id>`. */
  id: string;
  digest: Digest;
}

const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

const byKeys = new WeakMap<DataKeys, Promise<ChainDigest>>();

function keyed(keys: DataKeys): Promise<ChainDigest> {
  let found = byKeys.get(keys);
  if (!found) {
    const digest: Digest = async (text) => hex(await globalThis.crypto.subtle.sign('HMAC', keys.chain, new TextEncoder().encode(text)));
    // A public name for the key: the same data key on any device gives it, and it reveals nothing of the key.
    found = digest('audit chain key id').then((mac) => ({ id: `hmac:${mac.slice(0, 16)}`, digest }));
    byKeys.set(keys, found);
  }
  return found;
}

const DEVICE_KEY = 'fostering:device';
let sessionDevice: string | undefined;

/** This device's id, kept in localStorage; a fresh one per session where there is none. */
function deviceId(): string {
  try {
    let id = localStorage.getItem(DEVICE_KEY);
    if (!id) localStorage.setItem(DEVICE_KEY, (id = crypto.randomUUID()));
    return id;
  } catch {
    return (sessionDevice ??= crypto.randomUUID());
  }
}

/** The digest for new entries: keyed while unlocked, plain on a device with no passcode. */
export function currentChainDigest(session: KeySession): Promise<ChainDigest> {
  if (session.state === 'open') return Promise.resolve({ id: `sha256:${deviceId()}`, digest: sha256Hex });
  return keyed(session.keys());
}

/**
 * The digest a chain named with `id` was built with, when this device can work it out: any plain
 * chain, and keyed chains of this device's data key. Undefined for a chain keyed elsewhere.
 */
export async function digestFor(id: string, session: KeySession): Promise<Digest | undefined> {
  if (id.startsWith('sha256:')) return sha256Hex;
  if (session.state !== 'unlocked') return undefined;
  const mine = await keyed(session.keys());
  return mine.id === id ? mine.digest : undefined;
}
