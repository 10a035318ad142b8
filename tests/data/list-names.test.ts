import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { peopleRepo } from '../../src/data/repositories/people';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import type { Enquiry } from '../../src/domain/validation/enquiry';

const enquiry: Enquiry = {
  applicants: ['Ada Examplewood', 'Ben Examplewood'],
  email: 'ada@example.com',
  phone: '07700900456',
  postcode: 'LS2 7AB',
  howHeard: 'event',
  interests: ['shortTerm'],
  notes: '',
  enquiryOn: '2026-11-02',
  kind: 'mainstream',
};
const TODAY = '2026-11-20';

async function listRow() {
  const { rows } = await pipelineRepo.search({}, TODAY);
  return { names: rows[0]?.names, postcode: rows[0]?.postcode };
}

describe('the names and postcode a list row shows', () => {
  it('follow every change to the people and the details, in the list and on the board', async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    expect(await listRow()).toEqual({ names: 'Ada Examplewood and Ben Examplewood', postcode: 'LS2 7AB' });
    expect((await pipelineRepo.columnPage('enquiry', 20, TODAY)).map((c) => c.names)).toEqual(['Ada Examplewood and Ben Examplewood']);

    const people = await db().people.where('householdId').equals(h.id).sortBy('order');
    await peopleRepo.updatePerson(people[0]!.id, { role: 'applicant', name: 'Ada Sampleton' }, people[0]!.revision!.rev, 'Jo Worker', TODAY);
    expect((await listRow()).names).toBe('Ada Sampleton and Ben Examplewood');

    await peopleRepo.addPerson(h.id, { role: 'member', name: 'Kit Examplewood', dateOfBirth: '2015-03-01', relationship: 'son' }, 'Jo Worker', TODAY);
    expect((await listRow()).names).toBe('Ada Sampleton and Ben Examplewood');

    expect((await peopleRepo.removePerson(people[1]!.id, 'Jo Worker')).ok).toBe(true);
    expect((await listRow()).names).toBe('Ada Sampleton');

    const details = (await db().householdDetails.get(h.id))!;
    await householdsRepo.correctDetails(h.id, { details: { postcode: 'LS9 1QQ' }, baseRev: details.revision!.rev }, 'Jo Worker', 'Contact details corrected');
    expect(await listRow()).toEqual({ names: 'Ada Sampleton', postcode: 'LS9 1QQ' });
    expect((await pipelineRepo.columnPage('enquiry', 20, TODAY))[0]).toMatchObject({ names: 'Ada Sampleton', postcode: 'LS9 1QQ' });
  });
});
