import { knownPanelDate, missingChecks } from '../../domain/checks';
import { RecordGoneError } from '../write-errors';
import type { Enquiry } from '../../domain/validation/enquiry';
import { mainstreamRefusal } from '../../domain/validation/household-details';
import type { HouseholdKind } from '../../domain/codes';
import { todayIso, type IsoDate } from '../../domain/dates';
import {
  byHouseholdOrder,
  emptyAssessment,
  isInPipeline,
  type Appointment,
  type Assessment,
  type Check,
  type Household,
  type HouseholdDetails,
  type HouseholdEvent,
  type Move,
  type Person,
} from '../../domain/household';
import { householdTokens } from '../../domain/search-keys';
import { describeMove, planMove, type MoveErrors, type MoveRequest } from '../../domain/stage-rules';
import { householdDeadlines } from '../../domain/timescales';
import { storedDeadline, type StoredDeadline } from '../../domain/stored-deadline';
import { fieldChanges } from '../../domain/field-changes';
import { movedSince, type MoveFrom } from '../../domain/stale-rule';
import { audit } from '../audit';
import { db, newId, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale, staleMove } from '../stale';
import { carersRepo } from './carers';
import { addMissingChecks } from './check-rows';
import { settingsRepo } from './settings';

/** Everything the household record page shows. */
export interface HouseholdRecord {
  household: Household;
  details: HouseholdDetails;
  people: Person[];
  checks: Check[];
  moves: Move[];
  appointments: Appointment[];
}

/** Tables a household write may touch; every multi-table write is one transaction over these. */
export function householdTables() {
  const d = db();
  return [d.households, d.householdDetails, d.people, d.checks, d.moves, d.appointments, d.events, d.notes, d.settings, d.carers];
}

/** Keeps the household's stored next deadline in step with its data; call inside the write's transaction. */
export async function refreshDeadline(household: Household): Promise<StoredDeadline> {
  const [checks, moves, targets] = await Promise.all([
    db().checks.where('householdId').equals(household.id).toArray(),
    db().moves.where('householdId').equals(household.id).toArray(),
    settingsRepo.localTargets(),
  ]);
  const patch = storedDeadline(household, householdDeadlines(household, checks, targets, moves));
  await db().households.update(household.id, patch);
  return patch;
}

export type CreateResult = { household: Household };

/** A move as the form sends it: the request, and where the household stood when it was chosen. */
export type MoveFromRequest = MoveRequest & { from: MoveFrom };

/**
 * A correction of a household's details (`baseRev`: the details' revision when the form opened)
 * and, from the household form, of its type (`householdRev`: the household's).
 */
export interface DetailsCorrection {
  details: Partial<Omit<HouseholdDetails, 'householdId'>>;
  baseRev: string;
  kind?: HouseholdKind;
  householdRev?: string;
}

export type CorrectionResult = { ok: true } | { ok: false; errors: { kind: string } };

/** A change to fields of a record, with the revision the form was opened on (see `staleFields`). */
export interface Edit<T> {
  patch: T;
  baseRev: string;
}

export const householdsRepo = {
  async createEnquiry(enquiry: Enquiry, by: string, options: { isDemo?: boolean; workerId?: string } = {}): Promise<Household> {
    return asPerson(by, householdTables(), async () => {
      const id = newId();
      const at = nowInstant();
      const people: Person[] = enquiry.applicants.map((name, order) => ({ id: newId(), householdId: id, role: 'applicant', name, order }));
      const details: HouseholdDetails = {
        householdId: id,
        email: enquiry.email,
        phone: enquiry.phone,
        postcode: enquiry.postcode,
        address: enquiry.address,
        howHeard: enquiry.howHeard,
        interests: enquiry.interests,
        enquiryNotes: enquiry.notes,
      };
      const household: Household = {
        id,
        reference: await settingsRepo.takeReference(),
        kind: enquiry.kind,
        stage: 'enquiry',
        state: 'active',
        enquiryOn: enquiry.enquiryOn,
        stageEnteredOn: enquiry.enquiryOn,
        lastMoveOn: enquiry.enquiryOn,
        workerId: options.workerId,
        assessment: emptyAssessment(),
        ...householdTokens(details, people),
        isDemo: options.isDemo ? 1 : 0,
        createdAt: at,
        updatedAt: at,
      };
      await db().households.add(household);
      await db().householdDetails.add(details);
      await db().people.bulkAdd(people);
      await audit(id, by, 'enquiry', `Enquiry recorded (${household.reference})`, Object.keys(details).concat('applicants'), at);
      Object.assign(household, await refreshDeadline(household));
      return household;
    });
  },

  get: (id: string) => db().households.get(id),

  async record(id: string): Promise<HouseholdRecord | undefined> {
    const d = db();
    return d.transaction('r', [d.households, d.householdDetails, d.people, d.checks, d.moves, d.appointments], async () => {
      const household = await d.households.get(id);
      if (!household) return undefined;
      const [details, people, checks, moves, appointments] = await Promise.all([
        d.householdDetails.get(id),
        d.people.where('householdId').equals(id).toArray(),
        d.checks.where('householdId').equals(id).toArray(),
        d.moves.where('[householdId+on]').between([id, ''], [id, '\uffff']).toArray(),
        d.appointments.where('householdId').equals(id).sortBy('on'),
      ]);
      return { household, details: details!, people: people.sort(byHouseholdOrder), checks, moves, appointments };
    });
  },

  /**
   * Applies a move if the stage rules allow it: move, household and audit event in one transaction.
   * A move chosen when the household stood elsewhere (another tab moved it) throws a `StaleWriteError`.
   */
  async move(id: string, request: MoveFromRequest, by: string, today: IsoDate = todayIso()): Promise<{ ok: true; move: Move } | { ok: false; errors: MoveErrors }> {
    return asPerson(by, householdTables(), async () => {
      const household = await db().households.get(id);
      if (!household) return { ok: false as const, errors: { form: 'This household no longer exists' } };
      if (movedSince(household, request.from)) throw staleMove(household);
      const [checks, people, checkTypes, appointments] = await Promise.all([
        db().checks.where('householdId').equals(id).toArray(),
        db().people.where('householdId').equals(id).toArray(),
        settingsRepo.checkTypes(),
        db().appointments.where('householdId').equals(id).toArray(),
      ]);
      const missing = missingChecks(checkTypes, people, checks, request.on || today).length;
      const checkRules = { types: checkTypes, today, panelOn: knownPanelDate(household, appointments, today) };
      const result = planMove({ household, checks, today, missingChecks: missing, checkRules }, request);
      if (!result.ok) return result;
      const at = nowInstant();
      const move: Move = { id: newId(), householdId: id, by, at, ...result.plan.move };
      const updated: Household = { ...household, ...result.plan.changes, updatedAt: at };
      await db().moves.add(move);
      await db().households.put(updated);
      const raised = result.plan.raiseChecks ? await addMissingChecks(updated, today) : undefined;
      if (!isInPipeline(updated)) {
        // A household off the line no longer has checks waiting (see `isInPipeline`).
        await db().checks.where('householdId').equals(id).modify((c) => {
          delete c.awaitingSince;
        });
      }
      const summary = raised?.rows.length ? `${describeMove(move)}. ${raised.summary}` : describeMove(move);
      await audit(id, by, 'move', summary, fieldChanges(household, updated), at);
      await refreshDeadline(updated);
      if (updated.stage === 'approved') await carersRepo.enrolApproved(updated, by);
      return { ok: true as const, move };
    });
  },

  /**
   * Records assessment progress (dates, panel, training) and audits each changed field's old and
   * new value. Refused with a `StaleWriteError` when a field in the patch changed since `baseRev`.
   */
  async updateAssessment(id: string, edit: Edit<Partial<Assessment>>, by: string, summary: string): Promise<void> {
    await asPerson(by, householdTables(), async () => {
      const household = await db().households.get(id);
      if (!household) throw new RecordGoneError('This household no longer exists');
      refuseIfStale(household, edit.baseRev, Object.keys(edit.patch).map((k) => `assessment.${k}`));
      const assessment = { ...household.assessment, ...edit.patch };
      const changes = fieldChanges(household.assessment, assessment, 'assessment.');
      if (changes.length === 0) return;
      const updated = { ...household, assessment, updatedAt: nowInstant() };
      await db().households.put(updated);
      await audit(id, by, 'assessment', summary, changes);
      await refreshDeadline(updated);
    });
  },

  async updateHousehold(id: string, edit: Edit<Partial<Pick<Household, 'workerId' | 'kind'>>>, by: string, summary: string): Promise<void> {
    await asPerson(by, householdTables(), async () => {
      const household = await db().households.get(id);
      if (!household) throw new RecordGoneError('This household no longer exists');
      refuseIfStale(household, edit.baseRev, Object.keys(edit.patch));
      const updated = { ...household, ...edit.patch, updatedAt: nowInstant() };
      const changes = fieldChanges(household, updated);
      if (changes.length === 0) return;
      await db().households.put(updated);
      await audit(id, by, 'household', summary, changes);
      await refreshDeadline(updated);
    });
  },

  /**
   * Corrects the household's details and, from the household form, its type: details, household
   * (with its search and duplicate keys worked out again) and one audit event of every field's old
   * and new value, in one transaction. Refused with a `StaleWriteError` when a field the form
   * writes changed since it was opened; a household holding kinship terms or a temporary approval
   * is never made mainstream, however the form was reached.
   */
  async correctDetails(id: string, edit: DetailsCorrection, by: string, summary: string): Promise<CorrectionResult> {
    return asPerson(by, householdTables(), async () => {
      const [household, details] = await Promise.all([db().households.get(id), db().householdDetails.get(id)]);
      if (!household || !details) throw new RecordGoneError('This household no longer exists');
      refuseIfStale(details, edit.baseRev, Object.keys(edit.details));
      const kind = edit.kind ?? household.kind;
      if (kind !== household.kind) {
        refuseIfStale(household, edit.householdRev ?? '', ['kind']);
        const refusal = kind === 'mainstream' ? mainstreamRefusal(household.assessment) : undefined;
        if (refusal) return { ok: false as const, errors: { kind: refusal } };
      }
      const next: HouseholdDetails = { ...details, ...edit.details };
      const changes = [...fieldChanges({ kind: household.kind }, { kind }), ...fieldChanges(details, next)];
      if (changes.length === 0) return { ok: true as const };
      const people = await db().people.where('householdId').equals(id).toArray();
      const updated: Household = { ...household, kind, ...householdTokens(next, people), updatedAt: nowInstant() };
      await db().householdDetails.put(next);
      await db().households.put(updated);
      await audit(id, by, 'details', summary, changes);
      await refreshDeadline(updated);
      return { ok: true as const };
    });
  },

  /** Newest first; pass `limit` so a long history is read a page at a time. */
  timeline: (id: string, limit?: number): Promise<HouseholdEvent[]> => {
    const newestFirst = db().events.where('[householdId+at]').between([id, ''], [id, '\uffff']).reverse();
    return (limit === undefined ? newestFirst : newestFirst.limit(limit)).toArray();
  },
};
