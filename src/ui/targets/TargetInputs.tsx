import type { RecruitmentErrors } from '../../domain/recruitment';
import { TARGET_INPUT_GROUPS, type InputKey, type TargetInput } from '../../domain/targets-form';
import { TextField } from '../components/fields';
import { sourceText, type TargetsState } from './targets-state';

export const inputId = (key: InputKey) => `targets-${key}`;

const UNIT_HINTS: Partial<Record<TargetInput['unit'], string>> = { percent: '%', pounds: '£', years: 'years' };

/**
 * The calculator's inputs, grouped as a manager thinks of them. Results follow every keystroke,
 * so there is no submit button; each field says where its figure came from.
 */
export function TargetInputs(props: {
  state: TargetsState;
  errors: RecruitmentErrors;
  /** Extra hint for a field, such as the target date the years give. */
  extraHints: Partial<Record<InputKey, string>>;
  onInput: (key: InputKey, text: string) => void;
  onUseOwnFigures: () => void;
  onReset: () => void;
  busy: boolean;
}) {
  const { state, errors } = props;
  return (
    <form class="targets-inputs" noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="targets-inputs-heading">
      <h2 id="targets-inputs-heading">Figures</h2>
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={props.onUseOwnFigures} disabled={props.busy}>
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
        </fieldset>
      ))}
    </form>
  );
}
