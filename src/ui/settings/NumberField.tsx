import { TextField } from '../components/fields';

/**
 * A whole number typed into a settings form: a text field with the number keypad, so what is
 * typed stays as typed (no browser rounding or silent clearing) and the form's own check says
 * what is wrong beside it.
 */
export function NumberField(props: { id: string; label: string; hint: string; value: string; onInput: (value: string) => void; error?: string }) {
  return <TextField {...props} inputMode="numeric" width="number" spellcheck={false} />;
}
