import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incomingKeys, planMerge, type LocalView } from '../../src/domain/merge/plan';
import { nextRevision, type Revised } from '../../src/domain/revision';
import { docsToIncoming, parseDocId, recordToDoc, removalToDoc, type SyncDoc } from '../../src/domain/sync/documents';
import { foldLeaves } from '../../src/domain/sync/leaves';
import { couchRev, couchRevisions, hasInHistory } from '../../src/domain/sync/revs';

type Row = Revised & Record<string, unknown> & { id: string; stage?: string; reference?: string; assessment?: { assessorId?: string } };

const at = '2026-11-30T10:00:00.000Z';
let n = 0;
const token = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function create(row: Row, by = 'Sam Example'): Row {
  return { ...row, revision: nextRevision(undefined, row, by, at, token()) };
}
function edit(row: Row, patch: Partial<Row>, by = 'Sam Example', when = at): Row {
  const after = { ...row, ...patch };
  return { ...after, revision: nextRevision(row, after, by, when, token()) };
}
function doc(row: Row): SyncDoc {
  return recordToDoc('households', row, at)!;
}

function emptyLocal(): LocalView {
  return { rows: {}, appendOnly: {}, removals: new Map(), householdParts: new Map(), referenceHolders: new Map(), counter: 1 };
}
function localWith(row: Row): LocalView {
  const local = emptyLocal();
  local.rows.households = new Map([[row.id, row]]);
  local.referenceHolders.set(String(row.reference), row.id);
  return local;
}
function pull(local: LocalView, docs: SyncDoc[]) {
  const incoming = docsToIncoming(docs, "the team's server");
  incomingKeys(incoming);
  return planMerge(local, incoming, { by: 'Sync', at, token });
}

describe('records as documents', () => {
  it('names each record by its table and key, and reads the name back', () => {
    const household = create({ id: 'h1', stage: 'enquiry', reference: 'H-0001' });
    const d = doc(household);
    expect(d._id).toBe('households:h1');
    expect(parseDocId(d._id)).toEqual({ table: 'households', key: 'h1' });
    expect(parseDocId('_design/x')).toBeUndefined();
    expect(parseDocId('somethingElse:1')).toBeUndefined();
    expect(docsToIncoming([d], 'server').tables.households).toEqual([household]);
  });

  it('keeps device settings on the device and sends the service settings', () => {
    expect(recordToDoc('settings', { key: 'currentStaffId', value: 's1' }, at)).toBeUndefined();
    expect(recordToDoc('settings', { key: 'localTargets', value: {} }, at)?._id).toBe('settings:localTargets');
  });

  it('writes an audit entry once, at generation 1, the same on every device', () => {
    const event = { id: 'e1', householdId: 'h1', summary: 'Enquiry received' };
    const a = recordToDoc('events', event, at)!;
    expect(a._rev).toMatch(/^1-[0-9a-f]{32}$/);
    expect(recordToDoc('events', { ...event }, '2027-01-01T00:00:00.000Z')!._rev).toBe(a._rev);
  });

  it('makes a removal a tombstone one generation past what it removed, keeping the note', () => {
    const household = edit(create({ id: 'h1', stage: 'enquiry' }), { stage: 'initialVisit' });
    const removal = { table: 'households', recordId: 'h1', rev: household.revision!.rev, revs: household.revision!.revs, deletedAt: at, deletedBy: 'Sam Example' };
    const tomb = removalToDoc(removal)!;
    expect(tomb._deleted).toBe(true);
    expect(tomb._revisions!.start).toBe(3);
    expect(tomb._revisions!.ids.slice(1)).toEqual(couchRevisions(household.revision!).ids);
    expect(docsToIncoming([tomb], 'server').tables.deletions).toEqual([removal]);
  });

  it('gives every revision a CouchDB _rev that depends on nothing but the revision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.uuid(), (gen, id) => {
        const rev = `${gen}-${id}`;
        expect(couchRev(rev)).toBe(couchRev(rev));
        expect(couchRev(rev)).toMatch(new RegExp(`^${gen}-[0-9a-f]{32}$`));
      }),
    );
  });

  it('sends the line of ancestors, one per generation, newest first', () => {
    let row = create({ id: 'h1', stage: 'enquiry' });
    for (const stage of ['initialVisit', 'application', 'stage1']) row = edit(row, { stage });
    const revs = couchRevisions(row.revision!);
    expect(revs.start).toBe(4);
    expect(revs.ids).toHaveLength(4);
    expect(doc(row)._rev).toBe(couchRev(row.revision!.rev));
  });

  it('leaves out a document whose body does not match its id', () => {
    const d = doc(create({ id: 'h1' }));
    expect(docsToIncoming([{ ...d, _id: 'households:h2' }], 'server').tables.households).toBeUndefined();
  });
});

describe('a version this device already holds', () => {
  it('is its own version or one it has built on, never a later or a parallel one', () => {
    const first = create({ id: 'h1', stage: 'enquiry' });
    const second = edit(first, { stage: 'initialVisit' });
    const elsewhere = edit(first, { stage: 'withdrawn' });
    const history = doc(second)._revisions!;
    expect(hasInHistory(history, doc(second)._rev)).toBe(true);
    expect(hasInHistory(history, doc(first)._rev)).toBe(true);
    expect(hasInHistory(doc(first)._revisions!, doc(second)._rev)).toBe(false);
    expect(hasInHistory(history, doc(elsewhere)._rev)).toBe(false);
    expect(hasInHistory(history, 'not-a-revision')).toBe(false);
  });
});

describe('pulling changes', () => {
  const base = create({ id: 'h1', stage: 'enquiry', reference: 'H-0001', assessment: { assessorId: 'a' } });
  const stages = fc.constantFrom('initialVisit', 'application', 'stage1', 'stage2');
  const assessors = fc.constantFrom('b', 'c', 'd');

  it('takes a change made only on the server, and lists nothing', () => {
    fc.assert(
      fc.property(stages, (stage) => {
        const plan = pull(localWith(base), [doc(edit(base, { stage }))]);
        expect(plan.writes.households?.[0]?.stage).toBe(stage);
        expect(plan.conflicts).toEqual([]);
      }),
    );
  });

  it('keeps a change made only here, and lists nothing', () => {
    fc.assert(
      fc.property(stages, (stage) => {
        const plan = pull(localWith(edit(base, { stage })), [doc(base)]);
        expect(plan.writes.households ?? []).toEqual([]);
        expect(plan.conflicts).toEqual([]);
      }),
    );
  });

  it('joins changes to different fields, and lists the same field changed on both sides without guessing', () => {
    fc.assert(
      fc.property(stages, assessors, assessors, (stage, here, there) => {
        const local = edit(base, { assessment: { assessorId: here } }, 'Priya Example');
        const server = edit(base, { stage, assessment: { assessorId: there } }, 'Jo Example');
        const plan = pull(localWith(local), [doc(server)]);
        const written = plan.writes.households![0]!;
        expect(written.stage).toBe(stage);
        expect((written.assessment as { assessorId: string }).assessorId).toBe(here);
        if (here === there) expect(plan.conflicts).toEqual([]);
        else expect(plan.conflicts.map((c) => [c.path, c.local, c.incoming, c.incomingBy])).toEqual([['assessment.assessorId', here, there, 'Jo Example']]);
      }),
    );
  });

  it('folds two versions the server holds the same way on every device, listing the field both changed', () => {
    const one = edit(base, { stage: 'application' }, 'Priya Example', '2026-11-30T11:00:00.000Z');
    const two = edit(base, { stage: 'stage1' }, 'Jo Example', '2026-11-30T12:00:00.000Z');
    const a = foldLeaves('households', 'h1', [doc(one), doc(two)])!;
    const b = foldLeaves('households', 'h1', [doc(two), doc(one)])!;
    expect(a.doc.row).toEqual(b.doc.row);
    expect(a.conflicts.map((c) => [c.path, c.local, c.incoming])).toHaveLength(1);
    expect([a.conflicts[0]!.local, a.conflicts[0]!.incoming].sort()).toEqual(['application', 'stage1']);
    expect(foldLeaves('households', 'h1', [doc(one), doc(edit(one, { stage: 'stage2' }))])!.conflicts).toEqual([]);
  });
});
