import { describe, expect, it } from 'vitest';
import { emptyTermsInput } from '../../src/domain/terms';
import {
  addTraining,
  papersWarning,
  validatePanel,
  validateStage2,
  validateTraining,
} from '../../src/domain/assessment-edit';

const today = '2026-06-15';
const TERMS = { ...emptyTermsInput(), types: ['longTerm'], ageFrom: '5', ageTo: '12', numberOfChildren: '2', siblingGroups: 'yes' };
const panel = (f: Partial<Parameters<typeof validatePanel>[0]>) => ({ panelOn: '', papersSentOn: '', chair: '', recommendation: '', terms: TERMS, minutesReceivedOn: '', ...f });

describe('validateTraining', () => {
  it('needs a course and a real date attended that has happened', () => {
    expect(validateTraining({ course: ' ', attendedOn: '' }, today)).toEqual({
      ok: false,
      errors: { course: 'Enter the name of the course', attendedOn: 'Enter the date they attended' },
    });
    expect(validateTraining({ course: 'Skills to Foster', attendedOn: '2026-06-16' }, today)).toEqual({
      ok: false,
      errors: { attendedOn: 'Date attended must be today or in the past' },
    });
    expect(validateTraining({ course: ' Skills to Foster ', attendedOn: '2026-06-01' }, today)).toEqual({
      ok: true,
      value: { course: 'Skills to Foster', attendedOn: '2026-06-01' },
    });
  });

  it('keeps sessions in date order', () => {
    const list = addTraining([{ course: 'A', attendedOn: '2026-05-10' }], { course: 'B', attendedOn: '2026-05-01' });
    expect(list.map((t) => t.course)).toEqual(['B', 'A']);
  });
});

describe('validateStage2', () => {
  it('names the report and refuses completion before the start', () => {
    const result = validateStage2({ assessorId: 's1', proceedDecisionOn: '', reportStartedOn: '2026-05-10', reportCompletedOn: '2026-05-01' }, 'Form C', today);
    expect(result).toEqual({
      ok: false,
      errors: { reportCompletedOn: 'Date the Form C was completed must be the same as or after the date it was started, 10 May 2026' },
    });
  });

  it('refuses future dates and accepts blanks as "not yet"', () => {
    const future = validateStage2({ assessorId: '', proceedDecisionOn: '', reportStartedOn: '2026-07-01', reportCompletedOn: '' }, 'Form F', today);
    expect(future).toEqual({ ok: false, errors: { reportStartedOn: 'Date the Form F was started must be today or in the past' } });
    expect(validateStage2({ assessorId: '', proceedDecisionOn: '', reportStartedOn: '', reportCompletedOn: '' }, 'Form F', today)).toEqual({
      ok: true,
      value: { assessorId: undefined, proceedDecisionOn: undefined, reportStartedOn: undefined, reportCompletedOn: undefined },
    });
  });
});

describe('validatePanel', () => {
  it('allows a panel date planned ahead', () => {
    expect(validatePanel(panel({ panelOn: '2026-07-20' }), today)).toEqual({
      ok: true,
      value: { panelOn: '2026-07-20', papersSentOn: undefined, chair: undefined, recommendation: undefined, minutesReceivedOn: undefined },
    });
  });

  it('names the chair with the recommendation, and takes the final minutes only with a recommendation', () => {
    expect(validatePanel(panel({ panelOn: '2026-06-01', recommendation: 'approve' }), today)).toEqual({
      ok: false,
      errors: { chair: 'Enter the name of the panel chair: the recommendation is theirs to sign' },
    });
    expect(validatePanel(panel({ panelOn: '2026-06-01', minutesReceivedOn: '2026-06-05' }), today)).toEqual({
      ok: false,
      errors: { minutesReceivedOn: "Record the panel's recommendation with its final minutes" },
    });
    expect(validatePanel(panel({ panelOn: '2026-06-01', chair: ' Pat Moreno ', recommendation: 'approve', minutesReceivedOn: '2026-06-05' }), today)).toMatchObject({
      ok: true,
      value: { chair: 'Pat Moreno', recommendation: 'approve', recommendedTerms: { types: ['longTerm'], ageFrom: 5, ageTo: 12, numberOfChildren: 2 } },
    });
  });

  it('needs the terms the panel recommended with an approval, checked like the decision’s', () => {
    const result = validatePanel(panel({ panelOn: '2026-06-01', chair: 'Pat Moreno', recommendation: 'approve', terms: { ...TERMS, types: ['kinship'], numberOfChildren: '' } }), today);
    expect(result).toMatchObject({
      ok: false,
      errors: {
        'terms.types': 'Kinship (connected person) approval is only for a connected person household',
        'terms.numberOfChildren': 'Number of children must be a whole number from 1 to 10',
      },
    });
    const refusal = validatePanel(panel({ panelOn: '2026-06-01', chair: 'Pat Moreno', recommendation: 'doNotApprove', terms: emptyTermsInput() }), today);
    expect(refusal.ok && refusal.value.recommendedTerms).toBe(undefined);
  });

  it('refuses papers sent after the panel and minutes received before it', () => {
    const result = validatePanel(panel({ panelOn: '2026-06-01', papersSentOn: '2026-06-02', chair: 'Pat Moreno', recommendation: 'approve', minutesReceivedOn: '2026-05-30' }), today);
    expect(result).toEqual({
      ok: false,
      errors: {
        papersSentOn: 'Date the papers were sent must be the same as or before the panel, 1 June 2026',
        minutesReceivedOn: 'Date the final minutes were received must be the same as or after the panel, 1 June 2026',
      },
    });
  });

  it('refuses a recommendation before the panel has met, and details with no panel date', () => {
    expect(validatePanel(panel({ panelOn: '2026-07-20', chair: 'Pat Moreno', recommendation: 'approve' }), today)).toEqual({
      ok: false,
      errors: { recommendation: 'The recommendation can only be recorded once the panel has met on 20 July 2026' },
    });
    expect(validatePanel(panel({ papersSentOn: '2026-06-01' }), today)).toEqual({ ok: false, errors: { panelOn: 'Enter the date of the panel' } });
  });

  it('refuses minutes and papers dated in the future', () => {
    const result = validatePanel(panel({ panelOn: '2026-07-20', papersSentOn: '2026-07-10', minutesReceivedOn: '2026-07-21' }), today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.papersSentOn).toBe('Date the papers were sent must be today or in the past');
    expect(result.errors.minutesReceivedOn).toBe('Date the final minutes were received must be today or in the past');
  });
});

describe('what later stages were based on stays put', () => {
  const panel = { panelOn: '2026-05-12', papersSentOn: '2026-05-01', chair: 'Pat Moreno', recommendation: 'approve', terms: TERMS, minutesReceivedOn: '2026-05-14' };

  it('keeps the panel recommendation and date once the decision stage is reached', async () => {
    const { validatePanel } = await import('../../src/domain/assessment-edit');
    const cleared = validatePanel({ panelOn: '', papersSentOn: '', chair: '', recommendation: '', terms: emptyTermsInput(), minutesReceivedOn: '' }, '2026-06-15', { stage: 'approved', decidedOn: '2026-05-20' });
    expect(cleared.ok).toBe(false);
    if (!cleared.ok) {
      expect(cleared.errors.panelOn).toBe('Enter the date of the panel: the decision was made on its recommendation');
      expect(cleared.errors.recommendation).toBe("Select the panel's recommendation: the decision was made on it");
    }
    const late = validatePanel({ ...panel, panelOn: '2026-05-25', minutesReceivedOn: '2026-05-26' }, '2026-06-15', { stage: 'approved', decidedOn: '2026-05-20' });
    expect(!late.ok && late.errors.panelOn).toBe('Date of the panel must be the same as or before the decision on 20 May 2026');
    expect(validatePanel(panel, '2026-06-15', { stage: 'approved', decidedOn: '2026-05-20' }).ok).toBe(true);
  });

  it('keeps the report completed date once the household has gone to panel', async () => {
    const { validateStage2 } = await import('../../src/domain/assessment-edit');
    const form = { assessorId: '', proceedDecisionOn: '', reportStartedOn: '2026-02-01', reportCompletedOn: '' };
    const result = validateStage2(form, 'Form F', '2026-06-15', { stage: 'panel' });
    expect(!result.ok && result.errors.reportCompletedOn).toBe('Enter the date the Form F was completed: the household has gone to panel on it');
    expect(validateStage2(form, 'Form F', '2026-06-15', { stage: 'stage2' }).ok).toBe(true);
  });
});

describe('papersWarning', () => {
  it('warns, as the dates are typed, when papers go less than 5 working days before panel', () => {
    // Panel Thursday 19 March 2026: the latest day is Thursday 12 March.
    expect(papersWarning('2026-03-19', '2026-03-12')).toBeUndefined();
    expect(papersWarning('2026-03-19', '2026-03-13')).toBe('Warning: papers sent after 12 March 2026 reach the panel less than 5 working days before it sits');
    expect(papersWarning('2026-03-19', '2026-03-20')).toBeUndefined(); // after panel: refused by the form instead
    expect(papersWarning('', '2026-03-13')).toBeUndefined();
    expect(papersWarning('2026-03-19', '2026-03')).toBeUndefined();
  });
});
