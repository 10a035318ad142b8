import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptyPlan, planMergeSteps, STEP_ROWS, WHOLE_RECORD } from '../../src/domain/merge/plan';
import { referenceNumber } from '../../src/domain/merge/references';
import { summarise } from '../../src/domain/merge/summary';
import { addNote, content, copy, createHousehold, device, edit, exported, localView, merged, plan, remove, type Device } from './merge-model';

function shared(): Device {
  const base = device('Tablet 1');
  createHousehold(base, 'h1', 'Examplesmith');
  createHousehold(base, 'h2', 'Samplewood');
  return base;
}

describe('planning a merge', () => {
  it('plans a large backup in steps of a few hundred records, to the same plan as all at once', () => {
    const here = shared();
    const there = copy(here, 'Tablet 2');
    for (let i = 3; i < 200; i++) createHousehold(there, `h${i}`, 'Fictionby');
    for (let i = 3; i < 200; i++) addNote(there, `h${i}`, `n${i}`);
    const incoming = exported(there);
    const steps = planMergeSteps(localView(here, incoming), incoming, { by: 'Merger on Tablet 1', at: '2026-11-28T10:00:00.000Z', token: () => 'same' });
    const done: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) done.push(next.value);

    expect(done.length).toBeGreaterThan(3);
    expect(done.every((n, i) => n - (done[i - 1] ?? 0) === STEP_ROWS)).toBe(true);
    expect(next.value).toEqual(plan(here, there));
  });

  it('adds what only the other device has, and says so in words', () => {
    const here = shared();
    const there = copy(here, 'Tablet 2');
    createHousehold(there, 'h3', 'Fictionby');
    addNote(there, 'h1', 'n1');
    const p = plan(here, there);
    expect(p.writes.households?.map((h) => h.id)).toEqual(['h3']);
    expect(p.appended.notes?.map((n) => n.id)).toEqual(['n1']);
    expect(summarise(p).sentences[0]).toBe('Adds 1 household, 1 household’s contact details, 1 person and 1 note.');
  });

  it('takes a change made on one side only, and keeps a change made here', () => {
    const here = shared();
    const there = copy(here, 'Tablet 2');
    edit(there, 'households', 'h1', { stage: 'initialVisit' });
    edit(here, 'households', 'h2', { workerId: 's2' });
    const after = merged(here, there);
    expect(after.tables.households!.get('h1')!.stage).toBe('initialVisit');
    expect(after.tables.households!.get('h2')!.workerId).toBe('s2');
  });

  it('lists the same field changed on both sides as a conflict with both values, who and when', () => {
    const here = shared();
    const there = copy(here, 'Tablet 2');
    edit(here, 'householdDetails', 'h1', { postcode: 'LS2 7AA' });
    edit(there, 'householdDetails', 'h1', { postcode: 'LS6 3BB' });
    const p = plan(here, there);
    expect(p.conflicts).toEqual([
      expect.objectContaining({ table: 'householdDetails', recordId: 'h1', householdId: 'h1', path: 'postcode', local: 'LS2 7AA', incoming: 'LS6 3BB', localBy: 'Worker on Tablet 1', incomingBy: 'Worker on Tablet 2' }),
    ]);
    expect(p.writes.householdDetails?.[0]?.postcode).toBe('LS2 7AA');
    expect(summarise(p).sentences).toContain('1 conflict to settle: both devices changed the same thing.');
  });

  it('removes a record removed there and unchanged here, and asks when it was changed here', () => {
    const here = shared();
    const there = copy(here, 'Tablet 2');
    remove(there, 'households', 'h1');
    remove(there, 'households', 'h2');
    edit(here, 'people', 'h2-p1', { name: 'Alexandra Samplewood' });
    const p = plan(here, there);
    expect(p.removals.filter((r) => r.table === 'households').map((r) => r.recordId)).toEqual(['h1']);
    expect(p.conflicts).toEqual(
      expect.arrayContaining([expect.objectContaining({ table: 'households', recordId: 'h2', path: WHOLE_RECORD, local: 'kept', incoming: 'removed' })]),
    );
    const after = merged(here, there);
    expect(after.tables.households!.has('h1')).toBe(false);
    expect(after.tables.people!.get('h2-p1')!.name).toBe('Alexandra Samplewood');
  });

  it('gives an incoming household whose reference is taken here the next one, and moves the counter past both sides', () => {
    const here = shared();
    const there = copy(here, 'Tablet 2');
    createHousehold(here, 'h3', 'Fictionby');
    createHousehold(there, 'h4', 'Madeupson');
    const p = plan(here, there);
    expect(p.renumbered).toEqual([{ householdId: 'h4', from: 'H-0003', to: 'H-0004' }]);
    expect(p.counter).toBe(5);
    expect(summarise(p).sentences).toContain('1 household gets a new reference, as theirs is another household’s here: H-0003 becomes H-0004.');
  });
});

type Op =
  | { kind: 'create'; surname: string }
  | { kind: 'stage'; h: number; stage: string }
  | { kind: 'postcode'; h: number; postcode: string }
  | { kind: 'note'; h: number }
  | { kind: 'remove'; h: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), surname: fc.constantFrom('Examplesmith', 'Samplewood') }),
  fc.record({ kind: fc.constant('stage' as const), h: fc.nat(3), stage: fc.constantFrom('initialVisit', 'application') }),
  fc.record({ kind: fc.constant('postcode' as const), h: fc.nat(3), postcode: fc.constantFrom('LS2 7AA', 'LS6 3BB') }),
  fc.record({ kind: fc.constant('note' as const), h: fc.nat(3) }),
  fc.record({ kind: fc.constant('remove' as const), h: fc.nat(3) }),
);

let created = 0;
function run(d: Device, ops: Op[]): Device {
  for (const o of ops) {
    const ids = [...d.tables.households!.keys()];
    const id = 'h' in o ? ids[o.h % Math.max(ids.length, 1)] : undefined;
    if (o.kind === 'create') createHousehold(d, `${d.name}-${++created}`, o.surname);
    else if (!id) continue;
    else if (o.kind === 'stage') edit(d, 'households', id, { stage: o.stage });
    else if (o.kind === 'postcode') edit(d, 'householdDetails', id, { postcode: o.postcode });
    else if (o.kind === 'note') addNote(d, id, `${d.name}-note-${++created}`);
    else remove(d, 'households', id);
  }
  return d;
}

function references(d: Device): string[] {
  return [...d.tables.households!.values()].map((h) => h.reference as string);
}

describe('merge properties', () => {
  const sides = fc.tuple(fc.array(op, { maxLength: 8 }), fc.array(op, { maxLength: 8 }));

  it('merging the same records twice changes nothing the second time', () => {
    fc.assert(
      fc.property(sides, ([left, right]) => {
        const base = shared();
        const a = run(copy(base, 'A'), left);
        const b = run(copy(base, 'B'), right);
        const once = merged(b, a);
        expect(isEmptyPlan(plan(once, a))).toBe(true);
      }),
    );
  });

  it('merging A into B and the result back into A leaves both holding the same records', () => {
    fc.assert(
      fc.property(sides, ([left, right]) => {
        const base = shared();
        const a = run(copy(base, 'A'), left);
        const b = run(copy(base, 'B'), right);
        const b1 = merged(b, a);
        const a1 = merged(a, b1);
        expect(content(a1)).toEqual(content(b1));
        expect(a1.counter).toBe(b1.counter);
        expect(isEmptyPlan(plan(b1, a1))).toBe(true);
      }),
    );
  });

  it('never gives two households one reference, and the counter ends above every reference', () => {
    fc.assert(
      fc.property(sides, ([left, right]) => {
        const base = shared();
        const b1 = merged(run(copy(base, 'B'), right), run(copy(base, 'A'), left));
        const refs = references(b1);
        expect(new Set(refs).size).toBe(refs.length);
        for (const r of refs) expect(referenceNumber(r)).toBeLessThan(b1.counter);
      }),
    );
  });

  it('keeps every note either side wrote on a household still here', () => {
    fc.assert(
      fc.property(sides, ([left, right]) => {
        const base = shared();
        const a = run(copy(base, 'A'), left);
        const b = run(copy(base, 'B'), right);
        const b1 = merged(b, a);
        for (const side of [a, b]) {
          for (const [id, note] of side.tables.notes!) {
            if (b1.tables.households!.has(note.householdId as string)) expect(b1.tables.notes!.has(id)).toBe(true);
          }
        }
      }),
    );
  });
});
