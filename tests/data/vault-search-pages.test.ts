import { describe, expect, it } from 'vitest';
import { householdsRepo } from '../../src/data/repositories/households';
import { pipelineRepo, type SearchRequest } from '../../src/data/repositories/pipeline';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { ENQUIRY } from './vault-helpers';

const TODAY = '2026-11-20';

/** Every page of a search, first to last: each row's reference, and the size of each page. */
async function allPages(request: SearchRequest): Promise<{ references: string[]; sizes: number[] }> {
  const references: string[] = [];
  const sizes: number[] = [];
  for (let page = 1; ; page++) {
    const found = await pipelineRepo.search({ ...request, page }, TODAY);
    references.push(...found.rows.map((r) => r.reference));
    sizes.push(found.rows.length);
    if (!found.hasNext) return { references, sizes };
  }
}

describe('paging through a search on a device with a passcode', () => {
  it('finds each household once, on the same pages as before the passcode, with a typo, a second word or a filter', async () => {
    // 70 made-up households: 56 Clayhills (half of them with a Wren), 14 Brackenbys, enquiries over the year so
    // their timescales differ.
    for (let i = 0; i < 70; i++) {
      const surname = i % 5 === 4 ? 'Brackenby' : 'Clayhill';
      const first = i % 2 ? 'Wren' : 'Orla';
      const enquiryOn = i % 3 ? `2026-11-${String((i % 19) + 1).padStart(2, '0')}` : `2026-0${(i % 9) + 1}-15`;
      await householdsRepo.createEnquiry({ ...ENQUIRY, applicants: [`${first} ${surname}`], email: undefined, enquiryOn }, 'Jo Worker');
    }
    const requests: SearchRequest[] = [
      { term: 'claywhill' },
      { term: 'clayhill wren' },
      { term: 'wren claywhill' },
      { term: 'clayhill', status: 'breached' },
      { term: 'claihill', status: 'breached' },
      { term: 'clayhill', status: 'atRisk' },
      { term: 'clayhil', stage: 'enquiry' },
    ];
    const clear = [];
    for (const request of requests) clear.push(await allPages(request));
    expect(clear[0]!.references).toHaveLength(56);
    expect(clear[0]!.sizes).toEqual([25, 25, 6]);
    // The slip, read off its one typo key alone, pages through the same households as the name spelt right.
    expect(clear[0]!.references).toEqual((await allPages({ term: 'clayhill' })).references);
    expect(clear[1]!.references).toHaveLength(28);
    // The filters leave some out, so the sealed pages must read past rows they refuse.
    for (const filtered of [clear[3]!, clear[4]!, clear[5]!]) expect(filtered.references.length).toBeGreaterThan(0), expect(filtered.references.length).toBeLessThan(56);

    expect((await setFirstPasscode('staff-jo', 'blue kettle on')).ok).toBe(true);
    for (const [i, request] of requests.entries()) {
      const sealed = await allPages(request);
      expect(sealed.sizes, JSON.stringify(request)).toEqual(clear[i]!.sizes);
      expect(new Set(sealed.references).size, JSON.stringify(request)).toBe(sealed.references.length);
      expect([...sealed.references].sort(), JSON.stringify(request)).toEqual([...clear[i]!.references].sort());
    }
  });
});
