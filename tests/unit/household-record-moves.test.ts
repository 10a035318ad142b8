import { describe, expect, it } from 'vitest';
import { emptyAssessment } from '../../src/domain/household';
import { availableMoves } from '../../src/domain/move-options';
import { parseWholeNumber } from '../../src/domain/terms';
import { emptyMoveForm, toMoveRequest } from '../../src/ui/household/MoveRequest';

describe('availableMoves', () => {
  const h = (stage: Parameters<typeof availableMoves>[0]['stage'], state: Parameters<typeof availableMoves>[0]['state'] = 'active') => ({
    stage,
    state,
    assessment: emptyAssessment(),
  });

  const TODAY = '2026-06-30';
  const atDecision = (decision: object, panel: object = { recommendation: 'approve', minutesReceivedOn: '2026-05-04' }) => ({
    ...h('decision'),
    assessment: { ...emptyAssessment(), panel, decision },
  });

  it('offers forward, hold, withdraw and close at an enquiry, and no way back', () => {
    expect(availableMoves(h('enquiry'), TODAY)).toEqual(['forward', 'hold', 'withdraw', 'close']);
  });

  it('offers back once there is a stage to go back to', () => {
    expect(availableMoves(h('stage1'), TODAY)).toContain('back');
  });

  it('offers no decision until the final panel minutes are in, then the decision or a qualifying determination', () => {
    expect(availableMoves(h('decision'), TODAY)).toEqual(['back', 'hold', 'withdraw']);
    expect(availableMoves(atDecision({}), TODAY)).toEqual(['decision', 'qualifyingDetermination', 'back', 'hold', 'withdraw']);
  });

  it('offers representations or an IRM application inside the 28 days, and the decision only after them', () => {
    const qd = atDecision({ qualifyingDeterminationOn: '2026-06-10' });
    expect(availableMoves(qd, TODAY)).toEqual(['representations', 'independentReview', 'back', 'hold', 'withdraw']);
    expect(availableMoves(qd, '2026-07-09')).toContain('decision');
    const review = atDecision({ qualifyingDeterminationOn: '2026-06-10', irm: { on: '2026-06-20' } });
    expect(availableMoves(review, '2026-09-01')).toEqual(['reviewOutcome', 'back', 'hold', 'withdraw']);
  });

  it('offers no closure after panel: what the panel says is a recommendation, not an ending', () => {
    expect(availableMoves(h('panel'), TODAY)).not.toContain('close');
    expect(availableMoves(h('panel'), TODAY)).toContain('withdraw');
  });

  it('offers only taking off hold, withdrawing or closing while on hold', () => {
    expect(availableMoves(h('stage2', 'onHold'), TODAY)).toEqual(['resume', 'withdraw', 'close']);
  });

  it('offers reopening a withdrawn or closed household, and nothing once approved or not approved', () => {
    expect(availableMoves(h('approved'), TODAY)).toEqual([]);
    expect(availableMoves(h('stage1', 'withdrawn'), TODAY)).toEqual(['reopen']);
    expect(availableMoves(h('stage1', 'closed'), TODAY)).toEqual(['reopen']);
    expect(availableMoves(h('decision', 'notApproved'), TODAY)).toEqual([]);
  });
});

describe('move form parsing', () => {
  it('reads whole numbers and turns anything else into undefined, never NaN', () => {
    expect(parseWholeNumber(' 12 ')).toBe(12);
    expect(parseWholeNumber('0')).toBe(0);
    for (const junk of ['', ' ', 'five', '1.5', '-1', '1e2', '12abc', '1234']) expect(parseWholeNumber(junk)).toBeUndefined();
  });

  it('sends terms only with an approval', () => {
    const terms = { ...emptyMoveForm('2026-03-02').terms, types: ['longTerm'], ageFrom: '5', ageTo: 'x', numberOfChildren: '2', siblingGroups: 'yes' };
    const form = { ...emptyMoveForm('2026-03-02'), outcome: 'approve', terms };
    expect(toMoveRequest('decision', form)).toEqual({
      kind: 'decision',
      on: '2026-03-02',
      outcome: 'approve',
      reason: '',
      maker: { name: '', role: '' },
      terms,
    });
    expect(toMoveRequest('decision', { ...form, outcome: 'doNotApprove' })).toMatchObject({ outcome: 'doNotApprove', terms: undefined });
    expect(toMoveRequest('decision', { ...form, outcome: 'maybe' })).toMatchObject({ outcome: '' });
  });

  it('sends no terms when none were typed, so the terms the panel recommended apply', () => {
    const form = { ...emptyMoveForm('2026-03-02'), outcome: 'approve', makerName: 'Dana Reyes', makerRole: 'Head of service' };
    expect(toMoveRequest('decision', form)).toMatchObject({ terms: undefined, maker: { name: 'Dana Reyes', role: 'Head of service' } });
  });

  it('sends the written notice date only with the stage 1 unsuitable ending', () => {
    const form = { ...emptyMoveForm('2026-03-02'), code: 'unsuitableStage1', noticeOn: ' 2026-03-01 ', reason: 'Specified offence' };
    expect(toMoveRequest('close', form)).toMatchObject({ code: 'unsuitableStage1', noticeOn: '2026-03-01' });
    expect(toMoveRequest('close', { ...form, code: 'lapsed' })).not.toHaveProperty('noticeOn');
  });

  it('gives a draft kept without some terms fields every field, blank', () => {
    const old = { ...emptyMoveForm('2026-03-02'), outcome: 'approve', terms: { types: ['longTerm'] } as never };
    expect(toMoveRequest('decision', old)).toMatchObject({ terms: { types: ['longTerm'], ageFrom: '', exemptionUntil: '' } });
  });
});
