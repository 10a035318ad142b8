import { describe, expect, it } from 'vitest';
import { deregistrationsByHeading, NOT_MAPPED, validateReason, withReason } from '../../src/domain/support/leaving-reasons';

describe('a reason for leaving as typed', () => {
  it('needs words, no longer than 80 letters, not already on the list', () => {
    expect(validateReason({ name: '  ', ofstedHeading: '' }, [])).toEqual({ ok: false, errors: { name: 'Enter the reason, as carers would say it' } });
    expect(validateReason({ name: 'x'.repeat(81), ofstedHeading: '' }, [])).toEqual({ ok: false, errors: { name: 'The reason must be 80 characters or fewer' } });
    expect(validateReason({ name: 'retirement ', ofstedHeading: '' }, ['Retirement'])).toEqual({ ok: false, errors: { name: 'retirement is already on the list' } });
  });

  it('takes the Ofsted heading as optional, tidying spaces', () => {
    expect(validateReason({ name: ' Moved  abroad ', ofstedHeading: '' }, [])).toEqual({ ok: true, value: { name: 'Moved abroad' } });
    expect(validateReason({ name: 'Moved abroad', ofstedHeading: ' Change in  circumstances ' }, [])).toEqual({ ok: true, value: { name: 'Moved abroad', ofstedHeading: 'Change in circumstances' } });
    expect(validateReason({ name: 'Moved abroad', ofstedHeading: 'h'.repeat(121) }, [])).toEqual({ ok: false, errors: { ofstedHeading: 'The Ofsted heading must be 120 characters or fewer' } });
  });
});

describe('the list after a change', () => {
  it('adds a reason at the end with its heading', () => {
    expect(withReason(['Retirement'], {}, undefined, { name: 'Moved abroad', ofstedHeading: 'Other' })).toEqual({ reasons: ['Retirement', 'Moved abroad'], headings: { 'Moved abroad': 'Other' } });
  });

  it('renames in place, and households that left under the old words keep the heading', () => {
    const after = withReason(['Retirement', 'Other'], { Retirement: 'Retirement' }, 'Retirement', { name: 'Retired', ofstedHeading: 'Retirement or age' });
    expect(after).toEqual({ reasons: ['Retired', 'Other'], headings: { Retirement: 'Retirement', Retired: 'Retirement or age' } });
    expect(withReason(['Other'], {}, 'Other', { name: 'Something else', ofstedHeading: 'Other' }).headings).toEqual({ Other: 'Other', 'Something else': 'Other' });
  });

  it('takes a heading away when the box is emptied', () => {
    expect(withReason(['Retirement'], { Retirement: 'Retirement' }, 'Retirement', { name: 'Retirement' }).headings).toEqual({});
  });
});

describe('deregistrations by Ofsted heading', () => {
  const year = { from: '2026-04-01', to: '2027-03-31' };
  it('counts the year by the heading each reason maps to, the unmapped last, naming the reasons behind each', () => {
    const rows = deregistrationsByHeading(
      [
        { householdId: 'a', reason: 'Retirement', effectiveOn: '2026-05-01' },
        { householdId: 'b', reason: 'Retired', effectiveOn: '2026-06-01' },
        { householdId: 'c', reason: 'Moved abroad', effectiveOn: '2026-07-01' },
        { householdId: 'd', reason: 'Health', effectiveOn: '2026-07-01' },
        { householdId: 'e', reason: 'Retirement', effectiveOn: '2026-03-31' },
      ],
      { Retirement: 'Retirement or age', Retired: 'Retirement or age', Health: 'Health' },
      year,
    );
    expect(rows).toEqual([
      { label: 'Retirement or age', households: ['a', 'b'], reasons: ['Retirement', 'Retired'] },
      { label: 'Health', households: ['d'], reasons: ['Health'] },
      { label: NOT_MAPPED, households: ['c'], reasons: ['Moved abroad'] },
    ]);
  });
});
