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

/**
 * Pages of `src/ui/routes` replaced by stand-ins that record their label in `rendered` as they are
 * drawn: for a test's `vi.mock` of that module, keyed by export name.
 */
export function pageStandIns(rendered: string[], pages: Record<string, string>): Record<string, ComponentType> {
  return Object.fromEntries(
    Object.entries(pages).map(([page, label]) => [
      page,
      () => {
        rendered.push(label);
        return <h1>{label}</h1>;
      },
    ]),
  );
}
