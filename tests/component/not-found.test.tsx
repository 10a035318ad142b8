import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NotFound } from '../../src/ui/components/NotFound';

describe('an address that leads nowhere', () => {
  it('says so in the heading and in the tab title', async () => {
    render(<NotFound />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Page not found – Fostering'));
  });
});
