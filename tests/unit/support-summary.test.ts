import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { carerFollowUps } from '../../src/domain/support/follow-ups';
import { carerStanding } from '../../src/domain/support/register';
import { vacancyFollowUp } from '../../src/domain/support/register-follow-ups';
import { supportSummary, summaryRecords } from '../../src/domain/support/summary';
import { DEFAULT_TIERS } from '../../src/domain/support/tiers';
import type { CarerHousehold } from '../../src/domain/support/carer';

const APPROVED = '2025-01-15';
const day = (n: number) => addDays(APPROVED, n);

const carerArb = fc.record({
  tierId: fc.constantFrom(undefined, ...DEFAULT_TIERS.map((t) => t.id)),
  places: fc.integer({ min: 0, max: 4 }),
  onRegister: fc.constantFrom(0 as const, 1 as const),
  extraReview: fc.option(fc.record({ on: fc.integer({ min: 0, max: 900 }).map(day), reason: fc.constantFrom('allegation' as const, 'significantChange' as const) }), { nil: undefined }),
  tsdCompletedOn: fc.option(fc.integer({ min: 0, max: 900 }).map(day), { nil: undefined }),
});

const recordsArb = fc.record({
  people: fc.constant([]),
  visits: fc.array(fc.integer({ min: 0, max: 900 }).map((n) => ({ on: day(n) })), { maxLength: 8 }),
  reviews: fc.array(fc.integer({ min: 0, max: 900 }).map((n) => ({ on: day(n) })), { maxLength: 4 }),
  placements: fc.array(
    fc.record({ start: fc.integer({ min: 0, max: 900 }), length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }) }).map(({ start, length }) => ({
      startOn: day(start),
      ...(length === undefined ? {} : { endOn: day(start + length) }),
    })),
    { maxLength: 5 },
  ),
});

function carerOf(c: { tierId?: string | undefined; places: number; onRegister: 0 | 1; extraReview?: CarerHousehold['extraReview'] | undefined; tsdCompletedOn?: string | undefined }): CarerHousehold {
  return {
    householdId: 'h1',
    reference: 'H-0001',
    approvedOn: APPROVED,
    connected: false,
    terms: { types: ['shortTerm'], ageFrom: 0, ageTo: 17, numberOfChildren: c.places, siblingGroups: false },
    onRegister: c.onRegister,
    isDemo: 0,
    updatedAt: `${APPROVED}T09:00:00.000Z`,
    ...(c.tierId ? { tierId: c.tierId } : {}),
    ...(c.extraReview ? { extraReview: c.extraReview } : {}),
    ...(c.tsdCompletedOn ? { tsdCompletedOn: c.tsdCompletedOn } : {}),
  };
}

describe("a carer household's support summary", () => {
  it('gives the list the same standing as every visit, review and placement would, on any day (property)', () => {
    fc.assert(
      fc.property(carerArb, recordsArb, fc.integer({ min: 0, max: 1000 }), (c, records, t) => {
        const carer = carerOf(c);
        const today = day(t);
        const fromSummary = carerStanding(carer, summaryRecords(supportSummary(records)), DEFAULT_TIERS, today);
        expect(fromSummary).toEqual(carerStanding(carer, records, DEFAULT_TIERS, today));
      }),
    );
  });

  it('gives Today the same reviews, visits, quiet households and vacancies as the full records would (property)', () => {
    fc.assert(
      fc.property(carerArb, recordsArb, fc.integer({ min: 0, max: 1000 }), (c, records, t) => {
        const carer = carerOf(c);
        const today = day(t);
        const summary = summaryRecords(supportSummary(records));
        expect(carerFollowUps(carer, summary.visits, summary.reviews, DEFAULT_TIERS, today)).toEqual(carerFollowUps(carer, records.visits, records.reviews, DEFAULT_TIERS, today));
        expect(vacancyFollowUp(carer, summary.placements, today)).toEqual(vacancyFollowUp(carer, records.placements, today));
      }),
    );
  });

  it('names the household by its applicants in their order, or everyone when no applicant is left', () => {
    const people = [
      { name: 'Kim Memberfield', role: 'member', order: 0 },
      { name: 'Bo Summaryton', role: 'applicant', order: 1 },
      { name: 'Ann Summaryton', role: 'applicant', order: 0 },
    ];
    expect(supportSummary({ people, visits: [], reviews: [], placements: [] }).names).toBe('Ann Summaryton and Bo Summaryton');
    expect(supportSummary({ people: [people[0]!], visits: [], reviews: [], placements: [] }).names).toBe('Kim Memberfield');
  });

  it('keeps the latest visit and review and each placement’s dates, nothing else', () => {
    const placements = [
      { startOn: '2026-02-01', endOn: '2026-03-01', ageBand: '5to10', siblingGroup: false, shortBreak: false, ending: 'planned' },
      { startOn: '2025-11-01', ageBand: 'under5', siblingGroup: false, shortBreak: true },
    ];
    const summary = supportSummary({ people: [], visits: [{ on: '2026-03-01' }, { on: '2026-05-04' }, { on: '2026-04-01' }], reviews: [{ on: '2026-01-10' }], placements });
    expect(summary).toEqual({
      names: '',
      lastVisitOn: '2026-05-04',
      lastReviewOn: '2026-01-10',
      placements: [{ startOn: '2025-11-01' }, { startOn: '2026-02-01', endOn: '2026-03-01' }],
    });
    expect(supportSummary({ people: [], visits: [], reviews: [], placements: [] })).toEqual({ names: '', placements: [] });
  });
});
