import { useState } from 'preact/hooks';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { TextField } from '../components/fields';
import { CatalogueProblems } from './CatalogueProblems';
import { CategorySections } from './CategorySections';
import { LocalResourcesSection } from './LocalResourcesSection';
import { PersonalLists } from './PersonalLists';
import { SearchResults } from './SearchResults';
import { ServiceContacts } from './ServiceContacts';
import { ServicePackSection } from './ServicePackSection';
import { useLibrary, type Library } from './use-library';
import { useLibrarySearch } from './use-library-search';
import { carerMode } from '../carer/carer-mode';

/** The carers' support library: search, categories, their own bookmarks, and the service's pack. */
export default function LibraryPage() {
  const { library, error } = useLibrary();
  const [query, setQuery] = useState('');
  usePageTitle('Support library');
  const searching = query.trim().length > 0;

  return (
    <>
      <PageHeading>Support library</PageHeading>
      <p class="two-thirds">Guides for foster carers. They are kept on this device, so they work with no signal.</p>
      {error ? (
        <p class="error-message" role="alert">
          The library could not be read on this device. Reload the page to try again.
        </p>
      ) : !library ? (
        <p class="loading">Loading the library…</p>
      ) : (
        <>
          <CatalogueProblems problems={library.catalogue.problems} />
          <div class="library-layout">
            <div class="library-layout__main">
              <form role="search" class="library-search" onSubmit={(e) => e.preventDefault()} noValidate>
                <TextField
                  id="library-search"
                  label="Search the library"
                  hint="For example: allowance, allegation, out of hours"
                  type="search"
                  value={query}
                  onInput={setQuery}
                  spellcheck={false}
                />
              </form>
              {searching ? <Search library={library} query={query} /> : <CategorySections library={library} />}
            </div>
            <div class="library-layout__side">
              <ServiceContacts service={library.service} />
              <PersonalLists library={library} />
            </div>
          </div>
          {/* A carer's device reads the service's resources; only staff write or share them. */}
          {!carerMode.value && <LocalResourcesSection library={library} />}
          <ServicePackSection staffTools={!carerMode.value} />
        </>
      )}
    </>
  );
}

function Search({ library, query }: { library: Library; query: string }) {
  const state = useLibrarySearch(library);
  if (state.kind === 'ready') return <SearchResults library={library} search={state.search} query={query} />;
  if (state.kind === 'failed') {
    return (
      <p class="error-message" role="alert">
        The search could not read the library on this device. Reload the page to try again.
      </p>
    );
  }
  return (
    <p role="status" class="loading">
      Searching…
    </p>
  );
}
