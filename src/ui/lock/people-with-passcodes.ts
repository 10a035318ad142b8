import { peopleWithPasscodes } from '../../data/crypto/vault-state';
import { staffRepo } from '../../data/repositories/staff';
import type { Option } from '../components/fields';

/** The people who may unlock this device, by name; their names are kept clear for this list. */
export async function passcodeHolders(): Promise<Option[]> {
  const ids = await peopleWithPasscodes();
  const members = await Promise.all(ids.map(async (id) => ({ value: id, label: (await staffRepo.get(id))?.name ?? 'A person no longer on the list' })));
  return members.sort((a, b) => a.label.localeCompare(b.label));
}
