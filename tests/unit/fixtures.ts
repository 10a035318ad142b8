import type { IsoDate } from '../../src/domain/dates';
import { emptyAssessment, type Assessment, type Check, type Household, type Person } from '../../src/domain/household';

/** A synthetic household at enquiry; override whatever the test is about. */
export function household(overrides: Partial<Household> = {}, assessment: Partial<Assessment> = {}): Household {
  const enquiryOn = overrides.enquiryOn ?? '2026-01-05';
  return {
    id: 'h1',
    reference: 'H-0001',
    kind: 'mainstream',
    stage: 'enquiry',
    state: 'active',
    enquiryOn,
    stageEnteredOn: enquiryOn,
    lastMoveOn: enquiryOn,
    searchKeys: [],
    nameKeys: [],
    duplicateKeys: [],
    isDemo: 0,
    createdAt: `${enquiryOn}T09:00:00.000Z`,
    updatedAt: `${enquiryOn}T09:00:00.000Z`,
    ...overrides,
    assessment: { ...emptyAssessment(), ...overrides.assessment, ...assessment },
  };
}

let nextCheck = 0;

export function check(overrides: Partial<Check> = {}): Check {
  nextCheck += 1;
  return { id: `c${nextCheck}`, householdId: 'h1', type: 'localAuthority', label: 'Local authority checks', ...overrides };
}

export function receivedCheck(receivedOn: IsoDate, overrides: Partial<Check> = {}): Check {
  return check({ requestedOn: '2026-01-10', receivedOn, outcome: 'clear', ...overrides });
}

export function person(overrides: Partial<Person> = {}): Person {
  return { id: 'p1', householdId: 'h1', role: 'applicant', name: 'Testy McTestface', ...overrides };
}
