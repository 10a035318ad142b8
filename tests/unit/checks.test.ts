import { describe, expect, it } from 'vitest';
import {
  checkSlots,
  checkStatus,
  checksBlockingPanel,
  isAdult,
  isCheckDone,
  missingChecks,
  requiredTypeKeys,
  turningEighteen,
} from '../../src/domain/checks';
import { DEFAULT_CHECK_TYPES, type CheckType } from '../../src/domain/settings';
import { check, person } from './fixtures';

const dbs: CheckType = { key: 'dbs', label: 'Enhanced DBS', perAdult: true, required: true, hasExpiry: true, count: 1 };
const references: CheckType = { key: 'personalReference', label: 'Personal reference', perAdult: false, required: true, hasExpiry: false, count: 2 };
const medical: CheckType = { key: 'medical', label: 'Medical', perAdult: false, required: true, hasExpiry: true, count: 1 };
const types = [dbs, references, medical];

const alex = person({ id: 'p1', name: 'Alex Testerton', role: 'applicant' });
const sam = person({ id: 'p2', name: 'Sam Testerton', role: 'applicant', dateOfBirth: '1985-07-01' });
const lodger = person({ id: 'p3', name: 'Lee Lodger', role: 'member', dateOfBirth: '1990-01-01' });
const teenager = person({ id: 'p4', name: 'Kit Testerton', role: 'member', dateOfBirth: '2008-06-15' });
const leapling = person({ id: 'p5', name: 'Leap Testerton', role: 'member', dateOfBirth: '2008-02-29' });

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
  it('has one DBS per adult, two personal references and one of everything else', () => {
    const slots = checkSlots(types, [alex, sam, lodger, teenager], '2026-03-01');
    expect(slots).toEqual([
      { type: 'dbs', personId: 'p1', label: 'Enhanced DBS: Alex Testerton' },
      { type: 'dbs', personId: 'p2', label: 'Enhanced DBS: Sam Testerton' },
      { type: 'dbs', personId: 'p3', label: 'Enhanced DBS: Lee Lodger' },
      { type: 'personalReference', label: 'Personal reference 1' },
      { type: 'personalReference', label: 'Personal reference 2' },
      { type: 'medical', label: 'Medical' },
    ]);
  });

  it('gives a child a DBS slot from their 18th birthday', () => {
    const dbsFor = (on: string) => checkSlots([dbs], [alex, teenager], on).map((s) => s.personId);
    expect(dbsFor('2026-06-14')).toEqual(['p1']);
    expect(dbsFor('2026-06-15')).toEqual(['p1', 'p4']);
  });

  it('covers the default list: every default check type has at least one slot for a one-applicant household', () => {
    const slots = checkSlots(DEFAULT_CHECK_TYPES, [alex], '2026-03-01');
    for (const t of DEFAULT_CHECK_TYPES) expect(slots.some((s) => s.type === t.key), t.key).toBe(true);
    expect(slots.filter((s) => s.type === 'personalReference')).toHaveLength(2);
  });
});

describe('missingChecks', () => {
  it('lists every slot when nothing is raised yet', () => {
    expect(missingChecks(types, [alex, sam], [], '2026-03-01')).toHaveLength(5);
  });

  it('leaves out the slots that already have a check, matching DBS by person', () => {
    const existing = [
      check({ type: 'dbs', personId: 'p1', label: 'Enhanced DBS: Alex Testerton' }),
      check({ type: 'personalReference', label: 'Personal reference 1' }),
    ];
    expect(missingChecks(types, [alex, sam], existing, '2026-03-01')).toEqual([
      { type: 'dbs', personId: 'p2', label: 'Enhanced DBS: Sam Testerton' },
      { type: 'personalReference', label: 'Personal reference 2' },
      { type: 'medical', label: 'Medical' },
    ]);
  });

  it('matches a DBS by person even when the person was renamed after it was raised', () => {
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

  it('is empty once every slot has a check', () => {
    const slots = checkSlots(types, [alex, sam], '2026-03-01');
    const existing = slots.map((s) => check(s));
    expect(missingChecks(types, [alex, sam], existing, '2026-03-01')).toEqual([]);
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

describe('turningEighteen', () => {
  it('lists members whose 18th birthday falls in the window, inclusive', () => {
    const people = [alex, sam, teenager, leapling];
    expect(turningEighteen(people, '2026-06-15', '2026-12-31')).toEqual([{ person: teenager, on: '2026-06-15' }]);
    expect(turningEighteen(people, '2026-01-01', '2026-06-15')).toEqual([
      { person: teenager, on: '2026-06-15' },
      { person: leapling, on: '2026-02-28' },
    ]);
    expect(turningEighteen(people, '2026-06-16', '2026-12-31')).toEqual([]);
  });

  it('ignores people with no date of birth', () => {
    expect(turningEighteen([alex, person({ id: 'p9', role: 'member' })], '1900-01-01', '2100-01-01')).toEqual([]);
  });
});
