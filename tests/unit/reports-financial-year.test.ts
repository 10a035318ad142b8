import { describe, expect, it } from 'vitest';
import {
  financialYear,
  financialYearLabel,
  financialYearOf,
  financialYearSlug,
  financialYearsSince,
  quarter,
  quarterOf,
} from '../../src/domain/reports/financial-year';

describe('financial years', () => {
  it('runs 1 April to 31 March and is named by both years', () => {
    expect(financialYearOf('2026-04-01')).toBe(2026);
    expect(financialYearOf('2027-03-31')).toBe(2026);
    expect(financialYearOf('2027-04-01')).toBe(2027);
    expect(financialYearLabel(2026)).toBe('2026/27');
    expect(financialYearLabel(2099)).toBe('2099/00');
    expect(financialYearSlug(2026)).toBe('2026-27');
    expect(financialYear(2026)).toEqual({ label: '2026/27', from: '2026-04-01', to: '2027-03-31' });
  });

  it('puts April–June in Q1 and January–March in Q4 of the year before', () => {
    expect(quarterOf('2026-04-01')).toBe(1);
    expect(quarterOf('2026-06-30')).toBe(1);
    expect(quarterOf('2026-07-01')).toBe(2);
    expect(quarterOf('2026-12-31')).toBe(3);
    expect(quarterOf('2027-01-01')).toBe(4);
    expect(quarter(2026, 4)).toEqual({ label: 'Q4 Jan–Mar', from: '2027-01-01', to: '2027-03-31' });
    expect(quarter(2026, 2)).toEqual({ label: 'Q2 Jul–Sep', from: '2026-07-01', to: '2026-09-30' });
  });

  it('offers every year from the earliest enquiry to today, newest first', () => {
    expect(financialYearsSince('2025-02-10', '2026-05-01')).toEqual([2026, 2025, 2024]);
    expect(financialYearsSince(undefined, '2026-05-01')).toEqual([2026]);
  });
});
