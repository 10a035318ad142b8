import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeChange, describeValue } from '../../src/domain/change-words';
import { listOfFields, staleMessage } from '../../src/domain/stale-words';
import { fieldChanges } from '../../src/domain/field-changes';
import { nextRevision } from '../../src/domain/revision';
import { movedSince, staleFields } from '../../src/domain/stale-rule';

const AT = '2026-11-20T10:42:00.000Z';
const names: Record<string, string> = { 'staff-priya': 'Priya Shah' };
const nameOf = (id: string) => names[id];

describe('which changes refuse a form', () => {
  const first = { stage: 'stage2', assessment: { assessorId: 'a', reportStartedOn: '2026-01-01' }, workerId: 'w' };
  const r1 = nextRevision(undefined, first, 'Jo Worker', AT, 't1');

  it('refuses when a field the form covers changed, and not for another field or a derived one', () => {
    const assessor = { ...first, assessment: { ...first.assessment, assessorId: 'b' } };
    const r2 = nextRevision({ ...first, revision: r1 }, assessor, 'Priya Shah', AT, 't2');
    expect(staleFields(r2, r1.rev, ['assessment.assessorId', 'assessment.reportStartedOn'])).toEqual(['assessment.assessorId']);
    expect(staleFields(r2, r1.rev, ['workerId'])).toEqual([]);
    expect(staleFields(r2, r1.rev, ['assessment'])).toEqual(['assessment.assessorId']);
    const deadline = nextRevision({ ...first, revision: r1 }, { ...first, nextDeadlineOn: '2027-01-01' }, 'Priya Shah', AT, 't3');
    expect(staleFields(deadline, r1.rev, ['workerId', 'stage'])).toEqual([]);
  });

  it('treats every covered field as changed when the base is not in the history', () => {
    expect(staleFields(r1, '9-unknown', ['workerId', 'stage'])).toEqual(['workerId', 'stage']);
  });

  it('never refuses a form opened on the current revision, whatever it covers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('stage', 'workerId', 'assessment', 'assessment.assessorId')), (covers) => {
        expect(staleFields(r1, r1.rev, covers)).toEqual([]);
      }),
    );
  });

  it('refuses a move only when the stage or state differ', () => {
    expect(movedSince({ stage: 'enquiry', state: 'active' }, { stage: 'enquiry', state: 'active' })).toBe(false);
    expect(movedSince({ stage: 'initialVisit', state: 'active' }, { stage: 'enquiry', state: 'active' })).toBe(true);
    expect(movedSince({ stage: 'enquiry', state: 'onHold' }, { stage: 'enquiry', state: 'active' })).toBe(true);
  });
});

describe('changes in words', () => {
  it('lists each changed field with its old and new value', () => {
    expect(fieldChanges({ assessorId: 'x', training: [] }, { training: [] }, 'assessment.')).toEqual([{ field: 'assessment.assessorId', from: 'x' }]);
  });

  it('names staff, puts dates and codes in words, and says when nothing is set', () => {
    expect(describeChange({ field: 'assessment.assessorId', from: 'staff-priya' }, nameOf)).toBe('Assessor: Priya Shah → not assigned');
    expect(describeChange({ field: 'stage', from: 'enquiry', to: 'initialVisit' }, nameOf)).toBe('Stage: Enquiry → Initial visit');
    expect(describeValue('assessment.panel.panelOn', '2026-03-03', nameOf)).toBe('3 March 2026');
    expect(describeValue('notNeeded', true, nameOf)).toBe('yes');
    expect(describeValue('workerId', 'gone', nameOf)).toBe('someone no longer on this device');
  });

  it('says who changed what and when, since the form was opened', () => {
    expect(listOfFields(['assessment.assessorId', 'assessment.reportStartedOn'])).toBe('the assessor and the report started on');
    const now = new Date(AT);
    expect(staleMessage('changed the assessor', 'Priya Shah', AT, now)).toMatch(/^Since you opened this form, Priya Shah changed the assessor at \d\d:\d\d\.$/);
    expect(staleMessage('changed the assessor', 'Priya Shah', AT, new Date('2026-12-25T12:00:00Z'))).toMatch(/on 20 November 2026 at \d\d:\d\d\.$/);
  });
});
