import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { SERVICE_EVENTS } from '../../src/data/audit';
import { householdsRepo } from '../../src/data/repositories/households';
import { retentionRepo } from '../../src/data/repositories/retention';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { moveFrom } from '../../src/domain/stale-rule';
import { ENQUIRY, rawDatabaseText, SECRETS, secretForms, writeHousehold } from './vault-helpers';

const TODAY = '2026-11-20';

/** A household written with notes, a corrected address and a draft, then withdrawn on `on`. */
async function withdrawnOn(on: string): Promise<string> {
  const id = await writeHousehold('Jo Worker', '2023-01-10');
  await draftsRepo.put(`note:${id}`, { text: 'Unfinished note on the garden pond' }, 'tab-1');
  const result = await householdsRepo.move(id, { from: moveFrom((await householdsRepo.get(id))!), kind: 'withdraw', on, code: 'decidedNotToApply', reason: 'Moving abroad' }, 'Jo Worker', on);
  expect(result.ok).toBe(true);
  return id;
}

describe('retention review', () => {
  it('lists a withdrawn household 3 years after it withdrew, and not an open one or one withdrawn since', async () => {
    const old = await withdrawnOn('2023-06-15');
    await withdrawnOn('2024-01-10');
    await householdsRepo.createEnquiry({ ...ENQUIRY, applicants: ['Open Case'] }, 'Jo Worker');
    const due = await retentionRepo.due(TODAY);
    expect(due).toEqual([{ id: old, reference: expect.any(String), names: 'Quilla Farrowdene and Ansel Farrowdene', basis: 'ended', endedOn: '2023-06-15', dueOn: '2026-06-15' }]);

    await retentionRepo.saveRules({ approvedYears: 10, endedYears: 5 }, 'Jo Worker');
    expect(await retentionRepo.due(TODAY)).toEqual([]);
    const [setting] = await db().events.where('householdId').equals(SERVICE_EVENTS).toArray();
    expect(setting?.changes).toEqual([{ field: 'retention.endedYears', from: 3, to: 5 }]);
  });

  it('deletes a due household from every table in one go, leaving only a history entry that names its reference', async () => {
    const id = await withdrawnOn('2023-06-15');
    const reference = (await householdsRepo.get(id))!.reference;
    expect(await retentionRepo.erase(id, 'Jo Worker', TODAY)).toEqual({ ok: true });

    for (const table of db().tables.filter((t) => t.schema.idxByName.householdId && t.name !== 'deletions')) {
      expect(await table.where('householdId').equals(id).count(), table.name).toBe(0);
    }
    // No passcode here: whatever personal text remained would be readable.
    const raw = await rawDatabaseText();
    // The new-enquiry form's draft belongs to no household and stays; this household's draft goes.
    const householdTexts = [...secretForms().filter((s) => s !== SECRETS.draft.toLowerCase()), 'unfinished note on the garden pond'];
    for (const secret of householdTexts) expect(raw, secret).not.toContain(secret);
    const entries = await db().events.where('householdId').equals(SERVICE_EVENTS).toArray();
    expect(entries.map((e) => [e.type, e.summary])).toEqual([['retention', `Household ${reference} deleted: its retention period ended on 15 June 2026`]]);
    expect(await retentionRepo.due(TODAY)).toEqual([]);
  });

  it('deletes a household early only with a reason, which the history keeps', async () => {
    const id = await withdrawnOn('2026-10-01');
    expect(await retentionRepo.erase(id, 'Jo Worker', TODAY)).toEqual({ ok: false, reason: 'notDue' });
    expect((await retentionRepo.erase(id, 'Jo Worker', TODAY, ' '))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await householdsRepo.get(id)).toBeDefined();

    expect(await retentionRepo.erase(id, 'Jo Worker', TODAY, 'Entered by mistake')).toEqual({ ok: true });
    expect(await householdsRepo.get(id)).toBeUndefined();
    const [entry] = await db().events.where('householdId').equals(SERVICE_EVENTS).toArray();
    expect(entry).toMatchObject({ type: 'erasure', by: 'Jo Worker' });
    expect(entry!.summary).toMatch(/deleted before its retention period ended\. Reason: Entered by mistake$/);
  });
});
