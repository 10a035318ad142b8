import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { StaleWriteError } from '../../src/data/stale';
import { describeChange } from '../../src/domain/change-words';
import type { Enquiry } from '../../src/domain/validation/enquiry';

const enquiry: Enquiry = {
  applicants: ['Rowan Madeupson'],
  email: 'rowan@example.com',
  phone: '07700900123',
  postcode: 'LS1 4AP',
  address: '12 Example Road\nExampletown',
  howHeard: 'event',
  interests: ['shortTerm'],
  enquiryOn: '2026-11-02',
  kind: 'connected',
};

async function setUp() {
  const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
  const details = (await db().householdDetails.get(h.id))!;
  return { h, details };
}

const nobody = () => undefined;

describe('correcting household details', () => {
  it('keeps the address given at enquiry', async () => {
    const { details } = await setUp();
    expect(details.address).toBe('12 Example Road\nExampletown');
  });

  it('audits each corrected field with its old and new value and works the search and duplicate keys out again, together', async () => {
    const { h, details } = await setUp();
    const result = await householdsRepo.correctDetails(
      h.id,
      { details: { phone: '07700900456', postcode: 'LS2 7EW', address: '3 Sample Street\nExampletown' }, baseRev: details.revision!.rev },
      'Sam Corrector',
      'Contact details corrected',
    );
    expect(result).toEqual({ ok: true });

    const household = (await householdsRepo.get(h.id))!;
    expect(household.searchKeys).toEqual(expect.arrayContaining(['07700900456', 'ls27ew']));
    expect(household.searchKeys).not.toContain('07700900123');
    expect(household.duplicateKeys.some((k) => k.includes('07700900456'))).toBe(true);
    expect(household.duplicateKeys.some((k) => k.includes('07700900123'))).toBe(false);

    const [latest] = await householdsRepo.timeline(h.id);
    expect(latest).toMatchObject({ by: 'Sam Corrector', type: 'details', summary: 'Contact details corrected' });
    expect(latest!.changes!.map((c) => describeChange(c, nobody))).toEqual([
      'Address: 12 Example Road, Exampletown → 3 Sample Street, Exampletown',
      'Phone: 07700 900123 → 07700 900456',
      'Postcode: LS1 4AP → LS2 7EW',
    ]);
  });

  it('changes the type of household with the details in one audited write', async () => {
    const { h, details } = await setUp();
    await householdsRepo.correctDetails(
      h.id,
      { details: { namedChild: undefined, interests: ['longTerm'] }, baseRev: details.revision!.rev, kind: 'mainstream', householdRev: h.revision!.rev },
      'Sam Corrector',
      'Household details corrected',
    );
    expect((await householdsRepo.get(h.id))!.kind).toBe('mainstream');
    const [latest] = await householdsRepo.timeline(h.id);
    expect(latest!.changes!.map((c) => describeChange(c, nobody))).toEqual(['Kind: Connected person (kinship) → Mainstream', 'Interests: Short-term → Long-term']);
  });

  it('refuses a correction based on details someone else changed since, and writes nothing', async () => {
    const { h, details } = await setUp();
    const opened = details.revision!.rev;
    await householdsRepo.correctDetails(h.id, { details: { phone: '07700900456' }, baseRev: opened }, 'Priya Other', 'Contact details corrected');
    const refusal = householdsRepo.correctDetails(h.id, { details: { phone: '07700900789' }, baseRev: opened }, 'Jo Worker', 'Contact details corrected');
    await expect(refusal).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refusal).rejects.toThrow(/Priya Other changed the phone/);
    expect((await db().householdDetails.get(h.id))!.phone).toBe('07700900456');
    expect(await householdsRepo.timeline(h.id)).toHaveLength(2);
  });

  it('lets a correction through when someone changed another field since', async () => {
    const { h, details } = await setUp();
    const opened = details.revision!.rev;
    await householdsRepo.correctDetails(h.id, { details: { interests: ['longTerm'] }, baseRev: opened }, 'Priya Other', 'Household details corrected');
    await householdsRepo.correctDetails(h.id, { details: { phone: '07700900789' }, baseRev: opened }, 'Jo Worker', 'Contact details corrected');
    const now = (await db().householdDetails.get(h.id))!;
    expect(now).toMatchObject({ phone: '07700900789', interests: ['longTerm'] });
  });

  it('refuses to make a household with a temporary approval mainstream, and writes nothing', async () => {
    const { h, details } = await setUp();
    await householdsRepo.updateAssessment(h.id, { patch: { temporaryApproval: { startOn: '2026-11-03' } }, baseRev: h.revision!.rev }, 'Jo Worker', 'Temporary approval recorded');
    const household = (await householdsRepo.get(h.id))!;
    const result = await householdsRepo.correctDetails(
      h.id,
      { details: { namedChild: undefined }, baseRev: details.revision!.rev, kind: 'mainstream', householdRev: household.revision!.rev },
      'Jo Worker',
      'Household details corrected',
    );
    expect(result).toEqual({ ok: false, errors: { kind: expect.stringContaining('a temporary approval, which only apply to connected person households') } });
    expect((await householdsRepo.get(h.id))!.kind).toBe('connected');
    expect(await householdsRepo.timeline(h.id)).toHaveLength(2);
  });

  it('writes no event when nothing changed', async () => {
    const { h, details } = await setUp();
    await householdsRepo.correctDetails(h.id, { details: { phone: '07700900123' }, baseRev: details.revision!.rev }, 'Jo Worker', 'Contact details corrected');
    expect(await householdsRepo.timeline(h.id)).toHaveLength(1);
  });
});
