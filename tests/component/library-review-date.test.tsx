import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { libraryRepo } from '../../src/data/repositories/library';
import { renderLibrary } from './library-helpers';
import { typeDate } from './date-input';
import { addDays, todayIso } from '../../src/domain/dates';

vi.mock('../../src/data/library/built-in', async () => (await import('./library-fixtures')).fixtureBuiltIn());

const field = (label: string) => screen.getByLabelText(label, { exact: false });

describe('a local resource’s last reviewed date', () => {
  it('is refused in the future, with the message beside the field and in the summary, and nothing typed is lost', async () => {
    renderLibrary('/library');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a resource' }));
    fireEvent.input(field('Title'), { target: { value: 'Hub evenings' } });
    fireEvent.change(field('Category'), { target: { value: 'Support for you' } });
    fireEvent.input(field('Summary'), { target: { value: 'Monthly get-togethers.' } });
    fireEvent.input(field('Text'), { target: { value: 'First Tuesday of the month.' } });
    typeDate(screen, 'Last reviewed', addDays(todayIso(), 1));
    fireEvent.click(screen.getByRole('button', { name: 'Save resource' }));

    const message = 'Date last reviewed must be today or in the past';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Last reviewed' }).closest('.form-group')?.textContent).toContain(message);
    expect((field('Title') as HTMLInputElement).value).toBe('Hub evenings');
    expect(await libraryRepo.localResources()).toEqual([]);
  });
});
