import CarerPage from '../../src/ui/carers/CarerPage';
import { renderPage } from './route-helpers';

/** A carer household's page, opened at its address. */
export function renderCarer(householdId: string) {
  return renderPage(`/carers/${householdId}`, '/carers/:id', CarerPage);
}
