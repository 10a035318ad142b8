import type { ApprovalType, EndingCode } from '../../domain/codes';
import type { IsoDate } from '../../domain/dates';
import type { MoveKind } from '../../domain/household';
import type { MoveRequest } from '../../domain/stage-rules';

/** The move form as typed: every field a string, so nothing is lost or coerced before validation. */
export interface MoveFormValues {
  on: string;
  reason: string;
  holdUntil: string;
  code: string;
  outcome: string;
  termsType: string;
  ageFrom: string;
  ageTo: string;
  numberOfChildren: string;
  siblingGroups: string;
  /** Unsuitable at stage 1: the date of the written notice. */
  noticeOn: string;
  mindedTo: string;
  makerName: string;
  makerRole: string;
  recommendation: string;
}

export function emptyMoveForm(today: IsoDate): MoveFormValues {
  return {
    on: today,
    reason: '',
    holdUntil: '',
    code: '',
    outcome: '',
    termsType: '',
    ageFrom: '',
    ageTo: '',
    numberOfChildren: '',
    siblingGroups: '',
    noticeOn: '',
    mindedTo: '',
    makerName: '',
    makerRole: '',
    recommendation: '',
  };
}

/** A whole number as typed ("3", " 12 "), or undefined for anything else, so NaN never reaches the rules. */
export function parseWholeNumber(text: string): number | undefined {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) ? Number(t) : undefined;
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
        ...(v.mindedTo === 'otherTerms' ? { terms: typedTerms(v) } : {}),
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
        terms: v.outcome === 'approve' && termsTyped(v) ? typedTerms(v) : undefined,
      };
  }
}

/** Terms are sent only when some were typed: an empty set means "the terms the panel recommended". */
function termsTyped(v: MoveFormValues): boolean {
  return Boolean(v.termsType || v.ageFrom.trim() || v.ageTo.trim() || v.numberOfChildren.trim());
}

function typedTerms(v: MoveFormValues) {
  return {
    type: (v.termsType || undefined) as ApprovalType | undefined,
    ageFrom: parseWholeNumber(v.ageFrom),
    ageTo: parseWholeNumber(v.ageTo),
    numberOfChildren: parseWholeNumber(v.numberOfChildren),
    siblingGroups: v.siblingGroups === 'yes',
  };
}
