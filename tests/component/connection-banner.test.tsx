import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionState } from '../../src/data/connection';
import { ConnectionBanner } from '../../src/ui/components/ConnectionBanner';

afterEach(() => {
  connectionState.value = 'open';
});

describe('the connection banner', () => {
  it('shows nothing while the database is open as normal', () => {
    const { container } = render(<ConnectionBanner />);
    expect(container.textContent).toBe('');
  });

  it('tells an old tab that the app was updated elsewhere and offers a reload', async () => {
    render(<ConnectionBanner />);
    connectionState.value = 'replaced';
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The app was updated in another tab.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('tells the new tab to close the other tabs while its upgrade waits', async () => {
    render(<ConnectionBanner />);
    connectionState.value = 'waiting';
    expect((await screen.findByRole('status')).textContent).toContain('Close the app’s other tabs to finish updating.');
  });
});
