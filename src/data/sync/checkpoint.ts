/**
 * The checkpoint this device keeps on the server (`_local/` documents are never replicated), so a
 * database that was made again (a server rebuilt from nothing) is read from its start rather than
 * from a position it no longer has.
 */
import { ServerError, type TeamDatabase } from './server';

interface Checkpoint {
  _id?: string;
  _rev?: string;
  since?: string | number;
}

const path = (deviceId: string) => `_local/fostering-${encodeURIComponent(deviceId)}`;

export async function readCheckpoint(server: TeamDatabase, deviceId: string): Promise<Checkpoint | undefined> {
  try {
    return await server.get<Checkpoint>(path(deviceId));
  } catch (e) {
    if (e instanceof ServerError && e.status === 404) return undefined;
    throw e;
  }
}

/** Answers the checkpoint as now stored, to write over next. */
export async function writeCheckpoint(server: TeamDatabase, deviceId: string, before: Checkpoint | undefined, since: string | number): Promise<Checkpoint> {
  const { rev } = await server.put<{ rev: string }>(path(deviceId), before?._rev ? { _rev: before._rev, since } : { since });
  return { _rev: rev, since };
}
