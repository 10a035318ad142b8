import type { EndingCode } from '../../domain/codes';
import type { IsoDate } from '../../domain/dates';
import type { MoveKind } from '../../domain/household';
import type { MoveRequest } from '../../domain/stage-rules';
import { emptyTermsInput, type TermsInput } from '../../domain/terms';

/** The move form as typed: every field a string, so nothing is lost or coerced before validation. */
export interface MoveFormValues {
  on: string;
  reason: string;
  holdUntil: string;
  code: string;
  outcome: string;
  terms: TermsInput;
  /** Unsuitable at stage 1: the date of the written notice. */
  noticeOn: string;
  mindedTo: string;
  makerName: string;
  makerRole: string;
  recommendation: string;
}

export function emptyMoveForm(today: IsoDate, namedChild = ''): MoveFormValues {
  return {
    on: today,
    reason: '',
    holdUntil: '',
    code: '',
    outcome: '',
    terms: emptyTermsInput(namedChild),
    noticeOn: '',
    mindedTo: '',
    makerName: '',
    makerRole: '',
    recommendation: '',
  };
}

/** The terms as typed, every field present even in a draft kept by an older version of the form. */
export function termsOf(v: MoveFormValues, namedChild = ''): TermsInput {
  return { ...emptyTermsInput(namedChild), ...v.terms };
}

/** Terms are sent only when some were typed: none typed means "the terms the panel recommended". */
function termsTyped(t: TermsInput): boolean {
  return t.types.length > 0 || Boolean(t.ageFrom.trim() || t.ageTo.trim() || t.numberOfChildren.trim());
}

/** Builds the request the stage rules check; the rules, not this, decide what is missing or wrong. */
export function toMoveRequest(kind: MoveKind, v: MoveFormValues): MoveRequest {
  const on = v.on.trim();
  switch (kind) {
    case 'forward':
    case 'resume':
      return { kind, on };
    case 'back':
      return { kind, on, reason: v.reason };
    case 'hold':
      return { kind, on, holdUntil: v.holdUntil.trim(), reason: v.reason };
    case 'withdraw':
      return { kind, on, code: v.code as EndingCode | '', reason: v.reason };
    case 'close':
      return { kind, on, code: v.code as EndingCode | '', reason: v.reason, ...(v.code === 'unsuitableStage1' ? { noticeOn: v.noticeOn.trim() } : {}) };
    case 'reopen':
      return { kind, on, reason: v.reason };
    case 'qualifyingDetermination':
      return {
        kind,
        on,
        mindedTo: v.mindedTo === 'notApprove' || v.mindedTo === 'otherTerms' ? v.mindedTo : '',
        reasons: v.reason,
        maker: { name: v.makerName, role: v.makerRole },
        ...(v.mindedTo === 'otherTerms' ? { terms: termsOf(v) } : {}),
      };
    case 'representations':
    case 'independentReview':
      return { kind, on };
    case 'reviewOutcome':
      return { kind, on, recommendation: v.recommendation === 'approve' || v.recommendation === 'doNotApprove' ? v.recommendation : '' };
    case 'decision':
      return {
        kind,
        on,
        outcome: v.outcome === 'approve' || v.outcome === 'doNotApprove' ? v.outcome : '',
        reason: v.reason,
        maker: { name: v.makerName, role: v.makerRole },
        terms: v.outcome === 'approve' && termsTyped(termsOf(v)) ? termsOf(v) : undefined,
      };
  }
}
