import { FOSTERING_INTERESTS, HOW_HEARD, type FosteringInterest, type HouseholdKind, type HowHeard } from '../../domain/codes';
import { addDays, addMonths, type IsoDate } from '../../domain/dates';
import type { HouseholdDetails, Person } from '../../domain/household';
import { CHILD_NAMES, FIRST_NAMES, INWARD_LETTERS, OUTWARD_CODES, RELATIONSHIPS, STREETS, SURNAMES } from './names';
import type { Random } from './random';

export type Members = 'adultChild' | 'child' | 'turningEighteen' | 'none';

/** A date of birth that makes someone `years` old (plus up to a year) on `today`. */
function bornYearsAgo(rng: Random, today: IsoDate, years: number): IsoDate {
  return addDays(addMonths(today, -12 * years), -rng.int(0, 360));
}

/**
 * The people and contact details of one synthetic household. `phoneSuffix` is unique per
 * household so the duplicate check does not flag demo households against each other.
 */
export function makeContacts(
  rng: Random,
  householdId: string,
  kind: HouseholdKind,
  members: Members,
  phoneSuffix: number,
  today: IsoDate,
): { people: Person[]; details: HouseholdDetails } {
  const surname = rng.pick(SURNAMES);
  const first = rng.pick(FIRST_NAMES);
  const kinship = kind === 'connected';
  const [minAge, maxAge] = kinship ? [45, 66] : [27, 58];
  const person = (n: number, p: Omit<Person, 'id' | 'householdId'>): Person => ({ id: `${householdId}-p${n}`, householdId, ...p });

  const people: Person[] = [person(1, { role: 'applicant', name: `${first} ${surname}`, dateOfBirth: bornYearsAgo(rng, today, rng.int(minAge, maxAge)) })];
  if (rng.chance(0.6)) {
    const partnerSurname = rng.chance(0.6) ? surname : rng.pick(SURNAMES);
    const partnerFirst = rng.pick(FIRST_NAMES.filter((f) => f !== first));
    people.push(person(2, {
      role: 'applicant',
      name: `${partnerFirst} ${partnerSurname}`,
      dateOfBirth: bornYearsAgo(rng, today, rng.int(minAge, maxAge)),
      relationship: RELATIONSHIPS.partner,
    }));
  }
  const n = people.length + 1;
  if (members === 'adultChild') {
    people.push(person(n, { role: 'member', name: `${rng.pick(FIRST_NAMES)} ${surname}`, dateOfBirth: bornYearsAgo(rng, today, rng.int(18, 24)), relationship: rng.pick(RELATIONSHIPS.adultChild) }));
  } else if (members === 'child') {
    people.push(person(n, { role: 'member', name: `${rng.pick(CHILD_NAMES)} ${surname}`, dateOfBirth: bornYearsAgo(rng, today, rng.int(4, 15)), relationship: rng.pick(RELATIONSHIPS.child) }));
  } else if (members === 'turningEighteen') {
    // Turns 18 in the next few weeks: the household will need adult checks for them.
    people.push(person(n, { role: 'member', name: `${rng.pick(FIRST_NAMES)} ${surname}`, dateOfBirth: addDays(addMonths(today, -12 * 18), rng.int(10, 60)), relationship: rng.pick(RELATIONSHIPS.adultChild) }));
  }

  const mobile = rng.chance(0.8);
  const phone = mobile ? `07700900${String(phoneSuffix).padStart(3, '0')}` : `01632960${String(phoneSuffix).padStart(3, '0')}`;
  const email = `${first}.${surname}${phoneSuffix}@${rng.pick(['example.com', 'example.org'])}`.toLowerCase();
  const postcode = `${rng.pick(OUTWARD_CODES)} ${rng.int(1, 9)}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
  const interests = kinship ? [] : rng.sample(Object.keys(FOSTERING_INTERESTS) as FosteringInterest[], rng.int(1, 3));
  const details: HouseholdDetails = {
    householdId,
    email,
    phone,
    postcode,
    address: `${rng.int(1, 120)} ${rng.pick(STREETS)}`,
    howHeard: kinship ? 'other' : rng.pick(Object.keys(HOW_HEARD) as HowHeard[]),
    interests,
    enquiryNotes: 'Demo data: a synthetic household for practice and training, not a real family.',
    ...(kinship ? { namedChild: `${rng.pick(CHILD_NAMES)} (${rng.pick(RELATIONSHIPS.namedChild)})` } : {}),
  };
  return { people, details };
}
