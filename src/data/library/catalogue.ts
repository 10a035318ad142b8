import { parseResourceFile } from '../../domain/library/front-matter';
import { isLibraryCategory, libraryOrder, type Resource, type ResourceInfo } from '../../domain/library/resource';
import { buildLibraryIndex, searchLibrary, type LibraryIndex, type SearchHit } from '../../domain/library/search';
import type { LocalResourceRow } from '../db';
import { BUILT_IN_INFO, BUILT_IN_TEXTS } from './built-in';

/** A resource file that could not be read, named so the service can fix it. */
export interface CatalogueProblem {
  file: string;
  problem: string;
}

export type LibrarySearch = (query: string) => SearchHit[];

export interface Catalogue {
  resources: ResourceInfo[];
  byId: Map<string, ResourceInfo>;
  /** The service's own resources, text and all, for its editor. */
  local: Resource[];
  problems: CatalogueProblem[];
  /** One resource's Markdown; a built-in text loads only now. `undefined` when there is no such resource. */
  text(id: string): Promise<string | undefined>;
  /** The search, once every text it reads has loaded. */
  search(): Promise<LibrarySearch>;
}

interface BuiltIn {
  resources: ResourceInfo[];
  files: Map<string, string>;
  problems: CatalogueProblem[];
}

let builtIn: BuiltIn | undefined;
let builtInIndex: Promise<LibraryIndex> | undefined;

/** The repo's resources as listed: front matter only, read once per session. */
function builtInResources(): BuiltIn {
  if (builtIn) return builtIn;
  const resources: ResourceInfo[] = [];
  const files = new Map<string, string>();
  const problems: CatalogueProblem[] = [];
  for (const [path, parsed] of Object.entries(BUILT_IN_INFO).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    if (!parsed.ok) problems.push({ file, problem: parsed.problem });
    else if (files.has(parsed.resource.id)) problems.push({ file, problem: `another file already uses the id "${parsed.resource.id}"` });
    else {
      files.set(parsed.resource.id, path);
      resources.push(parsed.resource);
    }
  }
  builtIn = { resources, files, problems };
  return builtIn;
}

async function builtInText(path: string): Promise<string | undefined> {
  const load = BUILT_IN_TEXTS[path];
  if (!load) return undefined;
  const parsed = parseResourceFile(path.split('/').pop() ?? path, await load());
  return parsed.ok ? parsed.resource.body : undefined;
}

/** Every built-in text, loaded and indexed once per session, at the first search. */
function builtInSearchIndex(base: BuiltIn): Promise<LibraryIndex> {
  builtInIndex ??= Promise.all(base.resources.map(async (r) => ({ ...r, body: (await builtInText(base.files.get(r.id)!)) ?? '' })))
    .then(buildLibraryIndex)
    .catch((error: unknown) => {
      // A failed load (a chunk gone after an update) is tried again at the next search.
      builtInIndex = undefined;
      throw error;
    });
  return builtInIndex;
}

function fromLocal(row: LocalResourceRow): Resource | undefined {
  if (!isLibraryCategory(row.category)) return undefined;
  return { id: row.id, title: row.title, category: row.category, summary: row.summary, audience: 'carers', lastReviewed: row.lastReviewed, body: row.body, source: 'local' };
}

/**
 * Everything in the library on this device: the repo's resources plus the service's own. Only
 * the few local resources are indexed again when they change.
 */
export function catalogue(localRows: readonly LocalResourceRow[]): Catalogue {
  const base = builtInResources();
  const local = localRows.map(fromLocal).filter((r): r is Resource => r !== undefined && !base.files.has(r.id));
  const resources: ResourceInfo[] = [...base.resources, ...local].sort(libraryOrder);
  const localById = new Map(local.map((r) => [r.id, r]));
  return {
    resources,
    byId: new Map(resources.map((r) => [r.id, r])),
    local,
    problems: base.problems,
    text: async (id) => {
      const path = base.files.get(id);
      return path ? builtInText(path) : localById.get(id)?.body;
    },
    search: async () => {
      const index = [...(await builtInSearchIndex(base)), ...buildLibraryIndex(local)];
      return (query) => searchLibrary(index, query);
    },
  };
}
