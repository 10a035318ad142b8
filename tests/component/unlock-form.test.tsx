import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { lock, setFirstPasscode } from '../../src/data/crypto/vault';
import { staffRepo } from '../../src/data/repositories/staff';
import { UnlockForm } from '../../src/ui/lock/UnlockForm';

/** The summary's link saying `message`, once it shows (unlocking takes a while: the passcode is stretched). */
async function summaryLink(message: string | RegExp) {
  const alert = await screen.findByRole('alert', { name: 'There is a problem' }, { timeout: 10_000 });
  return within(alert).findByRole('link', { name: message }, { timeout: 10_000 });
}

function errorBesidePasscode(): string {
  const id = screen.getByLabelText('Your passcode').getAttribute('aria-describedby')!.split(' ').find((i) => i.endsWith('-error'))!;
  return document.getElementById(id)!.textContent!.replace('Error: ', '');
}

async function tryPasscode(passcode: string) {
  fireEvent.input(await screen.findByLabelText('Your passcode'), { target: { value: passcode } });
  fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
}

beforeEach(async () => {
  const member = await staffRepo.add('Rowan Example');
  await setFirstPasscode(member.id, 'amber kettle on');
  lock();
  render(<UnlockForm submitLabel="Unlock" onUnlocked={async () => undefined} />);
});

describe('the lock screen after a wrong passcode', () => {
  it('says a first slip once, in the summary and beside the field', async () => {
    await tryPasscode('amber kettle off');
    expect(await summaryLink('Wrong passcode. Check it and try again')).toBeTruthy();
    expect(errorBesidePasscode()).toBe('Wrong passcode. Check it and try again');
  });

  it('says the wait once, in the same words in both places, counts down only on the button, then says the person can try again', async () => {
    await tryPasscode('amber kettle off');
    await summaryLink(/Check it and try again/);
    await tryPasscode('amber kettle of');
    const said = 'Wrong passcode. Wait 1 second before trying again';
    expect(await summaryLink(said)).toBeTruthy();
    expect(errorBesidePasscode()).toBe(said);
    // Nothing else on the form repeats it or says "wrong passcodes" a second way.
    expect(screen.queryByText(/Too many wrong passcodes/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Wait 1 s' }).hasAttribute('disabled')).toBe(true);

    const again = 'Wrong passcode. You can try again now';
    expect(await summaryLink(again)).toBeTruthy();
    expect(errorBesidePasscode()).toBe(again);
    expect(screen.getByRole('button', { name: 'Unlock' }).hasAttribute('disabled')).toBe(false);
  });
});
