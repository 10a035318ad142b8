import { daysBetween, formatDate, isIsoDate, type IsoDate } from './dates';
import type { EditResult as FormResult, FormErrors } from './assessment-edit';
import type { DecisionRecord, Household, TemporaryApproval } from './household';
import { notRealDate } from './date-parts';
import { MAX_EXTENSION_WEEKS, temporaryApprovalLastDay, temporaryApprovalSettledOn } from './temporary-approval-days';

export { MAX_EXTENSION_WEEKS, TEMPORARY_APPROVAL_WEEKS, temporaryApprovalLastDay, temporaryApprovalSettledOn } from './temporary-approval-days';

/**
 * Connected-person temporary approval (Care Planning, Placement and Case Review (England)
 * Regulations 2010, regs 24 and 25): its standing, warnings, wording and forms. Its days are worked
 * out in temporary-approval-days.ts.
 */

/** Today warns this many days before the last day, and again at the second. */
export const WARN_DAYS = [28, 7] as const;

/** The last day of the first 16 weeks, by which any extension must be decided. */
export function lastDayBeforeExtension(t: Pick<TemporaryApproval, 'startOn'>): IsoDate {
  return temporaryApprovalLastDay({ startOn: t.startOn });
}

export function isExtended(t: TemporaryApproval | undefined): boolean {
  return Boolean(t && ((t.extensionWeeks ?? 0) > 0 || t.extension));
}

/** An IRM application made and no final decision yet: the approval goes on until the outcome. */
export function irmPending(decision: DecisionRecord | undefined): boolean {
  return Boolean(decision?.irm?.on && !decision.decidedOn);
}

export type TemporaryApprovalStanding =
  | { kind: 'decided'; on: IsoDate }
  | { kind: 'irmPending'; appliedOn: IsoDate; lastDay: IsoDate }
  | { kind: 'running'; lastDay: IsoDate; daysLeft: number; warning?: 'fourWeeks' | 'oneWeek'; canExtend: boolean }
  | { kind: 'lapsed'; lastDay: IsoDate };

/** Where a connected household's temporary approval stands today; undefined if there is none. */
export function temporaryApprovalStanding(h: Pick<Household, 'kind' | 'assessment'>, today: IsoDate): TemporaryApprovalStanding | undefined {
  const t = h.assessment.temporaryApproval;
  if (h.kind !== 'connected' || !t || !isIsoDate(t.startOn)) return undefined;
  const lastDay = temporaryApprovalLastDay(t);
  const decidedOn = h.assessment.decision?.decidedOn;
  if (decidedOn) return { kind: 'decided', on: decidedOn };
  const irmOn = temporaryApprovalSettledOn(h.assessment);
  if (irmOn) return { kind: 'irmPending', appliedOn: irmOn, lastDay };
  if (lastDay < today) return { kind: 'lapsed', lastDay };
  const daysLeft = daysBetween(today, lastDay);
  const warning = daysLeft <= WARN_DAYS[1] ? 'oneWeek' : daysLeft <= WARN_DAYS[0] ? 'fourWeeks' : undefined;
  return { kind: 'running', lastDay, daysLeft, canExtend: !isExtended(t), ...(warning ? { warning } : {}) };
}

/** What the team must do, in words for Today and the household record; undefined when nothing is due. */
export function standingWords(s: TemporaryApprovalStanding): string | undefined {
  switch (s.kind) {
    case 'lapsed':
      return `Temporary approval lapsed after ${formatDate(s.lastDay)}: the placement must end, or the approval be decided`;
    case 'running': {
      if (!s.warning) return undefined;
      const when = s.daysLeft === 0 ? 'today' : `in ${s.daysLeft} ${s.daysLeft === 1 ? 'day' : 'days'}, on ${formatDate(s.lastDay)}`;
      const act = s.canExtend ? 'decide the approval or extend it' : 'decide the approval, or the placement must end';
      return `Temporary approval ends ${when}: ${act}`;
    }
    case 'irmPending':
      return undefined;
    case 'decided':
      return undefined;
  }
}

// The start of temporary approval ---------------------------------------------------------------

export interface TemporaryApprovalForm {
  startOn: string;
}
export type TemporaryApprovalField = keyof TemporaryApprovalForm;

/** The start date, keeping any extension, which must still have been decided while the approval ran. */
export function validateTemporaryApproval(
  form: TemporaryApprovalForm,
  current: TemporaryApproval | undefined,
  today: IsoDate,
): FormResult<TemporaryApproval, TemporaryApprovalField> {
  const startOn = form.startOn.trim();
  let error: string | undefined;
  if (!startOn) error = 'Enter the date temporary approval started';
  else if (!isIsoDate(startOn)) error = notRealDate(startOn, 'Date temporary approval started');
  else if (startOn > today) error = 'Date temporary approval started must be today or in the past';
  else if (current?.extension && current.extension.decidedOn > lastDayBeforeExtension({ startOn })) {
    error = `Temporary approval starting then would have lapsed before the extension decided on ${formatDate(current.extension.decidedOn)}`;
  } else if (current?.extension && current.extension.panelConsultedOn < startOn) {
    error = `Date temporary approval started must be on or before the panel was consulted, ${formatDate(current.extension.panelConsultedOn)}`;
  }
  if (error) return { ok: false, errors: { startOn: error } };
  return { ok: true, value: { ...current, startOn } };
}

// The one extension -------------------------------------------------------------------------------

export interface ExtensionForm {
  weeks: string;
  decidedOn: string;
  nominatedOfficer: string;
  panelConsultedOn: string;
  reason: string;
}
export type ExtensionField = keyof ExtensionForm | 'form';

export function emptyExtensionForm(): ExtensionForm {
  return { weeks: '', decidedOn: '', nominatedOfficer: '', panelConsultedOn: '', reason: '' };
}

/**
 * Reg 25: once only, by 1 to 8 weeks, decided by the nominated officer on or before the last day
 * of the 16 weeks and no later than today, after the panel was consulted. Gives the approval with
 * its extension.
 */
export function validateExtension(
  form: ExtensionForm,
  current: TemporaryApproval | undefined,
  today: IsoDate,
): FormResult<TemporaryApproval, ExtensionField> {
  if (!current || !isIsoDate(current.startOn)) return { ok: false, errors: { form: 'Record the date temporary approval started before extending it' } };
  if (isExtended(current)) {
    const on = current.extension ? ` on ${formatDate(current.extension.decidedOn)}` : '';
    return { ok: false, errors: { form: `Temporary approval was already extended${on}: it can be extended only once` } };
  }
  const errors: FormErrors<ExtensionField> = {};
  const weeksText = form.weeks.trim();
  const weeks = /^\d{1,2}$/.test(weeksText) ? Number(weeksText) : undefined;
  if (weeks === undefined || weeks < 1 || weeks > MAX_EXTENSION_WEEKS) {
    errors.weeks = `Extension must be a whole number of weeks from 1 to ${MAX_EXTENSION_WEEKS}`;
  }

  const lapsesAfter = lastDayBeforeExtension(current);
  const decidedOn = form.decidedOn.trim();
  if (!decidedOn) errors.decidedOn = 'Enter the date the nominated officer decided to extend';
  else if (!isIsoDate(decidedOn)) errors.decidedOn = notRealDate(decidedOn, 'Date of the extension decision');
  else if (decidedOn > today) errors.decidedOn = 'Date of the extension decision must be today or in the past';
  else if (decidedOn < current.startOn) errors.decidedOn = `Date of the extension decision must be on or after the start, ${formatDate(current.startOn)}`;
  else if (decidedOn > lapsesAfter) {
    errors.decidedOn = `Temporary approval lapsed after ${formatDate(lapsesAfter)}: it cannot be extended once it has lapsed`;
  }

  const panelOn = form.panelConsultedOn.trim();
  if (!panelOn) errors.panelConsultedOn = 'Enter the date the fostering panel was consulted';
  else if (!isIsoDate(panelOn)) errors.panelConsultedOn = notRealDate(panelOn, 'Date the panel was consulted');
  else if (panelOn < current.startOn) errors.panelConsultedOn = `Date the panel was consulted must be on or after the start, ${formatDate(current.startOn)}`;
  else if (isIsoDate(decidedOn) && panelOn > decidedOn) errors.panelConsultedOn = 'The panel must be consulted on or before the date of the extension decision';
  else if (panelOn > today) errors.panelConsultedOn = 'Date the panel was consulted must be today or in the past';

  const officer = form.nominatedOfficer.trim();
  if (!officer) errors.nominatedOfficer = 'Enter the name of the nominated officer who extended it';
  else if (officer.length > 100) errors.nominatedOfficer = 'Name of the nominated officer must be 100 characters or fewer';
  const reason = form.reason.trim();
  if (!reason) errors.reason = 'Enter why temporary approval is being extended';
  else if (reason.length > 2000) errors.reason = 'Why it is being extended must be 2,000 characters or fewer';

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: { ...current, extensionWeeks: weeks!, extension: { decidedOn, nominatedOfficer: officer, reason, panelConsultedOn: panelOn } },
  };
}
