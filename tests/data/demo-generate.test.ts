import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../src/data/demo/generate';
import { checkStatus, checksNotStanding, isAdult, knownPanelDate } from '../../src/domain/checks';
import { ENDING_STAGES, isOfstedWithdrawalCode, type EndingCode } from '../../src/domain/codes';
import { DEFAULT_CHECK_TYPES } from '../../src/domain/settings';
import { addDays, addMonths, isIsoDate } from '../../src/domain/dates';
import type { Household, Move } from '../../src/domain/household';
import { planMove, type MoveRequest } from '../../src/domain/stage-rules';
import { LINE_STATES, STAGES, isOpen } from '../../src/domain/stages';
import { statusFromNextDeadline } from '../../src/domain/timescales';
import { normaliseTerms, termsInputFrom, validateTerms } from '../../src/domain/terms';
import { temporaryApprovalStanding, validateExtension } from '../../src/domain/temporary-approval';
import { normalisePostcode } from '../../src/domain/validation/postcode';

const today = '2026-03-18';
const data = generateDemoData({ today, seed: 42 });

/** Every string and number anywhere in the records, for checks that must hold everywhere. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  else out.push(value);
  return out;
}

describe('demo data generator', () => {
  it('makes about 60 households, all marked as demo, with D- references', () => {
    expect(data.households.length).toBeGreaterThanOrEqual(55);
    expect(data.households.length).toBeLessThanOrEqual(65);
    expect(data.households.every((h) => h.isDemo === 1)).toBe(true);
    expect(data.households.every((h) => /^D-\d{4}$/.test(h.reference))).toBe(true);
    expect(new Set(data.households.map((h) => h.reference)).size).toBe(data.households.length);
  });

  it('covers every stage and every off-line state', () => {
    const active = data.households.filter((h) => h.state === 'active');
    expect(new Set(active.map((h) => h.stage))).toEqual(new Set(STAGES));
    expect(new Set(data.households.map((h) => h.state))).toEqual(new Set(LINE_STATES));
    const withdrawn = data.households.filter((h) => h.state === 'withdrawn');
    // Ofsted's AW codes only after an application and before panel; the service's own codes otherwise.
    for (const h of data.households.filter((x) => x.state === 'withdrawn' || x.state === 'closed')) {
      expect(`${h.reference} ${h.outcomeCode} at ${h.stage}: ${ENDING_STAGES[h.outcomeCode as EndingCode]?.includes(h.stage)}`).toMatch(/: true$/);
    }
    expect(withdrawn.filter((h) => isOfstedWithdrawalCode(h.outcomeCode)).map((h) => h.outcomeCode).sort()).toEqual(['AW0', 'AW1', 'AW2', 'AW3', 'AW4', 'AW5']);
    expect(data.households.filter((h) => h.state === 'notApproved').every((h) => h.outcomeCode === 'notApprovedAfterQd' && h.assessment.decision?.qualifying)).toBe(true);
    const onHold = data.households.filter((h) => h.state === 'onHold');
    expect(onHold.some((h) => h.holdUntil! < today)).toBe(true);
    expect(onHold.some((h) => h.holdUntil! > today)).toBe(true);
  });

  it('includes kinship households with temporary approval, a qualifying determination and households with other members', () => {
    const kinship = data.households.filter((h) => h.kind === 'connected');
    expect(kinship.filter((h) => h.assessment.temporaryApproval).length).toBeGreaterThanOrEqual(2);
    expect(data.households.some((h) => h.assessment.decision?.qualifyingDeterminationOn)).toBe(true);
    expect(data.people.some((p) => p.role === 'member')).toBe(true);
    expect(data.staff.length).toBeGreaterThanOrEqual(4);
    expect(data.staff.length).toBeLessThanOrEqual(6);
  });

  it('keeps temporary approval and kinship terms to their rules', () => {
    for (const h of data.households) {
      const t = h.assessment.temporaryApproval;
      if (t) expect(h.kind).toBe('connected');
      if (t?.extensionWeeks) {
        const { extension, extensionWeeks, ...first } = t;
        const form = { weeks: String(extensionWeeks), ...extension!, nominatedOfficer: extension!.nominatedOfficer };
        expect(validateExtension(form, first, today), h.reference).toEqual({ ok: true, value: t });
      }
      const terms = normaliseTerms(h.assessment.terms);
      if (terms) expect(validateTerms(termsInputFrom(terms), h).ok, h.reference).toBe(true);
    }
    const kinshipTerms = data.households.filter((h) => normaliseTerms(h.assessment.terms)?.types.includes('kinship'));
    expect(kinshipTerms.length).toBeGreaterThan(0);
    expect(kinshipTerms.every((h) => h.kind === 'connected' && normaliseTerms(h.assessment.terms)!.namedChild)).toBe(true);
    const standings = data.households.map((h) => temporaryApprovalStanding(h, today)?.kind);
    expect(standings).toContain('running');
  });

  it('dates every move on or before today, in order, after an enquiry in the last 18 months', () => {
    const earliest = addMonths(today, -18);
    for (const h of data.households) {
      expect(h.enquiryOn >= earliest && h.enquiryOn <= today).toBe(true);
      const moves = data.moves.filter((m) => m.householdId === h.id);
      const dates = moves.map((m) => m.on);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d >= h.enquiryOn && d <= today)).toBe(true);
      expect(h.lastMoveOn).toBe(dates.at(-1) ?? h.enquiryOn);
      if (moves.length) expect(moves.at(-1)!.stateAfter).toBe(h.state);
    }
  });

  it('makes only moves the stage rules allow, ending where the household stands', () => {
    const request = (m: Move, final: Household): MoveRequest => {
      const decision = final.assessment.decision;
      switch (m.kind) {
        case 'hold':
          return { kind: 'hold', on: m.on, holdUntil: m.holdUntil!, reason: m.reason };
        case 'withdraw':
          return { kind: 'withdraw', on: m.on, code: m.code as EndingCode, reason: m.reason! };
        case 'close':
          return { kind: 'close', on: m.on, code: m.code as EndingCode, reason: m.reason!, noticeOn: m.noticeOn };
        case 'qualifyingDetermination': {
          const qd = decision!.qualifying!;
          return { kind: 'qualifyingDetermination', on: m.on, mindedTo: qd.mindedTo, reasons: qd.reasons, maker: qd.maker };
        }
        case 'representations':
        case 'independentReview':
          return { kind: m.kind, on: m.on };
        case 'reviewOutcome':
          return { kind: 'reviewOutcome', on: m.on, recommendation: m.code as 'doNotApprove' };
        case 'decision':
          // No terms typed: the decision maker approves on the terms the panel recommended.
          return { kind: 'decision', on: m.on, outcome: m.code as 'approve', maker: decision!.maker! };
        default:
          return { kind: m.kind as 'forward', on: m.on };
      }
    };
    for (const final of data.households) {
      const checks = data.checks.filter((c) => c.householdId === final.id);
      let h: Household = {
        ...final,
        stage: 'enquiry',
        state: 'active',
        lastMoveOn: final.enquiryOn,
        holdUntil: undefined,
        outcomeCode: undefined,
        assessment: { ...final.assessment, decision: undefined, terms: undefined },
      };
      for (const m of data.moves.filter((x) => x.householdId === final.id)) {
        const result = planMove({ household: h, checks, today }, request(m, final));
        expect(result.ok ? 'allowed' : `${final.reference} ${m.kind}: ${JSON.stringify(result.errors)}`).toBe('allowed');
        if (!result.ok) break;
        expect(result.plan.changes).toMatchObject({ stage: m.to, state: m.stateAfter });
        h = { ...h, ...result.plan.changes };
      }
      // What the rules would have written after panel is exactly what the demo data holds.
      expect(h.assessment.decision).toEqual(final.assessment.decision);
      expect(h.assessment.terms).toEqual(final.assessment.terms);
      expect(h.outcomeCode).toEqual(final.outcomeCode);
      expect({ stage: h.stage, state: h.state, stageEnteredOn: h.stageEnteredOn }).toEqual({
        stage: final.stage,
        state: final.state,
        stageEnteredOn: final.stageEnteredOn,
      });
    }
  });

  it('stamps stage dates and approval terms on the assessment', () => {
    const approved = data.households.filter((h) => h.stage === 'approved');
    expect(approved.length).toBeGreaterThan(0);
    for (const h of approved) {
      const a = h.assessment;
      expect([a.initialVisitOn, a.applicationOn, a.stage1StartedOn, a.stage2StartedOn, a.reportCompletedOn, a.panel?.panelOn, a.decision?.decidedOn].every(Boolean)).toBe(true);
      expect(a.terms?.numberOfChildren).toBeGreaterThan(0);
    }
  });

  it('gives stage 1 households checks, some outstanding over 4 weeks and some received', () => {
    const stage1 = new Set(data.households.filter((h) => h.stage === 'stage1' && h.state === 'active').map((h) => h.id));
    const statuses = data.checks.filter((c) => stage1.has(c.householdId)).map((c) => checkStatus(c, today));
    expect(statuses).toContain('overdue');
    expect(statuses).toContain('received');
  });

  it('books a panel in the next 14 days for some households', () => {
    const panels = data.appointments.filter((a) => a.kind === 'panel' && a.on >= today && a.on <= addDays(today, 14));
    expect(panels.length).toBeGreaterThanOrEqual(2);
  });

  it('mixes on track, at risk and breached timescales among open households', () => {
    const open = data.households.filter((h) => isOpen(h.state) && h.stage !== 'approved');
    const statuses = new Set(open.map((h) => statusFromNextDeadline(h.nextDeadlineOn, h.nextDeadlineAtRiskOn, today)));
    expect(statuses).toEqual(new Set(['onTrack', 'atRisk', 'breached']));
  });

  it('keeps every stage, state and timescale status whatever the seed and day', () => {
    const days = ['2025-01-04', '2026-02-28', '2026-12-25', '2027-06-30'];
    for (const [i, day] of days.entries()) {
      for (const seed of [1, 7, 1234 + i]) {
        const d = generateDemoData({ today: day, seed });
        expect(new Set(d.households.map((h) => h.stage))).toEqual(new Set(STAGES));
        expect(new Set(d.households.map((h) => h.state))).toEqual(new Set(LINE_STATES));
        const open = d.households.filter((h) => isOpen(h.state) && h.stage !== 'approved');
        expect(new Set(open.map((h) => statusFromNextDeadline(h.nextDeadlineOn, h.nextDeadlineAtRiskOn, day)))).toEqual(new Set(['onTrack', 'atRisk', 'breached']));
        expect(d.moves.every((m) => m.on <= day)).toBe(true);
        expect(d.households.every((h) => h.enquiryOn >= addMonths(day, -18))).toBe(true);
      }
    }
  });

  it('is the same for the same seed and day, and different for another seed', () => {
    expect(generateDemoData({ today, seed: 42 })).toEqual(data);
    expect(generateDemoData({ today, seed: 43 }).people.map((p) => p.name)).not.toEqual(data.people.map((p) => p.name));
  });

  it('never produces NaN or an invalid date', () => {
    for (const value of leaves(data)) {
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) expect(isIsoDate(value)).toBe(true);
      if (typeof value === 'string') expect(value).not.toMatch(/NaN|undefined|Invalid/);
    }
  });

  it('uses only synthetic contact details', () => {
    for (const d of data.details) {
      expect(d.phone).toMatch(/^(07700900\d{3}|01632960\d{3})$/);
      expect(d.email).toMatch(/@example\.(com|org)$/);
      expect(normalisePostcode(d.postcode)).toBe(d.postcode);
      expect(d.enquiryNotes).toMatch(/demo/i);
    }
    expect(data.staff.every((s) => s.name.includes('(demo)'))).toBe(true);
  });

  it('stores the search and duplicate keys of each household', () => {
    const h = data.households[0]!;
    const person = data.people.find((p) => p.householdId === h.id)!;
    const surname = person.name.split(' ').at(-1)!.toLowerCase();
    expect(h.searchKeys).toContain(surname);
    expect(h.duplicateKeys.some((k) => k.startsWith('email:'))).toBe(true);
  });

  it('raises checks for each person their scope names: two references per applicant, a DBS per adult, a school check per child', () => {
    const raised = data.households.filter((h) => data.checks.some((c) => c.householdId === h.id));
    expect(raised.length).toBeGreaterThan(20);
    for (const h of raised) {
      const checks = data.checks.filter((c) => c.householdId === h.id);
      const people = data.people.filter((p) => p.householdId === h.id);
      const raisedOn = checks.map((c) => c.requestedOn).filter(Boolean).sort()[0] ?? today;
      for (const applicant of people.filter((p) => p.role === 'applicant')) {
        expect(checks.filter((c) => c.type === 'personalReference' && c.personId === applicant.id)).toHaveLength(2);
        expect(checks.find((c) => c.type === 'dbs' && c.personId === applicant.id)?.label).toBe(`Enhanced DBS with barred list: ${applicant.name}`);
      }
      for (const child of people.filter((p) => p.dateOfBirth && !isAdult(p, raisedOn))) {
        expect(checks.filter((c) => c.type === 'education' && c.personId === child.id)).toHaveLength(1);
      }
    }
    expect(data.checks.some((c) => c.type === 'education' && c.personId)).toBe(true);
  });

  it('sends no household to panel or the decision with a check run out, an unconsidered concern or a specified offence', () => {
    for (const h of data.households.filter((x) => isOpen(x.state) && (x.stage === 'panel' || x.stage === 'decision' || x.stage === 'stage2'))) {
      const checks = data.checks.filter((c) => c.householdId === h.id);
      const appointments = data.appointments.filter((a) => a.householdId === h.id);
      const rules = { types: DEFAULT_CHECK_TYPES, today, panelOn: knownPanelDate(h, appointments, today) };
      expect(checksNotStanding(checks, rules, 'Panel')).toEqual([]);
    }
    const concerns = data.checks.filter((c) => c.outcome === 'concern');
    expect(concerns.length).toBeGreaterThan(0);
    expect(concerns.every((c) => c.concernNote)).toBe(true);
  });
});
