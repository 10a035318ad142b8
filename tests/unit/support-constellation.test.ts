import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { constellationStanding, hubNights, membersNotSeen, satelliteRange, type ConstellationMember, type HubStay, type SupportMeeting } from '../../src/domain/support/constellation';

const member = (householdId: string, joinedOn = '2026-01-01', leftOn?: string): ConstellationMember => ({
  id: `m-${householdId}`,
  constellationId: 'c1',
  householdId,
  joinedOn,
  ...(leftOn ? { leftOn } : {}),
  updatedAt: '2026-01-01T00:00:00Z',
});
const stay = (householdId: string, fromOn: string, nights: number, children = 1): HubStay => ({
  id: `s-${householdId}-${fromOn}`,
  constellationId: 'c1',
  householdId,
  fromOn,
  nights,
  children,
  kind: 'sleepover',
  planning: 'planned',
  by: 'Sam Example',
  at: '2026-01-01T00:00:00Z',
});
const meeting = (on: string, attended: string[], kind: SupportMeeting['kind'] = 'peerSupport'): SupportMeeting => ({ id: `mt-${on}`, constellationId: 'c1', on, kind, attended, note: '', by: 'Sam Example', at: '2026-01-01T00:00:00Z' });

describe('satellites against the model’s 6 to 10', () => {
  it('are short below 6, in range from 6 to 10 and over above 10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (n) => {
        expect(satelliteRange(n)).toBe(n < 6 ? 'short' : n > 10 ? 'over' : 'inRange');
      }),
    );
  });

  it('count only households in the constellation today: one that left is not a satellite', () => {
    const members = ['a', 'b', 'c', 'd', 'e'].map((id) => member(id)).concat(member('f', '2026-01-01', '2026-03-01'));
    const s = constellationStanding({ startOn: '2026-01-01', bedsKeptFree: 2 }, members, [], [meeting('2026-03-20', ['a'])], '2026-03-31');
    expect(s.satellites).toBe(5);
    expect(s.warnings).toContain('5 satellite households: the model needs at least 6');
  });
});

describe('hub nights', () => {
  it('count child-nights in the last year against the beds kept free every night', () => {
    const n = hubNights([stay('a', '2026-03-01', 2, 2), stay('b', '2025-01-01', 3)], 2, '2026-03-31');
    expect(n).toEqual({ used: 4, capacity: 730, fullNights: 0 });
  });

  it('stand out on a night with more children than beds kept free', () => {
    const s = constellationStanding({ startOn: '2026-01-01', bedsKeptFree: 2 }, [], [stay('a', '2026-03-01', 2, 2), stay('b', '2026-03-02', 1)], [], '2026-03-10');
    expect(s.nights.fullNights).toBe(1);
    expect(s.warnings).toContain('1 night in the last year with more children at the hub than beds kept free');
  });

  it('never use more than the beds kept free on nights without overbooking', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ day: fc.integer({ min: 0, max: 400 }), nights: fc.integer({ min: 1, max: 5 }), children: fc.integer({ min: 1, max: 3 }) }), { maxLength: 20 }), (rows) => {
        const n = hubNights(rows.map((r, i) => stay(`h${i}`, addDays('2025-06-01', r.day), r.nights, r.children)), 2, '2026-06-01');
        expect(n.used).toBeGreaterThanOrEqual(0);
        if (n.fullNights === 0) expect(n.used).toBeLessThanOrEqual(n.capacity);
      }),
    );
  });
});

describe('peer support meetings', () => {
  it('drift after more than 31 days; social activities do not count', () => {
    const base = { startOn: '2026-01-01', bedsKeptFree: 2 };
    expect(constellationStanding(base, [], [], [meeting('2026-03-01', ['a'])], '2026-04-01').warnings).not.toContain('31 days since the last peer support meeting');
    expect(constellationStanding(base, [], [], [meeting('2026-03-01', ['a']), meeting('2026-03-25', ['a'], 'social')], '2026-04-02').warnings).toContain('32 days since the last peer support meeting');
  });

  it('are not yet due in a constellation’s first month, then stand out if none was held', () => {
    expect(constellationStanding({ startOn: '2026-03-01', bedsKeptFree: 2 }, [], [], [], '2026-03-20').warnings).toEqual(['0 satellite households: the model needs at least 6']);
    expect(constellationStanding({ startOn: '2026-01-01', bedsKeptFree: 2 }, [], [], [], '2026-03-20').warnings).toContain('No peer support meeting held yet');
  });
});

describe('member households not seen in 8 weeks', () => {
  it('are seen at a meeting they came to or a stay at the hub, or when they joined', () => {
    const members = [member('a'), member('b'), member('c'), member('d', '2026-03-01')];
    const notSeen = membersNotSeen(members, [stay('b', '2026-02-20', 1)], [meeting('2026-02-10', ['a'])], '2026-04-05');
    expect(notSeen).toEqual(['c']);
  });

  it('is exactly the day after 8 weeks, never before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), (days) => {
        const seen = membersNotSeen([member('a', '2026-01-01')], [], [], addDays('2026-01-01', days));
        expect(seen.length === 1).toBe(days > 56);
      }),
    );
  });
});
