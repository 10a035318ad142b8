import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { loadVault, LockedError, setFirstPasscode } from '../../src/data/crypto/vault';
import { ENQUIRY, householdsOnDisk, inAnotherTab, rawDatabaseText, rawPut, secretForms } from './vault-helpers';

const JO = 'staff-jo';
const LATE = { ...ENQUIRY, applicants: ['Wren Hollowmere'], email: 'wren.hollowmere@example.com', postcode: 'QX1 7ZD', notes: 'Typed after the passcode' };
const LATE_TEXTS = ['Hollowmere', 'wren.hollowmere', 'QX1 7ZD', 'Typed after the passcode'];

describe('a first passcode set in another tab while this one has none', () => {
  it('locks this tab, and what it wrote before is encrypted with everything else', async () => {
    expect(await loadVault()).toBe('open');
    await householdsRepo.createEnquiry(ENQUIRY, 'Jo Worker');

    expect((await inAnotherTab(() => setFirstPasscode(JO, 'blue kettle on'))).ok).toBe(true);

    await vi.waitFor(() => expect(db().session.state).toBe('locked'));
    await expect(householdsRepo.createEnquiry(LATE, 'Jo Worker')).rejects.toBeInstanceOf(LockedError);
    const raw = await rawDatabaseText();
    for (const secret of [...secretForms(), ...LATE_TEXTS]) expect(raw, secret).not.toContain(secret);
  });

  it('refuses a write made before this tab has heard of it, stores none of it, and then locks', async () => {
    expect(await loadVault()).toBe('open');
    const before = await db().households.count();
    // The other tab's passcode as it is on the disk, with no word of it reaching this tab yet.
    await rawPut('keyring', { personId: JO, setAt: '2026-12-02T09:00:00.000Z' });
    expect(db().session.state).toBe('open');

    await expect(householdsRepo.createEnquiry(LATE, 'Jo Worker')).rejects.toBeInstanceOf(LockedError);

    await vi.waitFor(() => expect(db().session.state).toBe('locked'));
    const raw = await rawDatabaseText();
    for (const text of LATE_TEXTS) expect(raw, text).not.toContain(text);
    expect(await householdsOnDisk()).toBe(before);
  });
});
