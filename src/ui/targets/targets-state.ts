import { needsForm, type NeedsForm } from '../../domain/need-categories-form';
import type { NeedCategory, NeedSide } from '../../domain/need-categories';
import type { OwnFigures } from '../../domain/own-figures';
import { DEFAULT_ASSUMPTIONS, type CalculatorInputs } from '../../domain/target-assumptions';
import { DEFAULT_TARGET_NUMBERS, TARGET_INPUTS, fieldValue, targetsForm, type InputKey, type TargetsForm } from '../../domain/targets-form';
import type { TargetsLink } from '../../domain/targets-url';

/** Where a figure on the page came from; every field says so under its label. */
export type FieldSource =
  | { kind: 'documents'; note?: string }
  | { kind: 'records'; basis?: string }
  | { kind: 'entered' }
  | { kind: 'scenario'; name: string };

export interface TargetsState {
  form: TargetsForm;
  sources: Record<InputKey, FieldSource>;
  leaveOutKinship: boolean;
  needs: NeedsForm;
}

function sourcesFor(inputs: CalculatorInputs, other: (key: InputKey) => FieldSource): Record<InputKey, FieldSource> {
  const sources = {} as Record<InputKey, FieldSource>;
  for (const { key } of TARGET_INPUTS) {
    sources[key] = inputs[key] === DEFAULT_TARGET_NUMBERS[key] ? { kind: 'documents' } : other(key);
  }
  return sources;
}

export function defaultState(): TargetsState {
  return fromInputs({ ...DEFAULT_TARGET_NUMBERS, ...DEFAULT_ASSUMPTIONS }, () => ({ kind: 'entered' }));
}

function fromInputs(inputs: CalculatorInputs, other: (key: InputKey) => FieldSource): TargetsState {
  return { form: targetsForm(inputs), sources: sourcesFor(inputs, other), leaveOutKinship: inputs.leaveOutKinship, needs: needsForm(inputs.needs) };
}

export function fromLink({ inputs, fromRecords }: TargetsLink): TargetsState {
  const state = fromInputs(inputs, () => ({ kind: 'entered' }));
  for (const key of fromRecords) state.sources[key] = { kind: 'records' };
  return state;
}

export function fromScenario(inputs: CalculatorInputs, name: string): TargetsState {
  return fromInputs(inputs, () => ({ kind: 'scenario', name }));
}

export function typed(state: TargetsState, key: InputKey, text: string): TargetsState {
  return {
    ...state,
    form: { ...state.form, [key]: { ...state.form[key], text } },
    sources: { ...state.sources, [key]: { kind: 'entered' } },
  };
}

export function typedNeed(state: TargetsState, category: NeedCategory, side: NeedSide, text: string): TargetsState {
  return { ...state, needs: { ...state.needs, [category]: { ...state.needs[category], [side]: text } } };
}

/** Fills what the records can give; where they cannot, puts the default back and says why. */
export function withOwnFigures(state: TargetsState, figures: OwnFigures): TargetsState {
  const form = { ...state.form };
  const sources = { ...state.sources };
  for (const [key, figure] of Object.entries(figures) as [keyof OwnFigures, OwnFigures[keyof OwnFigures]][]) {
    if (figure.source === 'records') {
      form[key] = fieldValue(key, figure.value);
      sources[key] = { kind: 'records', basis: figure.basis };
    } else {
      form[key] = fieldValue(key, DEFAULT_TARGET_NUMBERS[key]);
      sources[key] = { kind: 'documents', note: figure.reason };
    }
  }
  return { ...state, form, sources };
}

export function recordKeys(state: TargetsState): InputKey[] {
  return TARGET_INPUTS.map((i) => i.key).filter((k) => state.sources[k].kind === 'records');
}

export function sourceText(source: FieldSource): string {
  switch (source.kind) {
    case 'documents':
      return `Source: the source documents’ 2022/23 figures.${source.note ? ` ${source.note}` : ''}`;
    case 'records':
      return `Source: from this service’s records.${source.basis ? ` ${source.basis}` : ''}`;
    case 'entered':
      return 'Source: entered on this page.';
    case 'scenario':
      return `Source: the saved scenario “${source.name}”.`;
  }
}

/** The source in a word or two, for the printed summary's table. */
export function sourceLabel(source: FieldSource): string {
  return {
    documents: 'Source documents, 2022/23',
    records: 'This service’s records',
    entered: 'Entered',
    scenario: 'Saved scenario',
  }[source.kind];
}
