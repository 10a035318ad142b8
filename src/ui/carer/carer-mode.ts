import { signal } from '@preact/signals';
import { settingsRepo } from '../../data/repositories/settings';

/** Whether this device is in carer mode. `null` until loaded: nothing is shown until we know. */
export const carerMode = signal<boolean | null>(null);

/** True between switching carer mode on and leaving the (now refused) page the switch was made on. */
let switchedOnJustNow = false;

export async function loadCarerMode(): Promise<void> {
  carerMode.value = await settingsRepo.carerMode();
}

/** Saved first, so a reload straight after the switch never shows the staff pages. */
export async function setCarerMode(on: boolean): Promise<void> {
  await settingsRepo.saveCarerMode(on);
  switchedOnJustNow = on;
  carerMode.value = on;
}

/**
 * Whether the page being refused is the one carer mode was switched on from: that person meant to
 * leave it, so they need no "not available" notice. Answers true once.
 */
export function takeSwitchedOnJustNow(): boolean {
  const was = switchedOnJustNow;
  switchedOnJustNow = false;
  return was;
}
