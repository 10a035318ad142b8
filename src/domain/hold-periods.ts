import { addDays, daysBetween, maxDate, type IsoDate } from './dates';
import type { Move } from './household';

/** A time the household was on hold: to the day it came off, or, while still held, its expected return. */
export interface HoldPeriod {
  from: IsoDate;
  to: IsoDate;
  ended: boolean;
}

export type HoldMove = Pick<Move, 'kind' | 'on' | 'holdUntil' | 'at'>;

const LEAVES_HOLD = new Set<Move['kind']>(['resume', 'withdraw', 'close']);

/** The household's holds, from its moves in the order they were made. */
export function holdPeriods(moves: readonly HoldMove[]): HoldPeriod[] {
  const ordered = [...moves].sort((a, b) => (a.on === b.on ? (a.at < b.at ? -1 : 1) : a.on < b.on ? -1 : 1));
  const out: HoldPeriod[] = [];
  let open: { from: IsoDate; until?: IsoDate } | undefined;
  for (const m of ordered) {
    if (m.kind === 'hold') open = { from: m.on, until: m.holdUntil };
    else if (open && LEAVES_HOLD.has(m.kind)) {
      out.push({ from: open.from, to: maxDate(open.from, m.on), ended: true });
      open = undefined;
    }
  }
  if (open) out.push({ from: open.from, to: maxDate(open.from, open.until ?? open.from), ended: false });
  return out;
}

/**
 * A local target's due date moved later by the days the household spent on hold while it ran:
 * the service chose to pause, so its own target waits. Only holds begun before the target was met
 * (or, unmet, before its moved due date) count; a national clock never calls this.
 */
export function pausedDueOn(startOn: IsoDate, dueOn: IsoDate, metOn: IsoDate | undefined, holds: readonly HoldPeriod[]): { dueOn: IsoDate; pausedDays: number } {
  let due = dueOn;
  let paused = 0;
  for (const hold of [...holds].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    const from = maxDate(hold.from, startOn);
    if (from > due || (metOn !== undefined && from >= metOn) || hold.to <= from) continue;
    const days = daysBetween(from, hold.to);
    due = addDays(due, days);
    paused += days;
  }
  return { dueOn: due, pausedDays: paused };
}
