import { signal } from '@preact/signals';
import type { StaffMember } from '../domain/household';
import { staffRepo } from '../data/repositories/staff';

/** Who is using this device; every event records this name. `null` until loaded. */
export const currentUser = signal<StaffMember | undefined | null>(null);

/**
 * The person last named on the device becomes the user if `open` (whether the device has no
 * passcode) comes true. Read beside that answer, not after it: one after the other, the two reads
 * held up the first page's heading by a round trip to the database.
 */
export async function loadCurrentUser(open: Promise<boolean>): Promise<void> {
  // On a locked device the staff may not be readable: that read's answer is not used anyway.
  const [isOpen, user] = await Promise.all([open, staffRepo.current().catch(() => undefined)]);
  currentUser.value = isOpen ? user : undefined;
}

export async function chooseUser(member: StaffMember): Promise<void> {
  await staffRepo.setCurrent(member.id, member.name);
  currentUser.value = member;
}

export async function signOutUser(): Promise<void> {
  await staffRepo.setCurrent(undefined, byName());
  currentUser.value = undefined;
}

/** The name written on events; pages behind the picker always have a user. */
export function byName(): string {
  return currentUser.value?.name ?? 'Unknown user';
}
