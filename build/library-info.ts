import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { resourceInfo } from '../src/domain/library/front-matter.ts';

const QUERY = '?info';

/**
 * `resource.md?info` is a module holding the resource's front matter without its text, read
 * when the app is built: the library list imports these, and each text loads only when opened.
 */
export function libraryInfo(): Plugin {
  return {
    name: 'library-resource-info',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(`.md${QUERY}`)) return undefined;
      const path = id.slice(0, -QUERY.length);
      this.addWatchFile(path);
      return `export default ${JSON.stringify(resourceInfo(basename(path), readFileSync(path, 'utf8')))};`;
    },
  };
}
