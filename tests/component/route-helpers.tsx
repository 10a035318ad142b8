import { render } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { LocationProvider, Route, Router } from 'preact-iso';

/** A page at its real route (so `useRoute` reads its id from the address), inside a main landmark as in the app. */
export function renderPage(address: string, pattern: string, page: ComponentType) {
  history.replaceState(null, '', address);
  return render(
    <LocationProvider>
      <main>
        <Router>
          <Route path={pattern} component={page} />
          <Route default component={() => <p>No route</p>} />
        </Router>
      </main>
    </LocationProvider>,
  );
}
