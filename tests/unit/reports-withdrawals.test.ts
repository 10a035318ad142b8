import { describe, expect, it } from 'vitest';
import type { Move } from '../../src/domain/household';
import { financialYear } from '../../src/domain/reports/financial-year';
import { endingsByReason, endingsByStage, endingsFrom } from '../../src/domain/reports/withdrawals';

const move = (householdId: string, kind: Move['kind'], from: Move['from'], on: string, code?: string) =>
  ({ id: householdId + kind, householdId, kind, from, to: from, stateAfter: 'withdrawn', on, code, by: 'Jo', at: '' }) as Move;

/** In 2026/27: a withdrew at enquiry (AW3), b withdrew at stage 1 (AW3), c closed at enquiry (lapsed). d is in 2025/26. */
const moves = [
  move('a', 'withdraw', 'enquiry', '2026-05-01', 'AW3'),
  move('b', 'withdraw', 'stage1', '2026-09-01', 'AW3'),
  move('c', 'close', 'enquiry', '2027-02-01', 'lapsed'),
  move('d', 'withdraw', 'enquiry', '2026-03-31', 'AW1'),
  move('e', 'forward', 'enquiry', '2026-06-01'),
];
const year = financialYear(2026);

describe('withdrawals and closures', () => {
  it('counts by the stage left at, withdrawn and closed apart', () => {
    const rows = endingsByStage(endingsFrom(moves), year);
    expect(rows.map((r) => r.stage)).toEqual(['enquiry', 'initialVisit', 'application', 'stage1', 'stage2', 'panel', 'decision']);
    expect(rows[0]).toEqual({ stage: 'enquiry', withdrawn: ['a'], closed: ['c'] });
    expect(rows[3]).toEqual({ stage: 'stage1', withdrawn: ['b'], closed: [] });
    expect(rows.slice(4).every((r) => r.withdrawn.length + r.closed.length === 0)).toBe(true);
  });

  it('counts by reason, listing every code with zeros, and the year before left out', () => {
    const rows = endingsByReason(endingsFrom(moves), year);
    const count = (code: string) => rows.find((r) => r.code === code)?.households.length;
    expect(count('AW3')).toBe(2);
    expect(count('AW1')).toBe(0);
    expect(count('lapsed')).toBe(1);
    // Six Ofsted codes, two service withdrawal codes, six closure codes (one kept only for old records).
    expect(rows).toHaveLength(14);
    expect(rows.find((r) => r.code === 'AW3')?.label).toBe('Household circumstances changed (other than financial)');
  });

  it('lists endings recorded without a code apart', () => {
    const rows = endingsByReason(endingsFrom([move('f', 'close', 'panel', '2026-08-01')]), year);
    expect(rows.at(-1)).toEqual({ code: 'none', label: 'No reason recorded', group: 'none', households: ['f'] });
  });
});
