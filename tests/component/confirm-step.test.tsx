import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmStep } from '../../src/ui/components/ConfirmStep';

describe('a question that confirms a step (withdraw, close, remove)', () => {
  it('keeps focus on its answer while the step is saved, and saves once however often it is pressed', async () => {
    let finish: (ok: boolean) => void = () => undefined;
    const onConfirm = vi.fn(() => new Promise<boolean>((resolve) => (finish = resolve)));
    render(<ConfirmStep openLabel="Remove" confirmLabel="Yes, remove" busyLabel="Removing…" warning="Remove the group from this device?" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const yes = await screen.findByRole('button', { name: 'Yes, remove' });
    yes.focus();
    fireEvent.click(yes);
    const busy = await screen.findByRole('button', { name: 'Removing…' });
    // Still the same, focusable button: a disabled one drops a keyboard user's focus to the page.
    expect(busy).toBe(yes);
    expect(document.activeElement).toBe(busy);
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(busy);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Remove the group from this device?')).toBeTruthy();

    finish(false);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Removing…' })).toBeNull());
  });
});
