import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { datePartsAtFault, datePartsValue, dateParts, type DatePart, type DateParts } from '../../domain/date-parts';
import { describedBy, FieldError, Hint } from './fields';

const BOXES: { part: DatePart; label: string; width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/**
 * The GOV.UK date input: the question as the legend, then day, month and year boxes. The form
 * keeps one string (see `date-parts.ts`): ISO once the boxes make a real date, otherwise the boxes
 * as typed, so nothing typed is ever changed or emptied and the form's validation judges it.
 * The field's `id` goes on the first box at fault (the day box when none is), so an error summary
 * link to the field lands there.
 */
export function DateInput(props: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  onInput: (value: string) => void;
}) {
  const { id, label, hint, error, value } = props;
  const [typed, setTyped] = useState<DateParts>(() => dateParts(value));
  // What was typed, unless the form's value has been changed from outside (a draft restored, a reset).
  const parts = datePartsValue(typed) === value ? typed : dateParts(value);
  const atFault = error ? datePartsAtFault(value) : [];
  const first = atFault[0] ?? 'day';
  // Read from the three boxes as they stand, not from the last render: two boxes filled before the
  // page redraws (autofill, a fast keyboard, a test driver) must not undo each other.
  const change = (box: HTMLInputElement) => {
    const boxes = box.closest('fieldset')!.querySelectorAll<HTMLInputElement>('.date-input input');
    const shown = (i: number, part: DatePart) => boxes[i]?.value ?? parts[part];
    const next: DateParts = { day: shown(0, 'day'), month: shown(1, 'month'), year: shown(2, 'year') };
    setTyped(next);
    props.onInput(datePartsValue(next));
  };
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset id={`${id}-date`} aria-describedby={describedBy(id, hint, error)}>
        <legend>{label}</legend>
        <Hint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div class="date-input">
          {BOXES.map(({ part, label: boxLabel, width }) => {
            const boxId = part === first ? id : `${id}-${part}`;
            const wrong = atFault.includes(part);
            return (
              <div class="date-input__item" key={part}>
                <label class="label date-input__label" for={boxId}>
                  {boxLabel}
                </label>
                <input
                  class={`input input--width-${width}${wrong ? ' input--error' : ''}`}
                  id={boxId}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  spellcheck={false}
                  value={parts[part]}
                  aria-invalid={wrong ? 'true' : undefined}
                  onInput={(e) => change(e.currentTarget as HTMLInputElement)}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
