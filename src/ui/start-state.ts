import { batch, effect } from '@preact/signals';
import { onStartHintChange, readStartHint, saveStartHint } from '../data/start-hint';
import { carerMode, loadCarerMode } from './carer/carer-mode';
import { currentUser } from './current-user';
import { vaultState } from './lock/lock-state';

/**
 * Shows the first screen as the last start left it (see data/start-hint.ts) while the database
 * opens; the database's answer replaces it as it comes, so a device changed meanwhile (carer mode
 * switched in another tab, a passcode set) moves to the right page within a moment.
 */
export function showLastStart(): void {
  const hint = readStartHint();
  if (!hint) return;
  batch(() => {
    vaultState.value = 'open';
    carerMode.value = hint.carerMode;
    currentUser.value = hint.user ? { ...hint.user, active: 1 } : undefined;
  });
}

/**
 * Keeps the hint as the device's state changes, for the next start; returns the stop. Carer mode
 * switched on in another tab is taken up here too: left as it was, this tab would go on showing
 * staff pages, and write "not carer mode" back into the hint at its next change.
 */
export function keepStartHint(): () => void {
  const stopFollowing = onStartHintChange(() => void loadCarerMode().catch(() => undefined));
  const stopKeeping = effect(() => {
    const vault = vaultState.value;
    const carer = carerMode.value;
    const user = currentUser.value;
    if (vault === null || carer === null || user === null) return;
    saveStartHint(vault === 'open' ? { carerMode: carer, ...(user && { user: { id: user.id, name: user.name } }) } : undefined);
  });
  return () => {
    stopFollowing();
    stopKeeping();
  };
}
