import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/domain/dates';
import { isInPipeline } from '../../src/domain/household';
import { statusFromNextDeadline } from '../../src/domain/timescales';
import { standingWords, temporaryApprovalStanding } from '../../src/domain/temporary-approval';
import { todayKeys } from '../../src/domain/today-keys';
import { day, storedHousehold } from './today-keys-arbitrary';

const anyDay = fc.integer({ min: -260, max: 260 }).map(day);

describe("Today's index keys", () => {
  it('hold a day exactly when the household shows as at risk that day', () => {
    fc.assert(
      fc.property(storedHousehold('h1'), anyDay, (h, today) => {
        const shownAtRisk =
          isInPipeline(h) && isIsoDate(h.nextDeadlineOn) && statusFromNextDeadline(h.nextDeadlineOn, h.nextDeadlineAtRiskOn, today) === 'atRisk';
        const keyed = todayKeys(h).atRiskKeys.filter(([on]) => on === today);
        expect(keyed).toEqual(shownAtRisk ? [[today, h.nextDeadlineOn]] : []);
      }),
      { numRuns: 500 },
    );
  });

  it('keep the last day of a temporary approval exactly while Today may warn of it', () => {
    fc.assert(
      fc.property(storedHousehold('h1'), anyDay, (h, today) => {
        const s = isInPipeline(h) ? temporaryApprovalStanding(h, today) : undefined;
        const warned = s && (s.kind === 'lapsed' || s.kind === 'running') && standingWords(s);
        const { temporaryApprovalDueOn } = todayKeys(h);
        // Warned of only when the last day is within four weeks; keyed for as long as it waits.
        if (warned) expect(temporaryApprovalDueOn).toBe(s.lastDay);
        if (temporaryApprovalDueOn && s?.kind !== 'running' && s?.kind !== 'lapsed') expect.fail(`keyed while ${s?.kind}`);
      }),
      { numRuns: 500 },
    );
  });
});
