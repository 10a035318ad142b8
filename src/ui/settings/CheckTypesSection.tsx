import { byName } from '../current-user';
import { useEffect, useState } from 'preact/hooks';
import { settingsRepo } from '../../data/repositories/settings';
import {
  checkTypeRows,
  isBuiltInCheckType,
  validateCheckTypes,
  validateNewCheckType,
  type CheckTypeRow,
  type NewCheckTypeForm,
  type SettingsErrors,
} from '../../domain/settings-validation';
import { TextField } from '../components/fields';
import { SuccessBanner } from '../components/SuccessBanner';
import type { ReportErrors } from './section-errors';

const labelId = (key: string) => `check-${key}-label`;
const countId = (key: string) => `check-${key}-count`;
const EMPTY_NEW: NewCheckTypeForm = { label: '', count: '1', perAdult: false, required: true, hasExpiry: false };

type Flag = 'perAdult' | 'required' | 'hasExpiry';

/** A checkbox whose whole cell is the touch target; the visible column header names it. */
function Toggle({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label class="settings-toggle" for={id}>
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span class="visually-hidden">{label}</span>
    </label>
  );
}

function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div class="choice">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

/** The stage 1 check list: rename, make optional, add the service's own checks, remove those. */
export function CheckTypesSection({ report }: { report: ReportErrors }) {
  const [rows, setRows] = useState<CheckTypeRow[] | undefined>();
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [draft, setDraft] = useState<NewCheckTypeForm>(EMPTY_NEW);
  const [draftErrors, setDraftErrors] = useState<SettingsErrors<'label' | 'count'>>({});
  const [message, setMessage] = useState<{ text: string; at: number } | undefined>();
  const [saved, setSaved] = useState<number | undefined>();

  useEffect(() => {
    void settingsRepo.checkTypes().then((types) => setRows(checkTypeRows(types)));
  }, []);

  if (!rows) {
    return (
      <section class="settings-section" aria-labelledby="checks-heading">
        <h2 id="checks-heading">Stage 1 checks</h2>
        <p class="loading">Loading the check list…</p>
      </section>
    );
  }

  const update = (key: string, patch: Partial<CheckTypeRow>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async (e: Event) => {
    e.preventDefault();
    const result = validateCheckTypes(rows);
    if (!result.ok) {
      setErrors(result.errors);
      setSaved(undefined);
      report(
        'checks',
        rows.flatMap((r) =>
          [
            result.errors[`${r.key}.label`] && { field: labelId(r.key), message: result.errors[`${r.key}.label`]! },
            result.errors[`${r.key}.count`] && { field: countId(r.key), message: result.errors[`${r.key}.count`]! },
          ].filter((x): x is { field: string; message: string } => Boolean(x)),
        ),
      );
      return;
    }
    try {
      await settingsRepo.saveCheckTypes(result.value, byName());
    } catch {
      setMessage({ text: 'The check list could not be saved on this device. Try again.', at: Date.now() });
      return;
    }
    setErrors({});
    setFresh(new Set());
    setMessage(undefined);
    report('checks', []);
    setSaved(Date.now());
  };

  const add = (e: Event) => {
    e.preventDefault();
    const result = validateNewCheckType(draft, rows);
    if (!result.ok) {
      setDraftErrors(result.errors);
      report(
        'new-check',
        (['label', 'count'] as const).filter((k) => result.errors[k]).map((k) => ({ field: `new-check-${k}`, message: result.errors[k]! })),
      );
      return;
    }
    setRows([...rows, result.value]);
    setFresh(new Set([...fresh, result.value.key]));
    setDraft(EMPTY_NEW);
    setDraftErrors({});
    report('new-check', []);
    setMessage({ text: `${result.value.label} added to the list below. Select “Save check list” to keep it.`, at: Date.now() });
  };

  const remove = (row: CheckTypeRow) => {
    setRows(rows.filter((r) => r.key !== row.key));
    setMessage({ text: `${row.label} taken off the list. Select “Save check list” to keep the change.`, at: Date.now() });
  };

  return (
    <section class="settings-section" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Stage 1 checks</h2>
      {saved !== undefined && (
        <SuccessBanner key={saved} focus>
          Check list saved
        </SuccessBanner>
      )}
      <p>
        The checks each household needs at stage 1. Households already in stage 1 keep the checks they have. Built-in checks can be
        renamed or made optional; checks the service adds can also be removed.
      </p>
      {message && (
        <p class="warning-text" role="status" key={message.at}>
          {message.text}
        </p>
      )}
      <form onSubmit={(e) => void save(e)} noValidate>
        <div class="table-wrap">
          <table class="table settings-checks">
            <caption class="visually-hidden">Stage 1 check list</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">For each adult</th>
                <th scope="col">Required before panel</th>
                <th scope="col">Has an expiry date</th>
                <th scope="col">How many</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const builtIn = isBuiltInCheckType(r.key);
                const labelError = errors[`${r.key}.label`];
                const countError = errors[`${r.key}.count`];
                const flag = (name: Flag, text: string) =>
                  builtIn && name !== 'required' ? (
                    r[name] ? 'Yes' : 'No'
                  ) : (
                    <Toggle id={`check-${r.key}-${name}`} label={`${text}: ${r.label || `check ${i + 1}`}`} checked={r[name]} onChange={(on) => update(r.key, { [name]: on })} />
                  );
                return (
                  <tr key={r.key}>
                    <td>
                      <div class={`form-group settings-cell${labelError ? ' form-group--error' : ''}`}>
                        <label class="visually-hidden" for={labelId(r.key)}>
                          Name of check {i + 1}
                        </label>
                        {labelError && (
                          <p class="error-message" id={`${labelId(r.key)}-error`}>
                            <span class="visually-hidden">Error: </span>
                            {labelError}
                          </p>
                        )}
                        <input
                          class={`input${labelError ? ' input--error' : ''}`}
                          id={labelId(r.key)}
                          value={r.label}
                          aria-invalid={labelError ? 'true' : undefined}
                          aria-describedby={labelError ? `${labelId(r.key)}-error` : undefined}
                          onInput={(e) => update(r.key, { label: (e.currentTarget as HTMLInputElement).value })}
                        />
                        {fresh.has(r.key) && <span class="hint">New: not saved yet</span>}
                      </div>
                    </td>
                    <td>{flag('perAdult', 'For each adult')}</td>
                    <td>{flag('required', 'Required before panel')}</td>
                    <td>{flag('hasExpiry', 'Has an expiry date')}</td>
                    <td>
                      {r.perAdult ? (
                        'One each'
                      ) : (
                        <div class={`form-group settings-cell${countError ? ' form-group--error' : ''}`}>
                          <label class="visually-hidden" for={countId(r.key)}>
                            How many {r.label || `of check ${i + 1}`}
                          </label>
                          {countError && (
                            <p class="error-message" id={`${countId(r.key)}-error`}>
                              <span class="visually-hidden">Error: </span>
                              {countError}
                            </p>
                          )}
                          <input
                            class={`input input--number${countError ? ' input--error' : ''}`}
                            id={countId(r.key)}
                            value={r.count}
                            inputMode="numeric"
                            aria-invalid={countError ? 'true' : undefined}
                            aria-describedby={countError ? `${countId(r.key)}-error` : undefined}
                            onInput={(e) => update(r.key, { count: (e.currentTarget as HTMLInputElement).value })}
                          />
                        </div>
                      )}
                    </td>
                    <td>
                      {builtIn ? (
                        <span class="muted">Built in</span>
                      ) : (
                        <button type="button" class="link-button" onClick={() => remove(r)}>
                          Remove <span class="visually-hidden">{r.label}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="submit" class="button">
          Save check list
        </button>
      </form>

      <form onSubmit={add} noValidate class="two-thirds">
        <h3>Add a check</h3>
        <TextField id="new-check-label" label="Name of the check" value={draft.label} onInput={(label) => setDraft({ ...draft, label })} error={draftErrors.label} />
        <fieldset class="form-group">
          <legend>About this check</legend>
          <div class="choices">
            <Checkbox id="new-check-perAdult" label="Needed for each adult in the household" checked={draft.perAdult} onChange={(perAdult) => setDraft({ ...draft, perAdult })} />
            <Checkbox id="new-check-required" label="Required before panel" checked={draft.required} onChange={(required) => setDraft({ ...draft, required })} />
            <Checkbox id="new-check-hasExpiry" label="Has an expiry date" checked={draft.hasExpiry} onChange={(hasExpiry) => setDraft({ ...draft, hasExpiry })} />
          </div>
        </fieldset>
        {!draft.perAdult && (
          <TextField
            id="new-check-count"
            label="How many each household needs"
            hint="A whole number from 1 to 10"
            value={draft.count}
            onInput={(count) => setDraft({ ...draft, count })}
            inputMode="numeric"
            width="number"
            error={draftErrors.count}
          />
        )}
        <button type="submit" class="button button--secondary">
          Add check to the list
        </button>
      </form>
    </section>
  );
}
