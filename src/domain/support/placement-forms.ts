/**
 * Adding and ending a placement as typed. A placement is recorded without the child's name (their
 * record lives in the children's social care system): its dates, age band, and whether it is a
 * sibling group or a short break.
 */
import { formatDate, isIsoDate, type IsoDate } from '../dates';
import { notRealDate } from '../date-parts';
import { isKeyOf } from '../codes';
import { checkDate, finish, type Checked, type Errors } from './forms';
import { AGE_BANDS, fullOn, type AgeBand, type PlacementFacts } from './places';

export interface PlacementInput {
  startOn: string;
  ageBand: string;
  /** 'yes' or 'no'; '' not answered. */
  siblingGroup: string;
  shortBreak: string;
}
export type PlacementField = keyof PlacementInput;
export const PLACEMENT_FIELDS: readonly PlacementField[] = ['startOn', 'ageBand', 'siblingGroup', 'shortBreak'];

export type NewPlacement = Pick<PlacementFacts, 'startOn' | 'ageBand' | 'siblingGroup' | 'shortBreak'>;

const isYesNo = (v: string) => v === 'yes' || v === 'no';

/**
 * A new placement: not before approval, not in the future, and only into a place the terms of
 * approval leave free on its first day and every day after it.
 */
export function validatePlacement(
  input: PlacementInput,
  ctx: { approvedOn: IsoDate; today: IsoDate; approved: number; placements: readonly Pick<PlacementFacts, 'startOn' | 'endOn'>[] },
): Checked<NewPlacement, PlacementField> {
  const errors: Errors<PlacementField> = {};
  const start = checkDate(input.startOn, 'start date', ctx.today, { on: ctx.approvedOn, what: 'the date of approval' });
  if (start) errors.startOn = start;
  else {
    const full = fullOn(ctx.approved, ctx.placements, input.startOn.trim());
    if (full) errors.startOn = placesFullMessage(ctx.approved, full);
  }
  if (!isKeyOf(AGE_BANDS, input.ageBand)) errors.ageBand = 'Select the child’s age band';
  if (!isYesNo(input.siblingGroup)) errors.siblingGroup = 'Select whether the child is placed as part of a sibling group';
  if (!isYesNo(input.shortBreak)) errors.shortBreak = 'Select whether this is a short break';
  return finish(errors, () => ({
    startOn: input.startOn.trim(),
    ageBand: input.ageBand as AgeBand,
    siblingGroup: input.siblingGroup === 'yes',
    shortBreak: input.shortBreak === 'yes',
  }));
}

/** Said beside the start date, and by the repository when another tab filled the place first. */
export function placesFullMessage(approved: number, on: IsoDate): string {
  if (approved === 0) return 'The household has no places in its terms of approval: change the terms at a review before adding a placement';
  const places = approved === 1 ? '1 place' : `${approved} places`;
  return `The household is approved for ${places} and all are in use on ${formatDate(on)}: end a placement first, or change the terms at a review`;
}

export interface PlacementEndInput {
  endOn: string;
  ending: string;
}
export type PlacementEndField = keyof PlacementEndInput;
export const PLACEMENT_END_FIELDS: readonly PlacementEndField[] = ['endOn', 'ending'];

export const PLACEMENT_ENDINGS = { planned: 'Planned', unplanned: 'Unplanned' } as const;

export function validatePlacementEnd(input: PlacementEndInput, ctx: { startOn: IsoDate; today: IsoDate }): Checked<Required<Pick<PlacementFacts, 'endOn' | 'ending'>>, PlacementEndField> {
  const errors: Errors<PlacementEndField> = {};
  const end = input.endOn.trim();
  if (!end) errors.endOn = 'Enter the date the placement ended';
  else if (!isIsoDate(end)) errors.endOn = notRealDate(end, 'The end date');
  else if (end > ctx.today) errors.endOn = 'The end date cannot be in the future';
  else if (end < ctx.startOn) errors.endOn = `A placement cannot end before it starts: the end date must be on or after ${formatDate(ctx.startOn)}`;
  if (!isKeyOf(PLACEMENT_ENDINGS, input.ending)) errors.ending = 'Select whether the ending was planned or unplanned';
  return finish(errors, () => ({ endOn: end, ending: input.ending as keyof typeof PLACEMENT_ENDINGS }));
}
