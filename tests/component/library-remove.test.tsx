import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { libraryRepo } from '../../src/data/repositories/library';
import { todayIso } from '../../src/domain/dates';
import { renderLibrary } from './library-helpers';

vi.mock('../../src/data/library/built-in', async () => (await import('./library-fixtures')).fixtureBuiltIn());

describe('removing a local resource', () => {
  it('asks first; Cancel keeps it, and yes removes it from this device', async () => {
    const row = await libraryRepo.addLocalResource(
      { title: 'Hub evenings', category: 'Support for you', summary: 'Monthly get-togethers.', body: 'First Tuesday of the month.', lastReviewed: todayIso() },
      [],
      'Jo Worker',
    );
    renderLibrary('/library');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Hub evenings' }));
    expect(screen.getByText('Remove “Hub evenings” from this device? Carers will no longer see it here.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await libraryRepo.localResource(row.id)).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Remove Hub evenings' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove Hub evenings' }));
    expect(await screen.findByText('“Hub evenings” removed from this device.')).toBeTruthy();
    expect(await libraryRepo.localResource(row.id)).toBeUndefined();
  });
});
