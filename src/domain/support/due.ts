import { daysBetween, type IsoDate } from '../dates';

/** How far ahead something counts as "due soon" on the carer list and Today. */
export const DUE_SOON_DAYS = 30;

export type DueStatus = 'overdue' | 'dueSoon' | 'notDue';

/** Overdue after the due date; due soon from 30 days before it; not due before that. */
export function dueStatus(dueOn: IsoDate, today: IsoDate): DueStatus {
  const days = daysBetween(today, dueOn);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'dueSoon' : 'notDue';
}

export const DUE_STATUS_TEXT: Record<DueStatus, string> = { overdue: 'Overdue', dueSoon: 'Due within 30 days', notDue: 'Not due yet' };
