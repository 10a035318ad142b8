import type { StaffMember } from '../../domain/household';
import { db, newId } from '../db';
import { settingsRepo } from './settings';

export const staffRepo = {
  /** Everyone on the device's name list, active first, by name. */
  async list(): Promise<StaffMember[]> {
    const all = await db().staff.orderBy('name').toArray();
    return all.filter((s) => s.active).concat(all.filter((s) => !s.active));
  },
  async add(name: string): Promise<StaffMember> {
    const member: StaffMember = { id: newId(), name: name.trim(), active: 1 };
    await db().staff.add(member);
    return member;
  },
  get: (id: string) => db().staff.get(id),
  /** Someone who no longer works here is marked inactive; their name stays on the events they recorded. */
  setActive: (id: string, active: boolean) => db().staff.update(id, { active: active ? 1 : 0 }),
  async current(): Promise<StaffMember | undefined> {
    const id = await settingsRepo.currentStaffId();
    return id ? db().staff.get(id) : undefined;
  },
  setCurrent: (id: string | undefined) => settingsRepo.saveCurrentStaffId(id),
};
