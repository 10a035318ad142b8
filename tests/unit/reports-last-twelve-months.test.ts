import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../src/domain/dates';
import { inPeriod } from '../../src/domain/reports/financial-year';
import { lastTwelveMonths } from '../../src/domain/reports/last-twelve-months';

describe('the last 12 months', () => {
  it('runs from the day after the same date last year to today, both included', () => {
    const window = lastTwelveMonths('2027-06-15');
    expect(window).toMatchObject({ from: '2026-06-16', to: '2027-06-15' });
    expect(inPeriod('2026-06-15', window)).toBe(false);
    expect(inPeriod('2026-06-16', window)).toBe(true);
    expect(inPeriod('2027-06-15', window)).toBe(true);
    expect(inPeriod('2027-06-16', window)).toBe(false);
  });

  it('starts on 1 March when today is 29 February, and from 29 February on 28 February a year later', () => {
    expect(lastTwelveMonths('2028-02-29')).toMatchObject({ from: '2027-03-01', to: '2028-02-29' });
    expect(lastTwelveMonths('2029-02-28')).toMatchObject({ from: '2028-02-29', to: '2029-02-28' });
    expect(lastTwelveMonths('2028-03-01')).toMatchObject({ from: '2027-03-02', to: '2028-03-01' });
  });

  it('on 31 March holds the financial year exactly', () => {
    expect(lastTwelveMonths('2027-03-31')).toMatchObject({ from: '2026-04-01', to: '2027-03-31' });
  });

  it('always holds 365 or 366 days and never the same date a year ago', () => {
    const day = fc.date({ min: new Date(2001, 0, 1), max: new Date(2098, 11, 31), noInvalidDate: true }).map((d) =>
      [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'),
    );
    fc.assert(
      fc.property(day, (today) => {
        const window = lastTwelveMonths(today);
        expect([364, 365]).toContain(daysBetween(window.from, window.to));
        expect(inPeriod(addMonths(today, -12), window)).toBe(false);
      }),
    );
  });
});
