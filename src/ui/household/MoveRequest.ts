import type { ClosureCode, WithdrawalCode } from '../../domain/codes';
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
}

export function emptyMoveForm(today: IsoDate, namedChild = ''): MoveFormValues {
  return { on: today, reason: '', holdUntil: '', code: '', outcome: '', terms: emptyTermsInput(namedChild) };
}

/** The terms as typed, every field present even in a draft kept by an older version of the form. */
export function termsOf(v: MoveFormValues, namedChild = ''): TermsInput {
  return { ...emptyTermsInput(namedChild), ...v.terms };
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
      return { kind, on, code: v.code as WithdrawalCode | '', reason: v.reason };
    case 'close':
      return { kind, on, code: v.code as ClosureCode | '', reason: v.reason };
    case 'qualifyingDetermination':
      return { kind, on, reason: v.reason };
    case 'decision':
      return {
        kind,
        on,
        outcome: v.outcome === 'approve' || v.outcome === 'doNotApprove' ? v.outcome : '',
        reason: v.reason,
        terms: v.outcome === 'approve' ? termsOf(v) : undefined,
      };
  }
}
