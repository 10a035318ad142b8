import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { duplicateMergeRepo } from '../../src/data/repositories/duplicate-merge';
import { householdsRepo } from '../../src/data/repositories/households';
import { notesRepo } from '../../src/data/repositories/notes';
import type { Enquiry } from '../../src/domain/validation/enquiry';
import { moveFrom } from '../../src/domain/stale-rule';

const enquiry = (applicants: string[], enquiryOn: string, extra: Partial<Enquiry> = {}): Enquiry => ({
  applicants,
  email: 'priya@example.com',
  postcode: 'LS1 4AP',
  howHeard: 'event',
  interests: ['shortTerm'],
  enquiryOn,
  kind: 'mainstream',
  ...extra,
});

describe('merging a duplicate household by hand', () => {
  it('keeps one household with both histories, removes the other and audits the merge', async () => {
    const first = await householdsRepo.createEnquiry(enquiry(['Priya Examplesmith'], '2026-11-02'), 'Jo Worker');
    const second = await householdsRepo.createEnquiry(enquiry(['Priya Examplesmith', 'Tom Examplesmith'], '2026-11-04', { phone: '07700900123', postcode: 'LS2 7AA' }), 'Ali Colleague');
    await notesRepo.add(first.id, 'Rang to book the visit', 'Jo Worker');
    await notesRepo.add(second.id, 'Asked about respite care', 'Ali Colleague');
    await householdsRepo.move(second.id, { kind: 'forward', on: '2026-11-10', from: moveFrom(second) }, 'Ali Colleague', '2026-11-20');

    const result = await duplicateMergeRepo.merge(first.id, second.id, { phone: 'other', postcode: 'kept' }, 'Jo Worker');

    expect(result).toEqual({ ok: true, keptId: first.id });
    expect(await householdsRepo.get(second.id)).toBeUndefined();
    expect(await db().deletions.get(['households', second.id])).toMatchObject({ deletedBy: 'Jo Worker' });
    const record = await householdsRepo.record(first.id);
    expect(record?.details).toMatchObject({ phone: '07700900123', postcode: 'LS1 4AP' });
    expect(record?.people.map((p) => p.name)).toEqual(['Priya Examplesmith', 'Priya Examplesmith', 'Tom Examplesmith']);
    expect(record?.moves).toHaveLength(1);
    expect(record?.household.lastMoveOn).toBe('2026-11-10');
    expect(record?.household.searchKeys).toContain('07700900123');
    expect((await notesRepo.list(first.id)).map((n) => n.text).sort()).toEqual(['Asked about respite care', 'Rang to book the visit']);
    const timeline = await householdsRepo.timeline(first.id);
    expect(timeline[0]).toMatchObject({ by: 'Jo Worker', type: 'merge', summary: expect.stringContaining(`Merged with ${second.reference}`) });
    expect(timeline.map((e) => e.summary)).toEqual(expect.arrayContaining([`Enquiry recorded (${first.reference})`, `Enquiry recorded (${second.reference})`, 'Moved to Initial visit']));
  });

  it('refuses two households that both have an agency decision, and changes nothing', async () => {
    const first = await householdsRepo.createEnquiry(enquiry(['Priya Examplesmith'], '2026-11-02'), 'Jo Worker');
    const second = await householdsRepo.createEnquiry(enquiry(['Priya Examplesmith'], '2026-11-04'), 'Jo Worker');
    for (const h of [first, second]) await householdsRepo.updateAssessment(h.id, { patch: { decision: { decidedOn: '2026-11-15', outcome: 'approve' } }, baseRev: (await householdsRepo.get(h.id))!.revision!.rev }, 'Jo Worker', 'Decision recorded');

    const result = await duplicateMergeRepo.merge(first.id, second.id, {}, 'Jo Worker');

    expect(result).toEqual({ ok: false, error: expect.stringContaining('both have an agency decision recorded') });
    expect(await db().households.count()).toBe(2);
  });
});
