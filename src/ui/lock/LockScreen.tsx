import { useLocation } from 'preact-iso';
import { staffRepo } from '../../data/repositories/staff';
import { lock } from '../../data/crypto/vault-state';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { currentUser } from '../current-user';
import { UnlockForm } from './UnlockForm';

export { WipedNotice } from './WipedNotice';

/**
 * Shown in place of every page while the device is locked: nothing about any household, only who
 * may unlock it. The address stays as it was, so unlocking returns to the same page.
 */
export function LockScreen() {
  usePageTitle('This device is locked');
  const { path } = useLocation();
  const unlocked = async (personId: string) => {
    const member = await staffRepo.unlockedAs(personId);
    // A passcode whose person has gone from the name list cannot say who is working: stay locked.
    if (!member) return lock();
    currentUser.value = member;
  };
  return (
    <div class="two-thirds">
      <PageHeading>This device is locked</PageHeading>
      <p>Unlock it with your own passcode. What you do next is recorded in your name.</p>
      <UnlockForm key={path} submitLabel="Unlock" onUnlocked={unlocked} />
    </div>
  );
}
