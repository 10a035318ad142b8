import { NEED_CATEGORIES, NEED_CATEGORY_KEYS, needField, type NeedCategory, type NeedErrors, type NeedSide } from '../../domain/need-categories';
import type { NeedsForm } from '../../domain/need-categories-form';
import { TextField } from '../components/fields';

export const needInputId = (category: NeedCategory, side: NeedSide) => `targets-need-${category}-${side}`;

/** Today's placements by category of need; a category left blank is left out of the results. */
export function NeedInputs(props: { needs: NeedsForm; errors: NeedErrors; onInput: (category: NeedCategory, side: NeedSide, text: string) => void }) {
  return (
    <fieldset class="targets-group targets-needs" aria-describedby="targets-needs-hint">
      <legend class="targets-group__legend">Placements by need</legend>
      <p class="hint" id="targets-needs-hint">
        Children placed today in each category, in-house and with agencies; a child can be in more than one. Leave a category blank if
        you do not have its figures. Unaccompanied children under 16 start at the source documents’ figures.
      </p>
      {NEED_CATEGORY_KEYS.map((category) => (
        <fieldset class="targets-need" key={category}>
          <legend class="targets-need__legend">{NEED_CATEGORIES[category]}</legend>
          {(['inHouse', 'agency'] as const).map((side) => (
            <TextField
              key={side}
              id={needInputId(category, side)}
              label={side === 'inHouse' ? 'In-house placements' : 'Agency placements'}
              value={props.needs[category][side]}
              onInput={(text) => props.onInput(category, side, text)}
              inputMode="decimal"
              width="number"
              spellcheck={false}
              autocomplete="off"
              error={props.errors[needField(category, side)]}
            />
          ))}
        </fieldset>
      ))}
    </fieldset>
  );
}
