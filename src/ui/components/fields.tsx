import type { ComponentChildren } from 'preact';

/**
 * Form fields in the GOV.UK pattern: label, hint, error message beside the field, and the
 * field described by both. No HTML5 `required`: validation runs in the domain on submit.
 */
interface FieldShell {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
}

export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function Hint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  return hint ? (
    <div class="hint" id={`${id}-hint`}>
      {hint}
    </div>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p class="error-message" id={`${id}-error`}>
      <span class="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

export function TextField(
  props: FieldShell & {
    value: string;
    onInput: (value: string) => void;
    type?: 'text' | 'email' | 'tel' | 'number' | 'search' | 'password';
    autocomplete?: string;
    inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text' | 'search';
    width?: 'short' | 'number';
    spellcheck?: boolean;
  },
) {
  const { id, label, hint, error } = props;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        class={`input${props.width ? ` input--${props.width}` : ''}${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        {...({ type: props.type ?? 'text' } as { type: 'text' })}
        value={props.value}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        spellcheck={props.spellcheck}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

export function TextArea(props: FieldShell & { value: string; onInput: (value: string) => void; rows?: number }) {
  const { id, label, hint, error } = props;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <textarea
        class={`textarea${error ? ' textarea--error' : ''}`}
        id={id}
        name={id}
        rows={props.rows ?? 4}
        value={props.value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(props: FieldShell & { value: string; onChange: (value: string) => void; options: Option[]; placeholder?: string }) {
  const { id, label, hint, error } = props;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <select
        class={`select${error ? ' select--error' : ''}`}
        id={id}
        name={id}
        value={props.value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? 'true' : undefined}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The fieldset around a group of radios or checkboxes: legend, hint and error, then the choices. */
function ChoiceGroup(props: FieldShell & { layout: string; children: ComponentChildren }) {
  const { id, label, hint, error } = props;
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset aria-describedby={describedBy(id, hint, error)}>
        <legend>{label}</legend>
        <Hint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div class={props.layout}>{props.children}</div>
      </fieldset>
    </div>
  );
}

/** The first choice carries the field id so the error summary can focus it. */
function choiceId(id: string, index: number, value: string): string {
  return index === 0 ? id : `${id}-${value}`;
}

export function RadioGroup(props: FieldShell & { value: string; onChange: (value: string) => void; options: Option[]; inline?: boolean }) {
  return (
    <ChoiceGroup {...props} layout={props.inline ? 'choices choices--inline' : 'choices'}>
      {props.options.map((o, i) => (
        <div class="choice" key={o.value}>
          <input
            type="radio"
            id={choiceId(props.id, i, o.value)}
            name={props.id}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          <label for={choiceId(props.id, i, o.value)}>{o.label}</label>
        </div>
      ))}
    </ChoiceGroup>
  );
}

export function CheckboxGroup(props: FieldShell & { values: string[]; onChange: (values: string[]) => void; options: Option[]; columns?: boolean }) {
  const toggle = (value: string, on: boolean) =>
    props.onChange(on ? [...props.values, value] : props.values.filter((v) => v !== value));
  return (
    <ChoiceGroup {...props} layout={props.columns ? 'choices choices--columns' : 'choices'}>
      {props.options.map((o, i) => (
        <div class="choice" key={o.value}>
          <input
            type="checkbox"
            id={choiceId(props.id, i, o.value)}
            name={props.id}
            value={o.value}
            checked={props.values.includes(o.value)}
            onChange={(e) => toggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for={choiceId(props.id, i, o.value)}>{o.label}</label>
        </div>
      ))}
    </ChoiceGroup>
  );
}

export function optionsFrom(table: Record<string, string>): Option[] {
  return Object.entries(table).map(([value, label]) => ({ value, label }));
}
