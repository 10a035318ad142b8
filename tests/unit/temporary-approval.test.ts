import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/domain/dates';
import type { Assessment, TemporaryApproval } from '../../src/domain/household';
import {
  emptyExtensionForm,
  irmPending,
  standingWords,
  temporaryApprovalLastDay,
  temporaryApprovalStanding,
  validateExtension,
  validateTemporaryApproval,
  type ExtensionForm,
} from '../../src/domain/temporary-approval';
import { household } from './fixtures';

const start: TemporaryApproval = { startOn: '2026-03-02' };
/** 16 weeks from Monday 2 March 2026, start day included, is Sunday 21 June. */
const LAST_DAY = '2026-06-21';
const extension: ExtensionForm = {
  weeks: '8',
  decidedOn: '2026-06-10',
  nominatedOfficer: 'Sam Example',
  panelConsultedOn: '2026-06-03',
  reason: 'The Form C needs the medical report, which is late',
};
const today = '2026-06-15';
const connected = (assessment: Partial<Assessment>) => household({ kind: 'connected' }, assessment);

describe('temporary approval: the last day', () => {
  it('is 16 weeks less a day after the start', () => {
    expect(temporaryApprovalLastDay(start)).toBe(LAST_DAY);
  });

  it('crosses month ends and leap days', () => {
    expect(temporaryApprovalLastDay({ startOn: '2024-01-31' })).toBe('2024-05-21');
    expect(temporaryApprovalLastDay({ startOn: '2023-11-08' })).toBe('2024-02-27');
    expect(temporaryApprovalLastDay({ startOn: '2023-11-09' })).toBe('2024-02-28');
    expect(temporaryApprovalLastDay({ startOn: '2023-11-10' })).toBe('2024-02-29');
    expect(temporaryApprovalLastDay({ startOn: '2022-11-10' })).toBe('2023-03-01');
    expect(temporaryApprovalLastDay({ startOn: '2026-09-10' })).toBe('2026-12-30');
    expect(temporaryApprovalLastDay({ startOn: '2026-09-12' })).toBe('2027-01-01');
  });

  it('runs exactly 112 days plus 7 for each week of extension, never more than 8', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: -2, max: 12 }), (d, weeks) => {
        const startOn = d.toISOString().slice(0, 10);
        const last = temporaryApprovalLastDay({ startOn, extensionWeeks: weeks });
        expect(daysBetween(startOn, last) + 1).toBe(112 + 7 * Math.min(8, Math.max(0, weeks)));
      }),
    );
  });
});

describe('temporary approval: the start', () => {
  it('needs a real date, not in the future', () => {
    expect(validateTemporaryApproval({ startOn: '' }, undefined, today)).toEqual({ ok: false, errors: { startOn: 'Enter the date temporary approval started' } });
    expect(validateTemporaryApproval({ startOn: '2026-02-30' }, undefined, today).ok).toBe(false);
    expect(validateTemporaryApproval({ startOn: '2026-06-16' }, undefined, today).ok).toBe(false);
    expect(validateTemporaryApproval({ startOn: '2026-03-02' }, undefined, today)).toEqual({ ok: true, value: start });
  });

  it('keeps an extension, but not a start that would have lapsed before it was decided', () => {
    const extended = validateExtension(extension, start, today);
    if (!extended.ok) throw new Error('expected the extension');
    expect(validateTemporaryApproval({ startOn: '2026-03-03' }, extended.value, today)).toEqual({ ok: true, value: { ...extended.value, startOn: '2026-03-03' } });
    const late = validateTemporaryApproval({ startOn: '2026-02-01' }, extended.value, today);
    expect(late.ok ? '' : late.errors.startOn).toBe('Temporary approval starting then would have lapsed before the extension decided on 10 June 2026');
  });
});

describe('temporary approval: the one extension', () => {
  it('adds up to 8 weeks with who decided it, when, why and when the panel was consulted', () => {
    const r = validateExtension(extension, start, today);
    expect(r).toEqual({
      ok: true,
      value: {
        startOn: '2026-03-02',
        extensionWeeks: 8,
        extension: { decidedOn: '2026-06-10', nominatedOfficer: 'Sam Example', panelConsultedOn: '2026-06-03', reason: 'The Form C needs the medical report, which is late' },
      },
    });
    expect(r.ok && temporaryApprovalLastDay(r.value)).toBe('2026-08-16');
  });

  it.each(['0', '9', '2.5', '-1', 'eight', ''])('refuses %j weeks', (weeks) => {
    const r = validateExtension({ ...extension, weeks }, start, today);
    expect(r.ok ? '' : r.errors.weeks).toBe('Extension must be a whole number of weeks from 1 to 8');
  });

  it('is allowed only once', () => {
    const once = validateExtension({ ...extension, weeks: '4' }, start, today);
    if (!once.ok) throw new Error('expected the first extension');
    const twice = validateExtension({ ...extension, weeks: '4' }, once.value, today);
    expect(twice).toEqual({ ok: false, errors: { form: 'Temporary approval was already extended on 10 June 2026: it can be extended only once' } });
    expect(validateExtension(extension, { ...start, extensionWeeks: 2 }, today).ok).toBe(false);
  });

  it('may be decided on the last day, but not after the approval lapsed', () => {
    const later = '2026-07-01';
    expect(validateExtension({ ...extension, decidedOn: LAST_DAY }, start, later).ok).toBe(true);
    const lapsed = validateExtension({ ...extension, decidedOn: addDays(LAST_DAY, 1) }, start, later);
    expect(lapsed.ok ? '' : lapsed.errors.decidedOn).toBe('Temporary approval lapsed after 21 June 2026: it cannot be extended once it has lapsed');
  });

  it('needs the panel consulted on or before the decision, and every detail', () => {
    const r = validateExtension({ ...emptyExtensionForm(), weeks: '4', decidedOn: '2026-06-10', panelConsultedOn: '2026-06-11' }, start, today);
    expect(r.ok ? {} : r.errors).toEqual({
      panelConsultedOn: 'The panel must be consulted on or before the date of the extension decision',
      nominatedOfficer: 'Enter the name of the nominated officer who extended it',
      reason: 'Enter why temporary approval is being extended',
    });
    const future = validateExtension({ ...extension, decidedOn: '2026-06-16' }, start, today);
    expect(future.ok ? '' : future.errors.decidedOn).toBe('Date of the extension decision must be today or in the past');
  });

  it('needs temporary approval recorded first', () => {
    expect(validateExtension(extension, undefined, today)).toEqual({ ok: false, errors: { form: 'Record the date temporary approval started before extending it' } });
  });
});

describe('temporary approval: where it stands', () => {
  const standing = (assessment: Partial<Assessment>, on: string) => temporaryApprovalStanding(connected({ temporaryApproval: start, ...assessment }), on);

  it('warns four weeks and one week before the last day', () => {
    expect(standing({}, addDays(LAST_DAY, -29))).toMatchObject({ kind: 'running', daysLeft: 29 });
    expect(standing({}, addDays(LAST_DAY, -29))).not.toHaveProperty('warning');
    expect(standing({}, addDays(LAST_DAY, -28))).toMatchObject({ warning: 'fourWeeks' });
    expect(standing({}, addDays(LAST_DAY, -8))).toMatchObject({ warning: 'fourWeeks' });
    expect(standing({}, addDays(LAST_DAY, -7))).toMatchObject({ warning: 'oneWeek' });
    expect(standing({}, LAST_DAY)).toMatchObject({ kind: 'running', daysLeft: 0, warning: 'oneWeek' });
  });

  it('has lapsed the day after the last day with no decision, and says the placement must end or the approval be decided', () => {
    const s = standing({}, addDays(LAST_DAY, 1))!;
    expect(s).toEqual({ kind: 'lapsed', lastDay: LAST_DAY });
    expect(standingWords(s)).toBe('Temporary approval lapsed after 21 June 2026: the placement must end, or the approval be decided');
  });

  it('asks for a decision or the extension while it can still be extended', () => {
    expect(standingWords(standing({}, '2026-06-16')!)).toBe('Temporary approval ends in 5 days, on 21 June 2026: decide the approval or extend it');
    const extended = { temporaryApproval: { ...start, extensionWeeks: 8 } };
    expect(standingWords(standing(extended, '2026-08-16')!)).toBe('Temporary approval ends today: decide the approval, or the placement must end');
  });

  it('goes on while an IRM application made before it lapsed is pending', () => {
    const irm = { decision: { qualifyingDeterminationOn: '2026-05-01', irm: { on: '2026-05-20' } } };
    expect(irmPending(irm.decision)).toBe(true);
    expect(standing(irm, '2026-09-01')).toEqual({ kind: 'irmPending', appliedOn: '2026-05-20', lastDay: LAST_DAY });
    const tooLate = { decision: { irm: { on: '2026-06-25' } } };
    expect(standing(tooLate, '2026-09-01')).toEqual({ kind: 'lapsed', lastDay: LAST_DAY });
  });

  it('ends its clock with the final decision', () => {
    const decided = { decision: { decidedOn: '2026-06-01', outcome: 'approve' as const } };
    expect(standing(decided, '2026-09-01')).toEqual({ kind: 'decided', on: '2026-06-01' });
    expect(irmPending({ irm: { on: '2026-05-20' }, decidedOn: '2026-07-01' })).toBe(false);
  });

  it('applies only to connected households with a start recorded', () => {
    expect(temporaryApprovalStanding(household({ kind: 'mainstream' }, { temporaryApproval: start }), today)).toBeUndefined();
    expect(temporaryApprovalStanding(connected({}), today)).toBeUndefined();
  });
});
