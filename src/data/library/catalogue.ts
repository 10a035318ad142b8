import { parseResourceFile } from '../../domain/library/front-matter';
import { isLibraryCategory, type Resource } from '../../domain/library/resource';
import { buildLibraryIndex, searchLibrary, type LibraryIndex, type SearchHit } from '../../domain/library/search';
import type { LocalResourceRow } from '../db';
import { BUILT_IN_FILES } from './built-in';

/** A resource file that could not be read, named so the service can fix it. */
export interface CatalogueProblem {
  file: string;
  problem: string;
}

export interface Catalogue {
  resources: Resource[];
  byId: Map<string, Resource>;
  problems: CatalogueProblem[];
  search(query: string): SearchHit[];
}

interface BuiltIn {
  resources: Resource[];
  problems: CatalogueProblem[];
  index: LibraryIndex;
}

let builtIn: BuiltIn | undefined;

/** The repo's files are parsed and indexed once per session, when the library first opens. */
function builtInResources(): BuiltIn {
  if (builtIn) return builtIn;
  const resources: Resource[] = [];
  const problems: CatalogueProblem[] = [];
  const seen = new Set<string>();
  for (const [path, text] of Object.entries(BUILT_IN_FILES).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    const parsed = parseResourceFile(file, text);
    if (!parsed.ok) problems.push({ file, problem: parsed.problem });
    else if (seen.has(parsed.resource.id)) problems.push({ file, problem: `another file already uses the id "${parsed.resource.id}"` });
    else {
      seen.add(parsed.resource.id);
      resources.push(parsed.resource);
    }
  }
  builtIn = { resources, problems, index: buildLibraryIndex(resources) };
  return builtIn;
}

function fromLocal(row: LocalResourceRow): Resource | undefined {
  if (!isLibraryCategory(row.category)) return undefined;
  return { ...row, category: row.category, audience: 'carers', source: 'local' };
}

/**
 * Everything in the library on this device: the repo's resources plus the service's own. Only
 * the few local resources are indexed again when they change.
 */
export function catalogue(localRows: readonly LocalResourceRow[]): Catalogue {
  const base = builtInResources();
  const taken = new Set(base.resources.map((r) => r.id));
  const local = localRows.map(fromLocal).filter((r): r is Resource => r !== undefined && !taken.has(r.id));
  const resources = [...base.resources, ...local].sort((a, b) => a.title.localeCompare(b.title));
  const index = [...base.index, ...buildLibraryIndex(local)];
  return {
    resources,
    byId: new Map(resources.map((r) => [r.id, r])),
    problems: base.problems,
    search: (query) => searchLibrary(index, query),
  };
}
