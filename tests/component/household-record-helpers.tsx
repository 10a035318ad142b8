import { configure, render } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import type { Enquiry } from '../../src/domain/validation/enquiry';
import { householdsRepo } from '../../src/data/repositories/households';
import { currentUser } from '../../src/ui/current-user';
import HouseholdPage from '../../src/ui/household/HouseholdPage';

// The record page is large, and role queries over it are slow in jsdom.
configure({ asyncUtilTimeout: 10_000 });

export const WORKER = 'Testy McTestworker';

/** Signs a made-up worker in, as the "who is using this device" page would. */
export function signIn(): void {
  currentUser.value = { id: 'staff-test', name: WORKER, active: 1 };
}

export function enquiry(overrides: Partial<Enquiry> = {}): Enquiry {
  return {
    applicants: ['Ada Examplesson', 'Bo Examplesson'],
    email: 'ada.examplesson@example.com',
    phone: '07700900123',
    postcode: 'AA1 1AA',
    howHeard: 'website',
    interests: ['shortTerm', 'siblingGroups'],
    enquiryOn: '2026-01-05',
    kind: 'mainstream',
    ...overrides,
  };
}

export async function createHousehold(overrides: Partial<Enquiry> = {}) {
  return householdsRepo.createEnquiry(enquiry(overrides), WORKER);
}

/** The household page at its real route (so `useRoute` reads the id from the address), inside a main landmark as in the app. */
export function renderHousehold(id: string, search = '') {
  history.replaceState(null, '', `/households/${id}${search}`);
  return render(
    <LocationProvider>
      <main>
        <Router>
          <Route path="/households/:id" component={HouseholdPage} />
          <Route default component={() => <p>No route</p>} />
        </Router>
      </main>
    </LocationProvider>,
  );
}

/** The summary list row whose key is `key`, for `within`. */
export function summaryRow(container: ParentNode, key: string): HTMLElement {
  const dt = Array.from(container.querySelectorAll('.summary-list dt')).find((el) => el.textContent === key);
  if (!dt?.parentElement) throw new Error(`No summary row "${key}"`);
  return dt.parentElement;
}
