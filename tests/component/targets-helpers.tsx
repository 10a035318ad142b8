import { expect } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { currentUser } from '../../src/ui/current-user';
import TargetsPage from '../../src/ui/targets/TargetsPage';

export const MANAGER = { id: 'staff-test-manager', name: 'Morgan Testmanager', active: 1 as const };

export function renderTargets(query = '') {
  currentUser.value = MANAGER;
  history.replaceState(null, '', `/targets${query}`);
  return render(
    <LocationProvider>
      <main>
        <TargetsPage />
      </main>
    </LocationProvider>,
  );
}

export const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

export const typeInto = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });

/** The board-paper paragraph. */
export const sentences = () => document.querySelector('.targets-sentences')?.textContent ?? '';

/** What a manager would see if anything on the page went wrong with the arithmetic. */
export function expectNoBadNumbers() {
  const text = document.body.textContent ?? '';
  expect(text, 'a bad number on the page').not.toMatch(/NaN|Infinity|-0(?![\d.])/);
}
