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

  it('offers forward, hold, withdraw and close at an enquiry, and no way back', () => {
    expect(availableMoves(h('enquiry'))).toEqual(['forward', 'hold', 'withdraw', 'close']);
  });

  it('offers back once there is a stage to go back to', () => {
    expect(availableMoves(h('stage1'))).toContain('back');
  });

  it('offers the qualifying determination and decision instead of forward at the decision stage', () => {
    expect(availableMoves(h('decision'))).toEqual(['qualifyingDetermination', 'decision', 'back', 'hold', 'withdraw', 'close']);
    const qdMade = { ...h('decision'), assessment: { ...emptyAssessment(), decision: { qualifyingDeterminationOn: '2026-03-02' } } };
    expect(availableMoves(qdMade)).not.toContain('qualifyingDetermination');
  });

  it('offers only taking off hold, withdrawing or closing while on hold', () => {
    expect(availableMoves(h('stage2', 'onHold'))).toEqual(['resume', 'withdraw', 'close']);
  });

  it('offers nothing once approved or off the line', () => {
    expect(availableMoves(h('approved'))).toEqual([]);
    expect(availableMoves(h('stage1', 'withdrawn'))).toEqual([]);
    expect(availableMoves(h('decision', 'notApproved'))).toEqual([]);
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
      terms,
    });
    expect(toMoveRequest('decision', { ...form, outcome: 'doNotApprove' })).toMatchObject({ outcome: 'doNotApprove', terms: undefined });
    expect(toMoveRequest('decision', { ...form, outcome: 'maybe' })).toMatchObject({ outcome: '' });
  });

  it('gives a draft kept without some terms fields every field, blank', () => {
    const old = { ...emptyMoveForm('2026-03-02'), outcome: 'approve', terms: { types: ['longTerm'] } as never };
    expect(toMoveRequest('decision', old)).toMatchObject({ terms: { types: ['longTerm'], ageFrom: '', exemptionUntil: '' } });
  });
});
