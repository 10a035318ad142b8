import { describe, expect, it, vi } from 'vitest';
import { loadVault, setFirstPasscode, unlock } from '../../src/data/crypto/vault';
import { db } from '../../src/data/db';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { inAnotherTab, rawDatabaseText } from './vault-helpers';

const JO = 'staff-jo';
const TYPED = 'Typed in the last half second before the lock';

describe('a draft written just after another tab sets a passcode', () => {
  it('is kept, never clear on disk, and comes back once this tab is unlocked', async () => {
    expect(await loadVault()).toBe('open');
    expect((await inAnotherTab(() => setFirstPasscode(JO, 'blue kettle on'))).ok).toBe(true);
    await vi.waitFor(() => expect(db().session.state).toBe('locked'));

    // The form's last keystrokes, written as the lock takes its page away.
    await draftsRepo.keep('note:hh-1', { text: TYPED });
    draftsRepo.keepNow('panel:hh-1', { chair: TYPED });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await rawDatabaseText()).not.toContain(TYPED);
    expect(JSON.stringify({ ...localStorage })).not.toContain(TYPED);

    expect((await unlock(JO, 'blue kettle on')).ok).toBe(true);
    expect((await draftsRepo.take('note:hh-1'))?.value).toEqual({ text: TYPED });
    expect((await draftsRepo.take('panel:hh-1'))?.value).toEqual({ chair: TYPED });
    expect(await rawDatabaseText()).not.toContain(TYPED);
  });
});
