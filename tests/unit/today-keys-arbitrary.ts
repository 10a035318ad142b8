import fc from 'fast-check';
import { addDays } from '../../src/domain/dates';
import type { Household } from '../../src/domain/household';
import { LINE_STATES, STAGES } from '../../src/domain/stages';
import { household } from './fixtures';

/** Days from this one, so random households fall due around the days a test asks about. */
export const AROUND = '2026-06-10';
export const day = (offset: number) => addDays(AROUND, offset);
const dayNear = fc.integer({ min: -200, max: 200 }).map(day);

/**
 * A household as a row stores it after any history: a stage and state, maybe a next deadline with
 * its first at-risk day (or none, as rows from before that day was kept), maybe a temporary
 * approval decided, under review or waiting. Synthetic, and only the fields Today reads.
 */
export const storedHousehold = (id: string): fc.Arbitrary<Household> =>
  fc
    .record({
      kind: fc.constantFrom('mainstream', 'connected'),
      stage: fc.constantFrom(...STAGES),
      state: fc.constantFrom(...LINE_STATES),
      workerId: fc.constantFrom(undefined, 'st1', 'st2'),
      nextDeadlineOn: fc.option(dayNear, { nil: undefined }),
      atRiskDaysBefore: fc.option(fc.integer({ min: -3, max: 60 }), { nil: undefined }),
      temporaryStartOn: fc.option(dayNear, { nil: undefined }),
      extensionWeeks: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
      decidedOn: fc.option(dayNear, { nil: undefined }),
      irmOn: fc.option(dayNear, { nil: undefined }),
    })
    .map((r) =>
      household({
        id,
        reference: `H-${id}`,
        kind: r.kind,
        stage: r.stage,
        state: r.state,
        workerId: r.workerId,
        nextDeadlineOn: r.nextDeadlineOn,
        nextDeadlineAtRiskOn: r.nextDeadlineOn && r.atRiskDaysBefore !== undefined ? addDays(r.nextDeadlineOn, -r.atRiskDaysBefore) : undefined,
        assessment: {
          training: [],
          ...(r.temporaryStartOn ? { temporaryApproval: { startOn: r.temporaryStartOn, extensionWeeks: r.extensionWeeks } } : {}),
          ...(r.decidedOn || r.irmOn ? { decision: { decidedOn: r.decidedOn, ...(r.irmOn ? { irm: { on: r.irmOn } } : {}) } } : {}),
        },
      }),
    );
