import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { householdsRepo } from '../../src/data/repositories/households';
import { peopleRepo } from '../../src/data/repositories/people';
import { loadDemoData, removeDemoData } from '../../src/data/repositories/demo';
import type { Enquiry } from '../../src/domain/validation/enquiry';

const enquiry: Enquiry = {
  applicants: ['Ada Draftwell', 'Ben Draftwell'],
  email: 'ada.draftwell@example.com',
  postcode: 'LS1 4AP',
  howHeard: 'event',
  interests: ['shortTerm'],
  kind: 'mainstream',
  enquiryOn: '2026-11-02',
};

const forms = async () => (await db().drafts.toCollection().primaryKeys()).map((k) => k.split('#')[0]).sort();

describe('drafts of records that are gone', () => {
  it('go with the person they were about, in every tab, while the household’s other drafts stay', async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    const [ada, ben] = (await householdsRepo.record(h.id))!.people;
    await draftsRepo.put(`person:${h.id}:${ben!.id}`, { name: 'Ben Draftwel' }, 'tab-a');
    await draftsRepo.put(`person:${h.id}:${ben!.id}`, { name: 'Ben D' }, 'tab-b');
    await draftsRepo.put(`person:${h.id}:${ada!.id}`, { name: 'Ada D' }, 'tab-a');
    await draftsRepo.put(`note:${h.id}`, 'Rang to book the visit', 'tab-a');
    localStorage.setItem(`fostering:draft:person:${h.id}:${ben!.id}#tab-c`, JSON.stringify({ value: { name: 'B' }, savedAt: '2026-11-30T10:00:00.000Z' }));

    expect(await peopleRepo.removePerson(ben!.id, 'Jo Worker')).toEqual({ ok: true });

    expect(await forms()).toEqual([`note:${h.id}`, `person:${h.id}:${ada!.id}`]);
    expect(localStorage.getItem(`fostering:draft:person:${h.id}:${ben!.id}#tab-c`)).toBeNull();
  });

  it('go with the demo households when demo data is removed', async () => {
    const real = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    await loadDemoData('Jo Worker');
    const demo = (await db().households.where('isDemo').equals(1).first())!;
    await draftsRepo.put(`note:${demo.id}`, 'Practice note', 'tab-a');
    await draftsRepo.put(`note:${real.id}`, 'A real note', 'tab-a');

    await removeDemoData('Jo Worker');

    expect(await forms()).toEqual([`note:${real.id}`]);
  });
});
