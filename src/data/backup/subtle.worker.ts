/**
 * Web Crypto's heavy calls for backups, run here rather than in the page: Chromium hashes,
 * encrypts and derives keys on the thread that asks, so a 44 MB backup's checksum alone held the
 * page for over a third of a second on a busy machine.
 */
import { perform, transfersOf, type SubtleRequest } from './subtle-ops';

self.onmessage = async (event: MessageEvent<SubtleRequest>) => {
  try {
    const value = await perform(event.data);
    self.postMessage({ ok: true, value }, { transfer: transfersOf(value) });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    self.postMessage({ ok: false, name, message });
  }
};
