import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { constellationsRepo } from '../../src/data/repositories/constellations';
import { loadDemoData, removeDemoData } from '../../src/data/repositories/demo';
import { keepGroupsRepo } from '../../src/data/repositories/keep-groups';

const TODAY = '2026-11-30';

describe('the demo constellations and KEEP groups', () => {
  it('show one constellation short of satellites, one KEEP group with low attendance, and go with the demo data', async () => {
    await loadDemoData('Sam Example', TODAY);
    const { rows } = await constellationsRepo.list(TODAY);
    expect(rows.map((r) => [r.constellation.name, r.standing.satellites])).toEqual(
      expect.arrayContaining([
        ['Northfield', 4],
        ['Southbank', 1],
      ]),
    );
    expect(rows.every((r) => r.standing.warnings.some((w) => w.includes('the model needs at least 6')))).toBe(true);
    expect(rows.find((r) => r.constellation.name === 'Southbank')?.standing.warnings).toContain('45 days since the last peer support meeting');
    const groups = (await keepGroupsRepo.list(TODAY)).rows;
    expect(groups.map((g) => g.group.name).sort()).toEqual(['Autumn KEEP Standard', 'KEEP Safe evening group']);
    expect(groups.find((g) => g.group.name === 'KEEP Safe evening group')?.warnings.some((w) => w.startsWith('Low attendance'))).toBe(true);
    expect(groups.find((g) => g.group.name === 'Autumn KEEP Standard')?.warnings.some((w) => w.startsWith('Low attendance'))).toBe(false);

    await removeDemoData('Sam Example');
    for (const t of ['constellations', 'constellationMembers', 'hubStays', 'supportMeetings', 'keepGroups', 'keepEnrolments', 'keepAttendance'] as const) expect(await db()[t].count()).toBe(0);
  });
});
