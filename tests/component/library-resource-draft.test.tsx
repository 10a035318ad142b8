import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { renderLibrary } from './library-helpers';

vi.mock('../../src/data/library/built-in', async () => (await import('./library-fixtures')).fixtureBuiltIn());

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('a resource the service is writing', () => {
  it('comes back after the page is closed half-way, and can be discarded', async () => {
    renderLibrary('/library');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a resource' }));
    fireEvent.input(field('Title'), { target: { value: 'Hub evenings' } });
    fireEvent.input(field('Text'), { target: { value: 'First Tuesday of the month, at the hub home.' } });
    await waitFor(async () => expect(await draftsRepo.get('local-resource:new')).toBeDefined());

    cleanup();
    renderLibrary('/library');
    expect(await screen.findByText('We restored what you had typed.', { exact: false })).toBeTruthy();
    expect(field('Title').value).toBe('Hub evenings');
    expect(field('Text').value).toBe('First Tuesday of the month, at the hub home.');

    fireEvent.click(screen.getByRole('button', { name: /Discard it/ }));
    await waitFor(() => expect(field('Title').value).toBe(''));
    expect(await draftsRepo.get('local-resource:new')).toBeUndefined();
  });
});
