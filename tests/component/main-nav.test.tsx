import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MainNav } from '../../src/ui/components/MainNav';

const ITEMS = [
  { href: '/', label: 'Today', current: false },
  { href: '/carers', label: 'Carers', current: false },
  { href: '/constellations', label: 'Constellations', current: true, more: true },
  { href: '/keep-groups', label: 'KEEP groups', current: false, more: true },
];

describe('the main navigation', () => {
  it('keeps the pages marked "more" behind a button that says whether it is open, closing when one is chosen or on Escape', () => {
    render(<MainNav items={ITEMS} />);
    const more = screen.getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(more.getAttribute('aria-controls')!)?.textContent).toBe('ConstellationsKEEP groups');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByRole('link', { name: 'KEEP groups' }));
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    fireEvent.keyDown(screen.getByRole('link', { name: 'Constellations' }), { key: 'Escape' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
    expect(screen.getByRole('link', { name: 'Constellations' }).getAttribute('aria-current')).toBe('page');
    // Straight after opening it, with focus still on the button.
    fireEvent.click(more);
    fireEvent.keyDown(more, { key: 'Escape' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
  });

  it('has no More button when every page is in the row, as in carer mode', () => {
    render(<MainNav items={ITEMS.slice(0, 2)} />);
    expect(screen.queryByRole('button', { name: 'More' })).toBeNull();
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Today', 'Carers']);
  });
});
