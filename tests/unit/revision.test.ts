import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedPaths,
  changedSince,
  compareRevisions,
  fieldPaths,
  legacyRevision,
  mergeRows,
  nextRevision,
  type Revised,
} from '../../src/domain/revision';

type Row = Revised & { id: string; stage?: string; assessment?: { assessorId?: string; panel?: { panelOn?: string } }; updatedAt?: string };

let n = 0;
const token = () => `t${++n}`;
const at = '2026-11-30T10:00:00.000Z';

/** Writes `patch` over `row` as the repositories do: a new revision naming what changed. */
function edit(row: Row, patch: Partial<Row>, by = 'Sam Example'): Row {
  const after = { ...row, ...patch };
  return { ...after, revision: nextRevision(row, after, by, at, token()) };
}
function create(row: Row, by = 'Sam Example'): Row {
  return { ...row, revision: nextRevision(undefined, row, by, at, token()) };
}

describe('revisions', () => {
  it('walks nested records into field paths and leaves derived fields out', () => {
    expect(fieldPaths({ id: 'h1', assessment: { panel: { panelOn: '2026-01-02' }, training: [] }, updatedAt: 'x', searchKeys: ['a'] })).toEqual({
      id: 'h1',
      'assessment.panel.panelOn': '2026-01-02',
      'assessment.training': [],
    });
    expect(changedPaths({ id: 'h1', stage: 'a', updatedAt: '1' }, { id: 'h1', stage: 'b', updatedAt: '2' })).toEqual(['stage']);
  });

  it('counts generations and names the fields each change set', () => {
    const a = create({ id: 'h1', stage: 'enquiry' });
    expect(a.revision!.rev).toMatch(/^1-/);
    const b = edit(a, { assessment: { assessorId: 's1' } });
    expect(b.revision!.rev).toMatch(/^2-/);
    expect(b.revision!.revs).toEqual([b.revision!.rev, a.revision!.rev]);
    expect(changedSince(b.revision!, a.revision!.rev)).toEqual(['assessment.assessorId']);
    expect(changedSince(b.revision!, b.revision!.rev)).toEqual([]);
    expect(changedSince(b.revision!, '9-unknown')).toBeUndefined();
  });

  it('keeps the revision when only derived fields change', () => {
    const a = create({ id: 'h1', stage: 'enquiry' });
    expect(edit(a, { updatedAt: 'later' }).revision).toEqual(a.revision);
  });

  it('gives identical legacy records the same first revision on every device', () => {
    const row = { id: 'h1', stage: 'stage1', assessment: { assessorId: 's1' } };
    expect(legacyRevision(row, at, 'a').rev).toBe(legacyRevision(structuredClone(row), 'other', 'b').rev);
    expect(legacyRevision(row, at, 'a').rev).not.toBe(legacyRevision({ ...row, stage: 'stage2' }, at, 'a').rev);
  });

  it('takes a change made on one side only, and keeps local when it is ahead', () => {
    const base = create({ id: 'h1', stage: 'enquiry' });
    const newer = edit(base, { stage: 'initialVisit' });
    expect(compareRevisions(base.revision!, newer.revision!)).toBe('incomingIsNewer');
    expect(mergeRows(base, newer, 'Merger', at, token())).toMatchObject({ kind: 'takeIncoming', row: { stage: 'initialVisit' } });
    expect(mergeRows(newer, base, 'Merger', at, token())).toEqual({ kind: 'keepLocal' });
    expect(mergeRows(newer, structuredClone(newer), 'Merger', at, token())).toEqual({ kind: 'keepLocal' });
  });

  it('merges different fields changed on both sides, and lists the same field changed on both as a conflict', () => {
    const base = create({ id: 'h1', stage: 'stage2', assessment: { assessorId: 's1' } });
    const here = edit(base, { stage: 'panel' }, 'Priya Here');
    const there = edit(base, { assessment: { assessorId: 's2' } }, 'Tom There');
    const merged = mergeRows(here, there, 'Merger', at, token());
    expect(merged.kind).toBe('merged');
    if (merged.kind !== 'merged') return;
    expect(merged.row).toMatchObject({ stage: 'panel', assessment: { assessorId: 's2' } });
    expect(merged.conflicts).toEqual([]);

    const clash = edit(base, { assessment: { assessorId: 's3' } }, 'Alex Clash');
    const withConflict = mergeRows(there, clash, 'Merger', at, token());
    if (withConflict.kind !== 'merged') throw new Error('expected a merge');
    expect(withConflict.row.assessment?.assessorId).toBe('s2');
    expect(withConflict.conflicts).toEqual([
      expect.objectContaining({ path: 'assessment.assessorId', local: 's2', incoming: 's3', localBy: 'Tom There', incomingBy: 'Alex Clash' }),
    ]);
    // The same incoming version merged again changes nothing and lists nothing again.
    expect(mergeRows(withConflict.row, clash, 'Merger', at, token())).toEqual({ kind: 'keepLocal' });
  });

  it('lists the conflict on the device whose value a merge set aside, when that merge reaches it, and stops once someone sets the field again', () => {
    const base = create({ id: 'h1', stage: 'stage2', assessment: { assessorId: 's1' } });
    const first = edit(base, { assessment: { assessorId: 's2' } }, 'Tom First');
    const second = edit(base, { assessment: { assessorId: 's3' } }, 'Alex Second');
    // The second device meets the first's change, keeps its own value and lists the conflict.
    const onSecond = mergeRows(second, first, 'Alex Second', at, token());
    if (onSecond.kind !== 'merged') throw new Error('expected a merge');
    expect(onSecond.conflicts.map((c) => [c.local, c.incoming])).toEqual([['s3', 's2']]);

    // The first device then takes that merge: the same value everywhere, and its own listed beside it.
    const onFirst = mergeRows(first, onSecond.row, 'Tom First', at, token());
    if (onFirst.kind !== 'merged') throw new Error('expected the conflict to be listed on the first device too');
    expect(onFirst.row.assessment?.assessorId).toBe('s3');
    expect(onFirst.row.revision).toEqual(onSecond.row.revision);
    expect(onFirst.conflicts).toEqual([expect.objectContaining({ path: 'assessment.assessorId', local: 's2', incoming: 's3', localBy: 'Tom First', incomingBy: 'Alex Second' })]);

    // Settled on either device by setting the field: the next device to take it has nothing to list.
    const settled = edit(onSecond.row, { assessment: { assessorId: 's2' } }, 'Alex Second');
    expect(settled.revision?.setAside).toBeUndefined();
    expect(mergeRows(first, settled, 'Tom First', at, token())).toMatchObject({ kind: 'takeIncoming', row: { assessment: { assessorId: 's2' } } });
    // A change to another field leaves the conflict waiting.
    const other = edit(onSecond.row, { stage: 'panel' }, 'Alex Second');
    expect(mergeRows(first, other, 'Tom First', at, token())).toMatchObject({ kind: 'merged', conflicts: [expect.objectContaining({ local: 's2' })] });
  });

  it('lists a removal on one side against a change on the other as a conflict', () => {
    const base = create({ id: 'h1', assessment: { panel: { panelOn: '2026-01-01' } } });
    const removed = edit(base, { assessment: {} });
    const changed = edit(base, { assessment: { panel: { panelOn: '2026-02-02' } } });
    const merged = mergeRows(removed, changed, 'Merger', at, token());
    expect(merged.kind === 'merged' && merged.conflicts.map((c) => c.path)).toEqual(['assessment.panel.panelOn']);
  });

  it('merging is order-free for values: both orders give the same fields or the same conflicts', () => {
    const stages = ['enquiry', 'initialVisit', 'application', 'stage1'];
    const workers = ['s1', 's2', 's3'];
    const change = fc.record({ stage: fc.option(fc.constantFrom(...stages), { nil: undefined }), assessorId: fc.option(fc.constantFrom(...workers), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 3 }), fc.array(change, { maxLength: 3 }), (left, right) => {
        const base = create({ id: 'h1', stage: 'enquiry', assessment: { assessorId: 's1' } });
        const apply = (changes: typeof left) =>
          changes.reduce<Row>((row, c) => edit(row, { ...(c.stage ? { stage: c.stage } : {}), ...(c.assessorId ? { assessment: { assessorId: c.assessorId } } : {}) }), base);
        const a = apply(left);
        const b = apply(right);
        const ab = mergeRows(a, b, 'M', at, token());
        const ba = mergeRows(b, a, 'M', at, token());
        const fields = (m: ReturnType<typeof mergeRows<Row>>, local: Row) =>
          m.kind === 'keepLocal' ? fieldPaths(local) : fieldPaths(m.row);
        const conflicts = (m: ReturnType<typeof mergeRows<Row>>) => (m.kind === 'merged' ? m.conflicts.map((c) => c.path).sort() : []);
        expect(conflicts(ab)).toEqual(conflicts(ba));
        if (conflicts(ab).length === 0) expect(fields(ab, a)).toEqual(fields(ba, b));
        // A side that changed nothing never causes a conflict.
        if (left.length === 0 || right.length === 0) expect(conflicts(ab)).toEqual([]);
      }),
    );
  });
});
