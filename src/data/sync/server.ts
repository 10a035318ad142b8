/**
 * Talking to the team's CouchDB database: every request carries the person's sync username and
 * password, and every failure becomes one of a few plain reasons the Settings page can say.
 */
import { serverBase } from '../../domain/sync/settings-checks';
import type { SyncSettings } from '../../domain/sync/settings';

export type ServerProblem = 'unreachable' | 'wrongPassword' | 'noDatabase' | 'notCouchDb' | 'refused';

export const PROBLEM_WORDS: Record<ServerProblem, string> = {
  unreachable: 'The server could not be reached: check the address and that this device is online. A server whose certificate is not trusted cannot be reached either',
  wrongPassword: 'The server refused the username or password: check them with whoever runs the server',
  noDatabase: 'The server has no database by that name: check the team database name',
  notCouchDb: 'Something answered at that address, but it is not a CouchDB server: check the address',
  refused: 'The server refused the change: try again, and if it keeps happening tell whoever runs the server',
};

export class ServerError extends Error {
  constructor(
    readonly problem: ServerProblem,
    readonly status?: number,
  ) {
    super(PROBLEM_WORDS[problem]);
    this.name = 'ServerError';
  }
}

export interface TeamDatabase {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

function authorisation(s: SyncSettings): string {
  const bytes = new TextEncoder().encode(`${s.username.trim()}:${s.password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    throw new ServerError('notCouchDb', res.status);
  }
}

/** The team database named in the settings; paths are relative to it ('' for the database itself). */
export function teamDatabase(s: SyncSettings): TeamDatabase {
  const base = `${serverBase(s.address)}/${encodeURIComponent(s.database.trim())}`;
  const headers = { authorization: authorisation(s), accept: 'application/json' };
  async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(path ? `${base}/${path}` : base, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw new ServerError('unreachable');
    }
    const json = await readJson(res);
    const error = typeof json === 'object' && json !== null ? (json as { error?: unknown }).error : undefined;
    if (res.status === 401 || res.status === 403) throw new ServerError('wrongPassword', res.status);
    if (res.status === 404 && path === '' && error === 'not_found') throw new ServerError('noDatabase', res.status);
    if (!res.ok) throw new ServerError(typeof error === 'string' ? 'refused' : 'notCouchDb', res.status);
    return json as T;
  }
  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
    put: (path, body) => send('PUT', path, body),
  };
}

/** Asks the team database who it is: a CouchDB database answers with its own name, and how many documents it holds. */
export async function checkDatabase(s: SyncSettings): Promise<{ docCount: number }> {
  const info = await teamDatabase(s).get<{ db_name?: unknown; doc_count?: unknown }>('');
  if (typeof info !== 'object' || info === null || info.db_name !== s.database.trim()) throw new ServerError('notCouchDb');
  return { docCount: typeof info.doc_count === 'number' ? info.doc_count : 0 };
}

/** "Test connection": undefined when the database answers, or what is wrong, in words. */
export async function testConnection(s: SyncSettings): Promise<string | undefined> {
  try {
    await checkDatabase(s);
    return undefined;
  } catch (e) {
    if (e instanceof ServerError) return e.message;
    throw e;
  }
}
