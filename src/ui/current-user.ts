import { signal } from '@preact/signals';
import type { StaffMember } from '../domain/household';
import { staffRepo } from '../data/repositories/staff';

/** Who is using this device; every event records this name. `null` until loaded. */
export const currentUser = signal<StaffMember | undefined | null>(null);

export async function loadCurrentUser(): Promise<void> {
  currentUser.value = (await staffRepo.current()) ?? undefined;
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
