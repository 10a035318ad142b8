import { todayIso, type IsoDate } from '../../domain/dates';
import { fieldChanges } from '../../domain/field-changes';
import { byHouseholdOrder, type Household, type Person, type StaffMember } from '../../domain/household';
import {
  carerFromApproval,
  REVIEW_OUTCOMES,
  VISIT_KINDS,
  type CarerHousehold,
  type CarerReview,
  type Deregistration,
  type Placement,
  type SupervisionVisit,
  type TierChange,
  type TrainingRecord,
} from '../../domain/support/carer';
import { DEFAULT_DEREGISTRATION_REASONS, DEREGISTRATION_ROUTES } from '../../domain/support/deregistration';
import { needsDetermination, type DeregistrationValue, type ReviewValue } from '../../domain/support/forms';
import { carerStanding, type CarerListRow } from '../../domain/support/register';
import { supportSummary, summaryRecords } from '../../domain/support/summary';
import { EXTRA_REVIEW_REASONS, type ExtraReviewCall } from '../../domain/support/reviews';
import { DEFAULT_TIERS, tierById, type Tier } from '../../domain/support/tiers';
import { placesFullMessage, PLACEMENT_ENDINGS, type NewPlacement } from '../../domain/support/placement-forms';
import { AGE_BANDS, fullOn, type PlacementFacts } from '../../domain/support/places';
import type { TermsOfApproval } from '../../domain/terms';
import { formatDate } from '../../domain/dates';
import { audit } from '../audit';
import { db, newId, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { RecordGoneError, RefusedWriteError } from '../write-errors';
import { refreshCarerSummaries, summariesOf, summaryTables } from './carer-summary';

/** Tables a carer household's write may touch; each write is one transaction over these (people for its summary's names). */
export function carerTables() {
  const d = db();
  return [d.carers, d.households, d.people, d.placements, d.supervisionVisits, d.reviews, d.trainingRecords, d.tierChanges, d.deregistrations, d.events, d.settings];
}

/** The service's tiers and leaving reasons are settings; a missing row means the defaults. */
async function setting<T>(key: string, fallback: T): Promise<T> {
  const row = await db().settings.get(key);
  return row ? (row.value as T) : fallback;
}

/** The household as the team names it: its applicants, in order. */
export function names(people: Person[]): string {
  const applicants = people.filter((p) => p.role === 'applicant');
  return (applicants.length ? applicants : people).sort(byHouseholdOrder).map((p) => p.name).join(' and ');
}

async function carerOrGone(householdId: string): Promise<CarerHousehold> {
  const carer = await db().carers.get(householdId);
  if (!carer) throw new RecordGoneError('This carer household no longer exists');
  return carer;
}

/**
 * The carer household as the form saw it (`baseRev`): refused with a `StaleWriteError` when a field
 * the form writes or shows changed since, in another tab or on a merged device.
 */
async function carerAsShown(householdId: string, baseRev: string, covers: readonly string[]): Promise<CarerHousehold> {
  const carer = await carerOrGone(householdId);
  refuseIfStale(carer, baseRev, covers);
  return carer;
}

/** What each form on the carer page shows of the household, so a change to any of it since refuses the save. */
export const CARER_FORM_FIELDS = {
  tier: ['tierId', 'onRegister'],
  worker: ['supervisingWorkerId', 'onRegister'],
  review: ['terms', 'extraReview', 'onRegister'],
  tsd: ['tsdCompletedOn', 'onRegister'],
  leaving: ['onRegister', 'leftOn'],
  placement: ['terms', 'onRegister'],
} as const;

/** What the end-a-placement form shows of the placement. */
const PLACEMENT_END_FIELDS = ['startOn', 'endOn', 'ending'] as const;

/** Everything the carer household page shows. */
export interface CarerRecord {
  carer: CarerHousehold;
  household: Household;
  names: string;
  visits: SupervisionVisit[];
  reviews: CarerReview[];
  training: TrainingRecord[];
  tierChanges: TierChange[];
  placements: Placement[];
  deregistration?: Deregistration;
  tiers: Tier[];
  reasons: string[];
  staff: StaffMember[];
}

/** The order `localeCompare` gives, from one collator: 2,000 households sorted by `localeCompare` set one up for each comparison. */
const byName = new Intl.Collator();

const newestFirst = <T extends { on: IsoDate }>(a: T, b: T) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0);

export const carersRepo = {
  tiers: () => setting<Tier[]>('supportTiers', [...DEFAULT_TIERS]),
  reasons: () => setting<string[]>('deregistrationReasons', [...DEFAULT_DEREGISTRATION_REASONS]),

  /**
   * Puts a household just approved on the register with its decision's date and terms. Call inside
   * the approving move's transaction; a household already on it is left as it is.
   */
  async enrolApproved(household: Household, by: string): Promise<void> {
    const at = nowInstant();
    const carer = carerFromApproval(household, at);
    if (!carer || (await db().carers.get(household.id))) return;
    // A household joining the register has its people, and no visits, reviews or placements yet.
    const people = await db().people.where('householdId').equals(household.id).toArray();
    await db().carers.add({ ...carer, supportSummary: supportSummary({ people, visits: [], reviews: [], placements: [] }) });
    await audit(household.id, by, 'carer', 'Joined the register of approved carer households', ['carer'], at);
  },

  /**
   * Every carer household with where it stands today, for the list to filter: the register's rows
   * and the support summaries they keep, with no household's own records read.
   */
  async list(today: IsoDate = todayIso()): Promise<{ rows: CarerListRow[]; tiers: Tier[]; staff: StaffMember[] }> {
    const d = db();
    return d.transaction('r', [...summaryTables(), d.staff, d.settings], async () => {
      const [carers, staff, tiers] = await Promise.all([d.carers.toArray(), d.staff.toArray(), carersRepo.tiers()]);
      const summaries = await summariesOf(carers);
      const staffName = new Map(staff.map((s) => [s.id, s.name]));
      const rows = carers.map((carer) => {
        const summary = summaries.get(carer.householdId)!;
        const workerName = carer.supervisingWorkerId ? staffName.get(carer.supervisingWorkerId) : undefined;
        return {
          carer,
          names: summary.names,
          ...(workerName ? { workerName } : {}),
          standing: carerStanding(carer, summaryRecords(summary), tiers, today),
        };
      });
      rows.sort((a, b) => byName.compare(a.names, b.names) || byName.compare(a.carer.reference, b.carer.reference));
      return { rows, tiers, staff: staff.filter((s) => s.active) };
    });
  },

  async record(householdId: string): Promise<CarerRecord | undefined> {
    const d = db();
    return d.transaction('r', [...carerTables(), d.people, d.staff], async () => {
      const carer = await d.carers.get(householdId);
      const household = await d.households.get(householdId);
      if (!carer || !household) return undefined;
      const by = (t: { where(k: string): { equals(v: string): { toArray(): Promise<unknown[]> } } }) => t.where('householdId').equals(householdId).toArray();
      const [people, visits, reviews, training, tierChanges, placements, deregistration, tiers, reasons, staff] = await Promise.all([
        by(d.people) as Promise<Person[]>,
        by(d.supervisionVisits) as Promise<SupervisionVisit[]>,
        by(d.reviews) as Promise<CarerReview[]>,
        by(d.trainingRecords) as Promise<TrainingRecord[]>,
        by(d.tierChanges) as Promise<TierChange[]>,
        by(d.placements) as Promise<Placement[]>,
        d.deregistrations.get(householdId),
        carersRepo.tiers(),
        carersRepo.reasons(),
        d.staff.orderBy('name').toArray(),
      ]);
      return {
        carer,
        household,
        names: names(people),
        visits: visits.sort(newestFirst),
        reviews: reviews.sort(newestFirst),
        training: training.sort(newestFirst),
        tierChanges: tierChanges.sort(newestFirst),
        placements: placements.sort((a, b) => (a.startOn < b.startOn ? 1 : -1)),
        ...(deregistration ? { deregistration } : {}),
        tiers,
        reasons,
        staff,
      };
    });
  },

  /** A new tier from a date, for a reason: the household's tier history keeps every change. */
  async setTier(householdId: string, change: { tierId: string; on: IsoDate; reason: string }, baseRev: string, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      const carer = await carerAsShown(householdId, baseRev, CARER_FORM_FIELDS.tier);
      const at = nowInstant();
      const tiers = await carersRepo.tiers();
      const row: TierChange = { id: newId(), householdId, by, at, on: change.on, tierId: change.tierId, reason: change.reason, ...(carer.tierId ? { fromTierId: carer.tierId } : {}) };
      await db().tierChanges.add(row);
      const updated = { ...carer, tierId: change.tierId, updatedAt: at };
      await db().carers.put(updated);
      const name = tierById(tiers, change.tierId)?.name ?? change.tierId;
      await audit(householdId, by, 'carer', `Tier set to ${name} from ${formatDate(change.on)}: ${change.reason}`, fieldChanges(carer, updated), at);
    });
  },

  async setWorker(householdId: string, workerId: string | undefined, baseRev: string, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      const carer = await carerAsShown(householdId, baseRev, CARER_FORM_FIELDS.worker);
      const updated: CarerHousehold = { ...carer, updatedAt: nowInstant() };
      if (workerId) updated.supervisingWorkerId = workerId;
      else delete updated.supervisingWorkerId;
      const changes = fieldChanges(carer, updated).filter((c) => c.field !== 'updatedAt');
      if (!changes.length) return;
      await db().carers.put(updated);
      await audit(householdId, by, 'carer', 'Supervising social worker changed', changes);
    });
  },

  async logVisit(householdId: string, visit: Pick<SupervisionVisit, 'on' | 'kind' | 'note'>, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      await carerOrGone(householdId);
      const at = nowInstant();
      await db().supervisionVisits.add({ id: newId(), householdId, by, at, ...visit });
      await refreshCarerSummaries([householdId]);
      await audit(householdId, by, 'supervision', `${VISIT_KINDS[visit.kind]} supervision visit on ${formatDate(visit.on)}`, ['supervisionVisits'], at);
    });
  },

  /**
   * Records a review. Changed terms the carers agree to, or that give them more, apply at once; terms
   * reduced against their wishes wait for the qualifying determination's route, so they are kept on
   * the review and the terms in force stay. A held review answers any call for an extra one.
   */
  async recordReview(householdId: string, review: ReviewValue & { toPanel: boolean; newTerms?: TermsOfApproval }, baseRev: string, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      const carer = await carerAsShown(householdId, baseRev, CARER_FORM_FIELDS.review);
      if (needsDetermination(review.outcome, review.carersAgree, carer.terms, review.newTerms) && !review.qualifyingOn) {
        throw new Error('Reducing terms or ending approval against the carers’ wishes needs a qualifying determination');
      }
      const at = nowInstant();
      const row: CarerReview = {
        id: newId(),
        householdId,
        by,
        at,
        on: review.on,
        toPanel: review.toPanel,
        outcome: review.outcome,
        carersAgree: review.carersAgree,
        note: review.note,
        ...(review.newTerms && review.outcome === 'changeTerms' ? { newTerms: review.newTerms } : {}),
        ...(review.qualifyingOn ? { qualifyingOn: review.qualifyingOn } : {}),
      };
      await db().reviews.add(row);
      const updated: CarerHousehold = { ...carer, updatedAt: at };
      delete updated.extraReview;
      if (row.newTerms && !row.qualifyingOn) updated.terms = row.newTerms;
      await db().carers.put(updated);
      await refreshCarerSummaries([householdId]);
      const route = row.qualifyingOn ? ` (qualifying determination on ${formatDate(row.qualifyingOn)})` : '';
      await audit(householdId, by, 'review', `Review on ${formatDate(review.on)}${review.toPanel ? ' for panel' : ''}: ${REVIEW_OUTCOMES[review.outcome]}${route}`, fieldChanges(carer, updated), at);
    });
  },

  /** Calls an extra review after an allegation or a significant change; the next review held answers it. */
  async callExtraReview(householdId: string, call: ExtraReviewCall, baseRev: string, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      const carer = await carerAsShown(householdId, baseRev, CARER_FORM_FIELDS.review);
      if (carer.onRegister !== 1) throw new RefusedWriteError('This household has left the register, so it has no more reviews');
      const updated = { ...carer, extraReview: call, updatedAt: nowInstant() };
      await db().carers.put(updated);
      await audit(householdId, by, 'review', `Extra review called: ${EXTRA_REVIEW_REASONS[call.reason]} on ${formatDate(call.on)}`, fieldChanges(carer, updated));
    });
  },

  /**
   * Adds a placement into a free place. The places are counted again here, in the write's own
   * transaction, so a placement added meanwhile in another tab cannot take the household over its terms.
   */
  async addPlacement(householdId: string, placement: NewPlacement, baseRev: string, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      const carer = await carerAsShown(householdId, baseRev, CARER_FORM_FIELDS.placement);
      if (carer.onRegister !== 1) throw new RefusedWriteError('This household has left the register, so it cannot take a placement');
      const approved = carer.terms?.numberOfChildren ?? 0;
      const existing = await db().placements.where('householdId').equals(householdId).toArray();
      const full = fullOn(approved, existing, placement.startOn);
      if (full) throw new RefusedWriteError(placesFullMessage(approved, full));
      const at = nowInstant();
      await db().placements.add({ id: newId(), householdId, ...placement, updatedAt: at });
      await refreshCarerSummaries([householdId]);
      const kind = [AGE_BANDS[placement.ageBand], placement.siblingGroup ? 'sibling group' : '', placement.shortBreak ? 'short break' : ''].filter(Boolean).join(', ');
      await audit(householdId, by, 'placement', `Placement from ${formatDate(placement.startOn)} (${kind})`, ['placements'], at);
    });
  },

  /** Ends a placement on a date, planned or unplanned; `baseRev` is the placement's revision as the form showed it. */
  async endPlacement(placementId: string, end: Required<Pick<PlacementFacts, 'endOn' | 'ending'>>, baseRev: string, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      const placement = await db().placements.get(placementId);
      if (!placement) throw new RecordGoneError('This placement no longer exists');
      refuseIfStale(placement, baseRev, PLACEMENT_END_FIELDS);
      if (placement.endOn !== undefined) throw new RefusedWriteError(`This placement already ended on ${formatDate(placement.endOn)}`);
      if (end.endOn < placement.startOn) throw new RefusedWriteError(`A placement cannot end before it starts (${formatDate(placement.startOn)})`);
      const at = nowInstant();
      const updated = { ...placement, ...end, updatedAt: at };
      await db().placements.put(updated);
      await refreshCarerSummaries([placement.householdId]);
      await audit(
        placement.householdId,
        by,
        'placement',
        `Placement from ${formatDate(placement.startOn)} ended on ${formatDate(end.endOn)} (${PLACEMENT_ENDINGS[end.ending].toLowerCase()})`,
        fieldChanges(placement, updated).filter((c) => c.field !== 'updatedAt'),
        at,
      );
    });
  },

  async addTraining(householdId: string, record: Pick<TrainingRecord, 'course' | 'on' | 'hours' | 'provider'>, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      await carerOrGone(householdId);
      const at = nowInstant();
      await db().trainingRecords.add({ id: newId(), householdId, by, at, ...record });
      await audit(householdId, by, 'training', `Training: ${record.course} on ${formatDate(record.on)} (${record.hours} hours)`, ['trainingRecords'], at);
    });
  },

  async completeTsd(householdId: string, on: IsoDate, baseRev: string, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      const carer = await carerAsShown(householdId, baseRev, CARER_FORM_FIELDS.tsd);
      const updated = { ...carer, tsdCompletedOn: on, updatedAt: nowInstant() };
      await db().carers.put(updated);
      await audit(householdId, by, 'training', `TSD standards completed on ${formatDate(on)}`, fieldChanges(carer, updated));
    });
  },

  /**
   * Takes the household off the register from the date the route gives; the household, its carer
   * record and every support record stay, so its history is whole.
   */
  async deregister(householdId: string, value: DeregistrationValue, baseRev: string, by: string): Promise<void> {
    await asPerson(by, carerTables(), async () => {
      const carer = await carerAsShown(householdId, baseRev, CARER_FORM_FIELDS.leaving);
      const household = await db().households.get(householdId);
      if (!household) throw new RecordGoneError('This household no longer exists');
      if (await db().deregistrations.get(householdId)) throw new Error('This household has already left the register');
      const at = nowInstant();
      await db().deregistrations.add({ householdId, by, at, ...value });
      const updated: CarerHousehold = { ...carer, onRegister: 0, leftOn: value.effectiveOn, updatedAt: at };
      await db().carers.put(updated);
      await db().households.put({ ...household, deregisteredOn: value.effectiveOn, updatedAt: at });
      await audit(
        householdId,
        by,
        'deregistration',
        `${DEREGISTRATION_ROUTES[value.route]}: leaves the register on ${formatDate(value.effectiveOn)} (${value.reason})`,
        [...fieldChanges(carer, updated), { field: 'deregisteredOn', from: household.deregisteredOn, to: value.effectiveOn }],
        at,
      );
    });
  },
};
