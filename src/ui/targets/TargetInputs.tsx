import type { ComponentChildren } from 'preact';
import { TARGET_INPUT_GROUPS, type InputKey, type TargetErrors, type TargetInput } from '../../domain/targets-form';
import { TextField } from '../components/fields';
import { sourceText, type TargetsState } from './targets-state';

export const inputId = (key: InputKey) => `targets-${key}`;

const UNIT_HINTS: Partial<Record<TargetInput['unit'], string>> = { percent: '%', pounds: '£', years: 'years', months: 'months' };

/**
 * The calculator's inputs, grouped as a manager thinks of them. Results follow every keystroke,
 * so there is no submit button; each field says where its figure came from.
 */
export function TargetInputs(props: {
  state: TargetsState;
  errors: TargetErrors;
  /** Extra hint for a field, such as the target date the years give. */
  extraHints: Partial<Record<InputKey, string>>;
  onInput: (key: InputKey, text: string) => void;
  onUseOwnFigures: () => void;
  onReset: () => void;
  busy: boolean;
  leaveOutKinship: boolean;
  onLeaveOutKinship: (on: boolean) => void;
  /** The need categories' fields, after the groups. */
  children: ComponentChildren;
}) {
  const { state, errors } = props;
  return (
    <form class="targets-inputs" noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="targets-inputs-heading">
      <h2 id="targets-inputs-heading">Figures</h2>
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={() => props.busy || props.onUseOwnFigures()} aria-disabled={props.busy}>
          {props.busy ? 'Reading this service’s records…' : 'Use our own figures'}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onReset}>
          Reset to the source documents’ figures
        </button>
      </div>
      {TARGET_INPUT_GROUPS.map((group) => (
        <fieldset class="targets-group" key={group.id}>
          <legend class="targets-group__legend">{group.title}</legend>
          {group.inputs.map((input) => {
            const extra = props.extraHints[input.key];
            const unit = UNIT_HINTS[input.unit];
            return (
              <TextField
                key={input.key}
                id={inputId(input.key)}
                label={unit ? `${input.label} (${unit})` : input.label}
                hint={
                  <>
                    {input.hint}
                    {extra && ` ${extra}`}
                    <span class="targets-source">{sourceText(state.sources[input.key])}</span>
                  </>
                }
                value={state.form[input.key].text}
                onInput={(v) => props.onInput(input.key, v)}
                inputMode="decimal"
                width="number"
                spellcheck={false}
                autocomplete="off"
                error={errors[input.key]}
              />
            );
          })}
          {group.id === 'today' && <KinshipSwitch on={props.leaveOutKinship} onChange={props.onLeaveOutKinship} />}
        </fieldset>
      ))}
      {props.children}
    </form>
  );
}

export const KINSHIP_SWITCH_ID = 'targets-leaveOutKinship';

/** Off by default, so the figures match the 54/46 split the service reports. */
function KinshipSwitch({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <div class="form-group choices">
      <div class="choice">
        <input
          type="checkbox"
          id={KINSHIP_SWITCH_ID}
          checked={on}
          aria-describedby={`${KINSHIP_SWITCH_ID}-hint`}
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for={KINSHIP_SWITCH_ID}>Leave kinship placements out of the in-house share</label>
      </div>
      <p class="hint" id={`${KINSHIP_SWITCH_ID}-hint`}>
        Kinship placements are for a named child, so they are not recruited. Ticked, the target share is of mainstream in-house and
        agency placements only.
      </p>
    </div>
  );
}
