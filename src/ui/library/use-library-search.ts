import { useEffect, useState } from 'preact/hooks';
import type { LibrarySearch } from '../../data/library/catalogue';
import type { Library } from './use-library';

export type SearchState = { kind: 'loading' } | { kind: 'ready'; search: LibrarySearch } | { kind: 'failed' };

/**
 * The search needs every text, which the list never loads: they load at the first search (from
 * the device, offline too) and stay loaded for the session.
 */
export function useLibrarySearch(library: Library): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'loading' });
  useEffect(() => {
    let open = true;
    library.catalogue.search().then(
      (search) => open && setState({ kind: 'ready', search }),
      () => open && setState({ kind: 'failed' }),
    );
    return () => {
      open = false;
    };
  }, [library.catalogue]);
  return state;
}
