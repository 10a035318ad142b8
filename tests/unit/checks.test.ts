import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adultChecksNeed,
  checkExpiresOn,
  checkSlots,
  checkStatus,
  checksBlockingPanel,
  checksNotStanding,
  concernWithoutNote,
  eighteenNotice,
  eighteenNoticeHorizon,
  eighteenthBirthday,
  expiryProblem,
  expiryWords,
  hasSpecifiedOffence,
  isAdult,
  isCheckDone,
  knownPanelDate,
  mayHaveEighteenNotice,
  missingChecks,
  requiredTypeKeys,
  turningEighteen,
  TURNING_EIGHTEEN_NOTICE_MONTHS,
} from '../../src/domain/checks';
import { addDays, addMonths } from '../../src/domain/dates';
import { DEFAULT_CHECK_TYPES, normaliseCheckType, type CheckType } from '../../src/domain/settings';
import { check, household, person, receivedCheck } from './fixtures';

const dbs: CheckType = { key: 'dbs', label: 'Enhanced DBS', scope: 'adult', required: true, hasExpiry: true, validityMonths: 36, count: 1 };
const references: CheckType = { key: 'personalReference', label: 'Personal reference', scope: 'applicant', required: true, hasExpiry: false, count: 2 };
const medical: CheckType = { key: 'medical', label: 'Medical', scope: 'household', required: true, hasExpiry: true, count: 1 };
const school: CheckType = { key: 'education', label: 'School or nursery check', scope: 'child', required: false, hasExpiry: false, count: 1 };
const types = [dbs, references, medical];

const alex = person({ id: 'p1', name: 'Alex Testerton', role: 'applicant' });
const sam = person({ id: 'p2', name: 'Sam Testerton', role: 'applicant', dateOfBirth: '1985-07-01' });
const lodger = person({ id: 'p3', name: 'Lee Lodger', role: 'member', dateOfBirth: '1990-01-01' });
const teenager = person({ id: 'p4', name: 'Kit Testerton', role: 'member', dateOfBirth: '2008-06-15' });
const leapling = person({ id: 'p5', name: 'Leap Testerton', role: 'member', dateOfBirth: '2008-02-29' });
const toddler = person({ id: 'p6', name: 'Pip Testerton', role: 'member', dateOfBirth: '2023-09-01' });

describe('isAdult', () => {
  it('treats an applicant with no date of birth as an adult, and a member with none as not', () => {
    expect(isAdult(alex, '2026-03-01')).toBe(true);
    expect(isAdult(person({ role: 'member' }), '2026-03-01')).toBe(false);
  });

  it('makes a child an adult on their 18th birthday', () => {
    expect(isAdult(teenager, '2026-06-14')).toBe(false);
    expect(isAdult(teenager, '2026-06-15')).toBe(true);
    expect(isAdult(leapling, '2026-02-27')).toBe(false);
    expect(isAdult(leapling, '2026-02-28')).toBe(true);
  });
});

describe('checkSlots', () => {
  it('has one DBS per adult, two references per applicant and one household check, each naming its person', () => {
    const slots = checkSlots(types, [alex, sam, lodger, teenager], '2026-03-01');
    expect(slots).toEqual([
      { type: 'dbs', personId: 'p1', label: 'Enhanced DBS: Alex Testerton' },
      { type: 'dbs', personId: 'p2', label: 'Enhanced DBS: Sam Testerton' },
      { type: 'dbs', personId: 'p3', label: 'Enhanced DBS: Lee Lodger' },
      { type: 'personalReference', personId: 'p1', label: 'Personal reference 1: Alex Testerton' },
      { type: 'personalReference', personId: 'p1', label: 'Personal reference 2: Alex Testerton' },
      { type: 'personalReference', personId: 'p2', label: 'Personal reference 1: Sam Testerton' },
      { type: 'personalReference', personId: 'p2', label: 'Personal reference 2: Sam Testerton' },
      { type: 'medical', label: 'Medical' },
    ]);
  });

  it('gives each child under 18 a school check, and none to a member whose date of birth is unknown', () => {
    const unknown = person({ id: 'p9', name: 'Ray Unknown', role: 'member' });
    expect(checkSlots([school], [alex, teenager, toddler, lodger, unknown], '2026-03-01').map((s) => s.label)).toEqual([
      'School or nursery check: Kit Testerton',
      'School or nursery check: Pip Testerton',
    ]);
  });

  it('gives a child a DBS slot from their 18th birthday', () => {
    const dbsFor = (on: string) => checkSlots([dbs], [alex, teenager], on).map((s) => s.personId);
    expect(dbsFor('2026-06-14')).toEqual(['p1']);
    expect(dbsFor('2026-06-15')).toEqual(['p1', 'p4']);
  });

  it('follows Schedule 3 by default: DBS and local authority checks for every adult, references and medical for each applicant', () => {
    const slots = checkSlots(DEFAULT_CHECK_TYPES, [alex, sam, lodger, toddler], '2026-03-01');
    const forPerson = (type: string) => slots.filter((s) => s.type === type).map((s) => s.personId);
    expect(forPerson('dbs')).toEqual(['p1', 'p2', 'p3']);
    expect(forPerson('localAuthority')).toEqual(['p1', 'p2', 'p3']);
    expect(forPerson('medical')).toEqual(['p1', 'p2']);
    expect(forPerson('personalReference')).toEqual(['p1', 'p1', 'p2', 'p2']);
    expect(forPerson('employer')).toEqual(['p1', 'p2']);
    expect(forPerson('exPartner')).toEqual(['p1', 'p2']);
    expect(forPerson('education')).toEqual(['p6']);
    expect(forPerson('homeSafety')).toEqual([undefined]);
    expect(DEFAULT_CHECK_TYPES.find((t) => t.key === 'dbs')?.validityMonths).toBe(36);
  });
});

describe('missingChecks', () => {
  it('lists every slot when nothing is raised yet', () => {
    expect(missingChecks(types, [alex, sam], [], '2026-03-01')).toHaveLength(7);
  });

  it('leaves out the slots that already have a check, matching by type and person', () => {
    const existing = [
      check({ type: 'dbs', personId: 'p1', label: 'Enhanced DBS: Alex Testerton' }),
      check({ type: 'personalReference', personId: 'p1', label: 'Personal reference 1: Alex Testerton' }),
    ];
    expect(missingChecks(types, [alex], existing, '2026-03-01')).toEqual([
      { type: 'personalReference', personId: 'p1', label: 'Personal reference 2: Alex Testerton' },
      { type: 'medical', label: 'Medical' },
    ]);
  });

  it('matches a check by person even when the person was renamed after it was raised', () => {
    const existing = [check({ type: 'dbs', personId: 'p1', label: 'Enhanced DBS: Alex Oldname' })];
    expect(missingChecks([dbs], [alex], existing, '2026-03-01')).toEqual([]);
  });

  it('adds a DBS once a child in the household turns 18', () => {
    const existing = [check({ type: 'dbs', personId: 'p1', label: 'Enhanced DBS: Alex Testerton' })];
    expect(missingChecks([dbs], [alex, teenager], existing, '2026-06-14')).toEqual([]);
    expect(missingChecks([dbs], [alex, teenager], existing, '2026-06-15')).toEqual([
      { type: 'dbs', personId: 'p4', label: 'Enhanced DBS: Kit Testerton' },
    ]);
  });

  it('is empty once every slot has a check, whatever the household', () => {
    const people = [alex, sam, lodger, teenager, toddler];
    fc.assert(
      fc.property(fc.subarray(people, { minLength: 1 }), fc.subarray([...DEFAULT_CHECK_TYPES, school]), (who, list) => {
        const existing = checkSlots(list, who, '2026-03-01').map((s) => check(s));
        expect(missingChecks(list, who, existing, '2026-03-01')).toEqual([]);
        expect(missingChecks(list, who, existing.slice(1), '2026-03-01')).toHaveLength(existing.length ? 1 : 0);
      }),
    );
  });
});

describe('checkStatus', () => {
  it('is not requested, requested, then overdue after 4 weeks', () => {
    expect(checkStatus(check(), '2026-03-01')).toBe('notRequested');
    const requested = check({ requestedOn: '2026-03-02' });
    expect(checkStatus(requested, '2026-03-02')).toBe('requested');
    expect(checkStatus(requested, '2026-03-30')).toBe('requested'); // exactly 4 weeks
    expect(checkStatus(requested, '2026-03-31')).toBe('overdue');
  });

  it('is received once it comes back, however late', () => {
    expect(checkStatus(check({ requestedOn: '2026-01-02', receivedOn: '2026-03-20' }), '2026-06-01')).toBe('received');
  });

  it('is not needed when marked so, whatever the dates', () => {
    expect(checkStatus(check({ requestedOn: '2026-01-02', notNeeded: true }), '2026-06-01')).toBe('notNeeded');
  });
});

describe('isCheckDone and checksBlockingPanel', () => {
  it('counts received and not-needed checks as done', () => {
    const received = check({ receivedOn: '2026-03-20' });
    const notNeeded = check({ notNeeded: true });
    const waiting = check({ requestedOn: '2026-03-02' });
    const notRequested = check();
    expect([received, notNeeded, waiting, notRequested].map(isCheckDone)).toEqual([true, true, false, false]);
    expect(checksBlockingPanel([received, notNeeded, waiting, notRequested])).toEqual([waiting, notRequested]);
  });

  it('knows which default types are required', () => {
    const required = requiredTypeKeys(DEFAULT_CHECK_TYPES);
    expect(required.has('dbs')).toBe(true);
    expect(required.has('personalReference')).toBe(true);
    expect(required.has('pets')).toBe(false);
  });
});

describe('adultChecksNeed: the one rule for turning 18', () => {
  it('needs adult checks from the 18th birthday, and warns in the 3 months before', () => {
    expect(adultChecksNeed(teenager, '2026-06-15')).toEqual({ needsAdultChecks: true });
    expect(adultChecksNeed(teenager, '2026-06-14')).toEqual({ needsAdultChecks: false, turnsEighteenOn: '2026-06-15' });
    expect(adultChecksNeed(teenager, '2026-03-15')).toEqual({ needsAdultChecks: false, turnsEighteenOn: '2026-06-15' });
    expect(adultChecksNeed(teenager, '2026-03-14')).toEqual({ needsAdultChecks: false });
  });

  it('warns earlier when panel is further off than 3 months, since the checks must stand at panel', () => {
    expect(adultChecksNeed(teenager, '2026-01-10', '2026-07-01')).toEqual({ needsAdultChecks: false, turnsEighteenOn: '2026-06-15' });
    expect(adultChecksNeed(teenager, '2026-01-10', '2026-06-14')).toEqual({ needsAdultChecks: false });
  });

  it('counts a 29 February birthday on 28 February in other years', () => {
    expect(adultChecksNeed(leapling, '2026-02-27').turnsEighteenOn).toBe('2026-02-28');
    expect(adultChecksNeed(leapling, '2026-02-28').needsAdultChecks).toBe(true);
  });

  it('agrees with the DBS slots on every day: needed exactly when a DBS slot exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (n) => {
        const on = addDays('2024-01-01', n);
        const slot = checkSlots([dbs], [teenager, leapling], on).map((s) => s.personId);
        expect(slot).toEqual([teenager, leapling].filter((p) => adultChecksNeed(p, on).needsAdultChecks).map((p) => p.id));
      }),
    );
  });

  it('lists who turns 18 soon, soonest first, and ignores people with no date of birth', () => {
    const people = [alex, teenager, leapling, person({ id: 'p9', role: 'member' })];
    expect(turningEighteen(people, '2026-01-01', '2026-07-01')).toEqual([
      { person: leapling, on: '2026-02-28' },
      { person: teenager, on: '2026-06-15' },
    ]);
  });

  it("gives Today's notice: turning 18 soon, or turned 18 lately with no checks of their own raised", () => {
    expect(eighteenNotice(teenager, '2026-06-01', undefined, false)).toEqual({ on: '2026-06-15', turned: false });
    expect(eighteenNotice(teenager, '2026-07-01', undefined, false)).toEqual({ on: '2026-06-15', turned: true });
    expect(eighteenNotice(teenager, '2026-07-01', undefined, true)).toBeUndefined();
    expect(eighteenNotice(teenager, '2026-09-16', undefined, false)).toBeUndefined();
    expect(eighteenNotice(lodger, '2026-07-01', undefined, false)).toBeUndefined();
  });

  /** A member of 14 to 22 (or of no known age), a day, a panel date or none, and whether a check names them. */
  const noticeCases = fc
    .record({
      age: fc.integer({ min: 14 * 365, max: 22 * 366 }),
      todayOffset: fc.integer({ min: 0, max: 3000 }),
      panelOffset: fc.option(fc.integer({ min: -400, max: 3000 })),
      raised: fc.boolean(),
      hasBirthday: fc.boolean(),
    })
    .map(({ age, todayOffset, panelOffset, raised, hasBirthday }) => {
      const today = addDays('2020-01-01', todayOffset);
      const member = person({ id: 'm1', role: 'member', ...(hasBirthday ? { dateOfBirth: addDays(today, -age) } : {}) });
      return { member, today, raised, panelOn: panelOffset === null ? undefined : addDays(today, panelOffset) };
    });

  it('passes over only people no notice could name, whatever the panel date and the checks raised', () => {
    fc.assert(
      fc.property(noticeCases, ({ member, today, panelOn, raised }) => {
        const on = eighteenthBirthday(member);
        const panelMayBeLater = panelOn !== undefined && on !== undefined && panelOn >= on;
        if (eighteenNotice(member, today, panelOn, raised)) expect(mayHaveEighteenNotice(today)(member, panelMayBeLater)).toBe(true);
      }),
    );
    expect(mayHaveEighteenNotice('2026-09-16')(teenager, true)).toBe(false);
    expect(mayHaveEighteenNotice('2026-09-15')(teenager, true)).toBe(true);
    expect(mayHaveEighteenNotice('2026-07-01')(lodger, true)).toBe(false);
  });

  it("compares dates of birth with bounds that say exactly what each 18th birthday would, 29 February included", () => {
    const day = fc.integer({ min: 0, max: 40 * 366 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 16 * 365, max: 20 * 366 }), fc.boolean(), (today, age, panelMayBeLater) => {
        const member = person({ id: 'm1', role: 'member', dateOfBirth: addDays(today, -age) });
        const on = eighteenthBirthday(member)!;
        const expected = on >= addMonths(today, -TURNING_EIGHTEEN_NOTICE_MONTHS) && (panelMayBeLater || on <= eighteenNoticeHorizon(today));
        expect(mayHaveEighteenNotice(today)(member, panelMayBeLater)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // Born on 28 and 29 February 2008, both turn 18 on 28 February 2026, three months before 28 May (and, clamped, 31 May).
    const leapling = person({ id: 'm2', role: 'member', dateOfBirth: '2008-02-29' });
    const dayBefore = person({ id: 'm3', role: 'member', dateOfBirth: '2008-02-28' });
    expect(mayHaveEighteenNotice('2026-05-28')(leapling, false)).toBe(true);
    expect(mayHaveEighteenNotice('2026-05-28')(dayBefore, false)).toBe(true);
    expect(mayHaveEighteenNotice('2026-05-31')(leapling, false)).toBe(true);
    expect(mayHaveEighteenNotice('2026-06-01')(leapling, false)).toBe(false);
    // Three months from 29 November 2027 is 29 February 2028: born 28 February 2010 is within it, 1 March 2010 is not.
    expect(mayHaveEighteenNotice('2027-11-29')(person({ id: 'm4', role: 'member', dateOfBirth: '2010-02-28' }), false)).toBe(true);
    expect(mayHaveEighteenNotice('2027-11-29')(person({ id: 'm5', role: 'member', dateOfBirth: '2010-03-01' }), false)).toBe(false);
  });

  it('names someone turning 18 after the three-month horizon only when panel is on or after their birthday', () => {
    fc.assert(
      fc.property(noticeCases, ({ member, today, panelOn, raised }) => {
        const on = eighteenthBirthday(member);
        if (on && on > eighteenNoticeHorizon(today) && eighteenNotice(member, today, panelOn, raised)) {
          expect(panelOn !== undefined && panelOn >= on).toBe(true);
        }
      }),
    );
    expect(eighteenNoticeHorizon('2026-06-01')).toBe('2026-09-01');
    expect(eighteenNotice(toddler, '2040-01-01', '2041-09-01', false)).toEqual({ on: '2041-09-01', turned: false });
    expect(eighteenNotice(toddler, '2040-01-01', '2041-08-31', false)).toBeUndefined();
  });
});

describe('expiry before panel', () => {
  const dbsBack = (receivedOn: string, overrides = {}) => receivedCheck(receivedOn, { type: 'dbs', label: 'Enhanced DBS: Sam Okafor', ...overrides });

  it("derives the expiry from the type's validity counted from the date received, unless one was entered", () => {
    expect(checkExpiresOn(dbsBack('2024-05-03'), dbs)).toBe('2027-05-03');
    expect(checkExpiresOn(dbsBack('2024-05-03', { expiresOn: '2026-01-01' }), dbs)).toBe('2026-01-01');
    expect(checkExpiresOn(check({ type: 'dbs' }), dbs)).toBeUndefined();
    expect(checkExpiresOn(receivedCheck('2024-05-03', { type: 'medical' }), medical)).toBeUndefined();
  });

  it('clamps month ends and leap days: 29 February plus 3 years is 28 February, 31 August plus 6 months is 28 February', () => {
    expect(checkExpiresOn(dbsBack('2024-02-29'), dbs)).toBe('2027-02-28');
    expect(checkExpiresOn(dbsBack('2025-08-31'), { ...dbs, validityMonths: 6 })).toBe('2026-02-28');
    expect(checkExpiresOn(dbsBack('2023-08-31'), { ...dbs, validityMonths: 6 })).toBe('2024-02-29');
  });

  it('is outstanding once expired, or when it runs out before panel; still good on its expiry day', () => {
    const c = dbsBack('2024-05-03');
    expect(expiryProblem(c, dbs, '2027-05-03')).toBeUndefined();
    expect(expiryProblem(c, dbs, '2027-05-04')).toEqual({ kind: 'expired', on: '2027-05-03' });
    expect(expiryProblem(c, dbs, '2027-04-01', '2027-05-12')).toEqual({ kind: 'beforePanel', on: '2027-05-03', panelOn: '2027-05-12' });
    expect(expiryProblem(c, dbs, '2027-04-01', '2027-05-03')).toBeUndefined();
    expect(expiryProblem(dbsBack('2024-05-03', { notNeeded: true }), dbs, '2030-01-01')).toBeUndefined();
  });

  it('says so beside the check', () => {
    expect(expiryWords({ kind: 'beforePanel', on: '2027-05-03', panelOn: '2027-05-12' })).toBe('Expires 3 May 2027, before panel on 12 May 2027: renew it');
    expect(expiryWords({ kind: 'expired', on: '2027-05-03' })).toBe('Expired on 3 May 2027: renew it');
  });

  it('blocks exactly when the expiry falls before the later of today and panel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 400 }), (r, t, p) => {
        const receivedOn = addDays('2023-01-01', r);
        const today = addDays(receivedOn, t);
        const panelOn = addDays(today, p);
        const expires = addMonths(receivedOn, 36);
        expect(expiryProblem(dbsBack(receivedOn), dbs, today, panelOn) !== undefined).toBe(expires < panelOn);
      }),
    );
  });

  it('takes the panel date from the panel record, else the next panel appointment', () => {
    const appointments = [
      { kind: 'panel' as const, on: '2026-01-05' },
      { kind: 'decision' as const, on: '2026-04-01' },
      { kind: 'panel' as const, on: '2026-05-12' },
      { kind: 'panel' as const, on: '2026-06-09' },
    ];
    expect(knownPanelDate(household(), appointments, '2026-03-01')).toBe('2026-05-12');
    expect(knownPanelDate(household({}, { panel: { panelOn: '2026-04-20' } }), appointments, '2026-03-01')).toBe('2026-04-20');
    expect(knownPanelDate(household(), [], '2026-03-01')).toBeUndefined();
  });
});

describe('concerns and specified offences', () => {
  it('needs a note of how a concern was considered', () => {
    expect(concernWithoutNote(receivedCheck('2026-01-01', { outcome: 'concern' }))).toBe(true);
    expect(concernWithoutNote(receivedCheck('2026-01-01', { outcome: 'concern', concernNote: '  ' }))).toBe(true);
    expect(concernWithoutNote(receivedCheck('2026-01-01', { outcome: 'concern', concernNote: 'Discussed at team meeting' }))).toBe(false);
    expect(concernWithoutNote(receivedCheck('2026-01-01', { outcome: 'informationToConsider' }))).toBe(false);
  });

  it('finds a specified offence on any check not marked not needed', () => {
    expect(hasSpecifiedOffence([receivedCheck('2026-01-01', { outcome: 'clear' })])).toBe(false);
    expect(hasSpecifiedOffence([receivedCheck('2026-01-01'), receivedCheck('2026-01-02', { outcome: 'specifiedOffence' })])).toBe(true);
  });

  it('gives panel its reasons, naming each check', () => {
    const checks = [
      receivedCheck('2024-05-03', { type: 'dbs', label: 'Enhanced DBS: Sam Okafor', outcome: 'clear' }),
      receivedCheck('2026-01-01', { type: 'medical', label: 'Medical', outcome: 'concern' }),
      receivedCheck('2026-01-01', { type: 'dbs', label: 'Enhanced DBS: Lee Lodger', outcome: 'specifiedOffence', expiresOn: '2029-01-01' }),
    ];
    expect(checksNotStanding(checks, { types, today: '2027-04-01', panelOn: '2027-05-12' }, 'Panel')).toEqual([
      'Panel needs Enhanced DBS: Sam Okafor renewed: it expires on 3 May 2027, before panel on 12 May 2027',
      'Panel needs a note of how the concern was considered: Medical',
      expect.stringMatching(/^Panel cannot go ahead: Enhanced DBS: Lee Lodger shows a specified offence .*regulation 26\(5\) and Schedule 4.*unsuitable at stage 1$/),
    ]);
    expect(checksNotStanding(checks, undefined, 'Decision')).toHaveLength(2);
  });
});

describe('check types saved before scopes', () => {
  it('reads an old per-adult row as per adult and any other old row as per household', () => {
    const oldDbs = { key: 'dbs', label: 'Enhanced DBS with barred list', perAdult: true, required: true, hasExpiry: true, count: 1 };
    const oldReferences = { key: 'personalReference', label: 'Personal reference', perAdult: false, required: true, hasExpiry: false, count: 2 };
    expect(normaliseCheckType(oldDbs)).toEqual({ key: 'dbs', label: 'Enhanced DBS with barred list', scope: 'adult', required: true, hasExpiry: true, count: 1 });
    expect(normaliseCheckType(oldReferences)).toEqual({ key: 'personalReference', label: 'Personal reference', scope: 'household', required: true, hasExpiry: false, count: 2 });
    expect(normaliseCheckType(DEFAULT_CHECK_TYPES[0]!)).toEqual(DEFAULT_CHECK_TYPES[0]);
  });
});
