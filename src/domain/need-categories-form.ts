/**
 * The need categories' fields: two counts per category, both blank when the manager has no
 * figures for it. Typed text becomes placements or a message beside the field, never NaN.
 */
import {
  NEED_CATEGORIES,
  NEED_CATEGORY_KEYS,
  needField,
  needFieldLabel,
  validateNeeds,
  type NeedCategory,
  type NeedErrors,
  type NeedPlacements,
  type NeedSide,
} from './need-categories';

export type NeedsForm = Record<NeedCategory, Record<NeedSide, string>>;

const SIDES: readonly NeedSide[] = ['inHouse', 'agency'];

export function needsForm(needs: NeedPlacements): NeedsForm {
  const form = {} as NeedsForm;
  for (const category of NEED_CATEGORY_KEYS) {
    const n = needs[category];
    form[category] = { inHouse: n ? String(n.inHouse) : '', agency: n ? String(n.agency) : '' };
  }
  return form;
}

const COUNT = /^(\d+(\.\d*)?|\.\d+)$/;

export type NeedsFormResult = { ok: true; needs: NeedPlacements } | { ok: false; errors: NeedErrors };

/** Reads the fields against the in-house and agency placements the calculator counts. */
export function parseNeedsForm(form: NeedsForm, inHousePlaces: number, ifaPlaces: number): NeedsFormResult {
  const needs: NeedPlacements = {};
  const errors: NeedErrors = {};
  for (const category of NEED_CATEGORY_KEYS) {
    const texts = SIDES.map((side) => form[category][side].replace(/[\s,]/g, ''));
    if (texts.every((t) => t === '')) continue;
    const values = SIDES.map((side, i) => {
      const text = texts[i]!;
      const label = needFieldLabel(category, side);
      if (text === '') {
        errors[needField(category, side)] =
          `Enter the ${side === 'inHouse' ? 'in-house' : 'agency'} placements for ${NEED_CATEGORIES[category].toLowerCase()} too, or leave both blank`;
      }
      else if (text.startsWith('-')) errors[needField(category, side)] = `${label} must be 0 or more`;
      else if (!COUNT.test(text)) errors[needField(category, side)] = `${label} must be a number, like 12`;
      else return Number(text) + 0;
      return undefined;
    });
    if (values[0] !== undefined && values[1] !== undefined) needs[category] = { inHouse: values[0], agency: values[1] };
  }
  Object.assign(errors, validateNeeds(needs, inHousePlaces, ifaPlaces));
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, needs };
}
