import { render } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import LibraryPage from '../../src/ui/library/LibraryPage';
import ResourcePage from '../../src/ui/library/ResourcePage';

export function renderLibrary(path: string) {
  history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <main>
        <Router>
          <Route path="/library" component={LibraryPage} />
          <Route path="/library/:id" component={ResourcePage} />
        </Router>
      </main>
    </LocationProvider>,
  );
}
