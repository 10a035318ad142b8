import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { moveFrom } from '../../src/domain/stale-rule';
import { ENQUIRY, rawDatabaseText, SECRETS, secretForms, writeHousehold } from './vault-helpers';

const TODAY = '2026-11-20';
const JO = 'staff-jo';

async function forward(id: string): Promise<void> {
  const now = (await householdsRepo.get(id))!;
  await householdsRepo.move(id, { kind: 'forward', on: TODAY, from: moveFrom(now) }, 'Jo Worker', TODAY);
}

/** Everything localStorage holds, as one lower-case text. */
function localStorageText(): string {
  return Array.from({ length: localStorage.length }, (_, i) => {
    const key = localStorage.key(i)!;
    return `${key}\n${localStorage.getItem(key)}`;
  })
    .join('\n')
    .toLowerCase();
}

describe('nothing personal in clear once a passcode exists', () => {
  it('keeps no clear copy of a draft typed and then hidden, and the draft still comes back', async () => {
    await setFirstPasscode(JO, 'blue kettle on');
    // As the page is hidden: the synchronous copy a device without a passcode would keep.
    draftsRepo.keepNow('note:h-1', { text: SECRETS.draft }, 'tab-1');
    expect(localStorageText()).not.toContain(SECRETS.draft.toLowerCase());
    expect(await draftsRepo.take('note:h-1', 'tab-1')).toEqual({ value: { text: SECRETS.draft }, base: undefined });
    expect(await rawDatabaseText()).not.toContain(SECRETS.draft.toLowerCase());
  });

  it('seals a draft kept in localStorage before the passcode was set, and removes the clear copy', async () => {
    draftsRepo.keepNow('note:h-1', { text: SECRETS.draft }, 'tab-1');
    expect(localStorageText()).toContain(SECRETS.draft.toLowerCase());
    await setFirstPasscode(JO, 'blue kettle on');
    expect(localStorageText()).not.toContain(SECRETS.draft.toLowerCase());
    expect(await rawDatabaseText()).not.toContain(SECRETS.draft.toLowerCase());
    expect((await draftsRepo.take('note:h-1', 'tab-1'))?.value).toEqual({ text: SECRETS.draft });
  });

  it('stores no name through the checks that name each applicant, nor through the next deadline', async () => {
    await setFirstPasscode(JO, 'blue kettle on');
    const id = await writeHousehold();
    await forward(id);
    await forward(id);
    await forward(id);
    const labels = (await db().checks.where('householdId').equals(id).toArray()).map((c) => c.label);
    expect(labels.some((l) => l.includes(ENQUIRY.applicants[0]!))).toBe(true);
    expect((await householdsRepo.get(id))?.nextDeadlineLabel).toBeTruthy();

    const raw = await rawDatabaseText();
    for (const secret of secretForms()) expect(raw, secret).not.toContain(secret);
  });
});
