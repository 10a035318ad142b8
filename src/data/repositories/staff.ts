import type { StaffMember } from '../../domain/household';
import { audit, SERVICE_EVENTS } from '../audit';
import { db, newId } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { settingsRepo } from './settings';

export const staffRepo = {
  /** Everyone on the device's name list, active first, by name. */
  async list(): Promise<StaffMember[]> {
    const all = await db().staff.orderBy('name').toArray();
    return all.filter((s) => s.active).concat(all.filter((s) => !s.active));
  },
  /** Adds a name to the device's list; `by` is who added it (a new user adds themselves). */
  async add(name: string, by?: string): Promise<StaffMember> {
    const d = db();
    const member: StaffMember = { id: newId(), name: name.trim(), active: 1 };
    await asPerson(by ?? member.name, [d.staff, d.events], async () => {
      await d.staff.add(member);
      await audit(SERVICE_EVENTS, by ?? member.name, 'staff', `${member.name} added to the people using this device`, ['staff']);
    });
    return member;
  },
  get: (id: string) => db().staff.get(id),
  /**
   * Someone who no longer works here is marked inactive; their name stays on the events they
   * recorded. Refused when the name or status changed since the list was shown (`baseRev`).
   */
  async setActive(id: string, active: boolean, baseRev: string, by: string): Promise<void> {
    const d = db();
    await asPerson(by, [d.staff, d.events], async () => {
      const member = await d.staff.get(id);
      if (!member) return;
      refuseIfStale(member, baseRev, ['name', 'active']);
      await d.staff.update(id, { active: active ? 1 : 0 });
      const summary = active ? `${member.name} marked as working here again` : `${member.name} marked as no longer working here`;
      await audit(SERVICE_EVENTS, by, 'staff', summary, ['staff.active']);
    });
  },
  /** Both reads in one transaction: this is asked before the first page's heading. */
  current(): Promise<StaffMember | undefined> {
    const d = db();
    return d.transaction('r', [d.settings, d.staff], async () => {
      const id = await settingsRepo.currentStaffId();
      return id ? d.staff.get(id) : undefined;
    });
  },
  setCurrent: (id: string | undefined, by: string) => settingsRepo.saveCurrentStaffId(id, by),
  /**
   * The person whose passcode just unlocked the device becomes its user. Someone other than the
   * last person is a switch of person, audited: the trail shows who took over the device, and when.
   */
  async unlockedAs(id: string): Promise<StaffMember | undefined> {
    const d = db();
    return asPerson(id, [d.staff, d.settings, d.events], async () => {
      const member = await d.staff.get(id);
      if (!member) return undefined;
      const before = await settingsRepo.currentStaffId();
      if (before === id) return member;
      const previous = before === undefined ? undefined : await d.staff.get(before);
      await settingsRepo.saveCurrentStaffId(id, member.name);
      const summary = previous ? `Device switched from ${previous.name} to ${member.name}` : `Device unlocked by ${member.name}`;
      await audit(SERVICE_EVENTS, member.name, 'staff', summary, ['currentStaffId']);
      return member;
    });
  },
};
