import { fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { staffRepo } from '../../src/data/repositories/staff';
import WhoPage from '../../src/ui/who/WhoPage';

function renderWho() {
  history.replaceState(null, '', '/who');
  return render(
    <LocationProvider>
      <WhoPage />
    </LocationProvider>,
  );
}

describe('who is using this device', () => {
  it('does not add again someone who has left, and says how to bring them back', async () => {
    const left = await staffRepo.add('Ash Pretendly');
    await staffRepo.setActive(left.id, false, left.revision!.rev, 'Jo Worker');
    renderWho();
    expect(await screen.findByText('No one has used the app on this device yet.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Your full name'), { target: { value: '  ash   pretendly ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add and continue' }));
    expect(await screen.findAllByText(/ash pretendly is already on the list: choose it above, or ask for it to be marked as working here again in Settings/)).toHaveLength(2);
    expect(await db().staff.count()).toBe(1);
  });

  it('tidies the spaces in a new name before adding it', async () => {
    renderWho();
    fireEvent.input(await screen.findByLabelText('Your full name'), { target: { value: '  Kit   Newstarter ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add and continue' }));
    await expect.poll(async () => (await db().staff.toArray()).map((s) => s.name)).toEqual(['Kit Newstarter']);
  });

  it('forgets a half-typed new name once someone picks their name from the list', async () => {
    await staffRepo.add('Mo Examplename');
    renderWho();
    fireEvent.input(await screen.findByLabelText('Your full name'), { target: { value: 'Mo Exam' } });
    await expect.poll(async () => db().drafts.count()).toBe(1);
    fireEvent.click(await screen.findByRole('button', { name: /Mo Examplename/ }));
    await expect.poll(async () => db().drafts.count()).toBe(0);
  });
});
