import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../src/domain/search-keys';
import type { Enquiry } from '../../src/domain/validation/enquiry';
import { findPossibleDuplicates } from '../../src/data/repositories/duplicates';
import { householdsRepo } from '../../src/data/repositories/households';

function enquiry(overrides: Partial<Enquiry> = {}): Enquiry {
  return {
    applicants: ['Jo Madeupson', 'Lee Madeupson'],
    email: 'jo.madeupson@example.com',
    phone: '01632960001',
    postcode: 'LS1 4AP',
    howHeard: 'website',
    interests: ['notSure'],
    enquiryOn: '2025-01-15',
    kind: 'mainstream',
    ...overrides,
  };
}

const keysOf = (e: Partial<Enquiry>) => duplicateKeys({ names: e.applicants ?? [], email: e.email, phone: e.phone, postcode: e.postcode });

describe('findPossibleDuplicates', () => {
  it('finds a household once, with its applicants, stage and every reason it matched', async () => {
    const existing = await householdsRepo.createEnquiry(enquiry(), 'Test Seeder');
    const found = await findPossibleDuplicates(keysOf({ applicants: ['Pat Madeupson'], email: 'JO.madeupson@example.com', phone: '01632960001', postcode: 'ls14ap' }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: existing.id, reference: existing.reference, stage: 'enquiry', state: 'active' });
    expect(found[0]!.applicants.sort()).toEqual(['Jo Madeupson', 'Lee Madeupson']);
    expect(found[0]!.reasons).toEqual(['same email address', 'same phone number', 'same surname and postcode']);
  });

  it('finds nothing for different people, and nothing for no keys', async () => {
    await householdsRepo.createEnquiry(enquiry(), 'Test Seeder');
    expect(await findPossibleDuplicates(keysOf({ applicants: ['Jo Otherperson'], email: 'other@example.com', postcode: 'LS1 4AP' }))).toEqual([]);
    expect(await findPossibleDuplicates([])).toEqual([]);
  });

  it('leaves out the household being edited', async () => {
    const existing = await householdsRepo.createEnquiry(enquiry(), 'Test Seeder');
    expect(await findPossibleDuplicates(keysOf(enquiry()), existing.id)).toEqual([]);
  });

  it('returns at most five matches', async () => {
    for (let i = 0; i < 7; i++) await householdsRepo.createEnquiry(enquiry({ phone: `0163296000${i}` }), 'Test Seeder');
    expect(await findPossibleDuplicates(keysOf(enquiry()))).toHaveLength(5);
  });
});
