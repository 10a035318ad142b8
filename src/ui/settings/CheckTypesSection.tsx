import { byName } from '../current-user';
import { useState } from 'preact/hooks';
import { settingsRepo } from '../../data/repositories/settings';
import { writeErrorMessage } from '../../data/write-errors';
import {
  checkTypeRows,
  isBuiltInCheckType,
  validateCheckTypes,
  validateNewCheckType,
  type CheckTypeRow,
  type NewCheckTypeForm,
  type SettingsErrors,
} from '../../domain/settings-validation';
import { CHECK_SCOPES, type CheckScope, type CheckType } from '../../domain/settings';
import { DraftNotice } from '../components/DraftNotice';
import { SelectField, TextField, optionsFrom } from '../components/fields';
import { SuccessBanner } from '../components/SuccessBanner';
import { draftValues, useFormDraft } from '../components/use-form-draft';
import { useSettingRevision } from './use-setting-revision';
import type { ReportErrors } from './section-errors';
import { useLoad } from '../use-load';

const labelId = (key: string) => `check-${key}-label`;
const countId = (key: string) => `check-${key}-count`;
const validityId = (key: string) => `check-${key}-validityMonths`;
const EMPTY_NEW: NewCheckTypeForm = { label: '', count: '1', scope: 'household', required: true, hasExpiry: false, validityMonths: '' };
const SCOPE_OPTIONS = optionsFrom(CHECK_SCOPES);

type Flag = 'required' | 'hasExpiry';

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

const CHECKS_DRAFT = 'settings:check-types';
const NEW_CHECK_DRAFT = 'settings:new-check-type';
const ROW_SHAPE: CheckTypeRow = { key: '', label: '', count: '', scope: 'household', required: false, hasExpiry: false, validityMonths: '' };

/** Rows with their fields in one order, so a draft can be told apart from the saved list by its text. */
const savedRows = (types: CheckType[]): CheckTypeRow[] =>
  checkTypeRows(types).map((r) => ({ key: r.key, label: r.label, count: r.count, scope: r.scope, required: r.required, hasExpiry: r.hasExpiry, validityMonths: r.validityMonths }));

/**
 * A stored check list laid over the saved one. Drafts outlive app versions, so built-in checks
 * keep their fixed settings and only take what can be changed on them, and any built-in check
 * the draft lacks is kept.
 */
function readChecksDraft(raw: unknown, saved: CheckTypeRow[]): CheckTypeRow[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const rows: CheckTypeRow[] = [];
  for (const item of raw as unknown[]) {
    const row = draftValues(item, ROW_SHAPE);
    if (!row || !row.key || rows.some((r) => r.key === row.key)) continue;
    if (!isBuiltInCheckType(row.key)) rows.push(row);
    else {
      const start = saved.find((r) => r.key === row.key);
      if (start) rows.push({ ...start, label: row.label, scope: row.scope, required: row.required, count: row.count, validityMonths: row.validityMonths });
    }
  }
  return [...rows, ...saved.filter((r) => isBuiltInCheckType(r.key) && !rows.some((d) => d.key === r.key))];
}

/** The stage 1 check list: rename, make optional, add the service's own checks, remove those. */
export function CheckTypesSection({ report }: { report: ReportErrors }) {
  const [saved, setSaved] = useState<{ rows: CheckTypeRow[]; at: number } | undefined>();
  const [banner, setBanner] = useState<number | undefined>();

  useLoad(settingsRepo.checkTypes, (types) => setSaved({ rows: savedRows(types), at: 0 }));

  const onSaved = (types: CheckType[]) => {
    const at = Date.now();
    setSaved({ rows: savedRows(types), at });
    setBanner(at);
  };

  return (
    <section class="settings-section" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Stage 1 checks</h2>
      {saved === undefined ? (
        <p class="loading">Loading the check list…</p>
      ) : (
        <>
          {banner !== undefined && (
            <SuccessBanner key={banner} focus>
              Check list saved
            </SuccessBanner>
          )}
          <p>
            The checks each household needs at stage 1. Households already in stage 1 keep the checks they have. Built-in checks can be
            renamed or made optional; checks the service adds can also be removed.
          </p>
          {/* A new key after each save, so the list starts again from what was saved. */}
          <CheckListEditor
            key={saved.at}
            saved={saved.rows}
            report={report}
            onSaved={onSaved}
            onInvalid={() => setBanner(undefined)}
          />
        </>
      )}
    </section>
  );
}

/** A number typed in a table cell, with its message beside it; the column header is its visible label. */
function NumberCell(props: { id: string; label: string; value: string; error?: string; onInput: (value: string) => void }) {
  const { id, error } = props;
  return (
    <div class={`form-group settings-cell${error ? ' form-group--error' : ''}`}>
      <label class="visually-hidden" for={id}>
        {props.label}
      </label>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        class={`input input--number${error ? ' input--error' : ''}`}
        id={id}
        value={props.value}
        inputMode="numeric"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

/** The check list and the form to add to it; unsaved changes to the list are a draft until saved or discarded. */
function CheckListEditor(props: { saved: CheckTypeRow[]; report: ReportErrors; onSaved: (types: CheckType[]) => void; onInvalid: () => void }) {
  const { saved, report } = props;
  const draft = useFormDraft(CHECKS_DRAFT, () => saved, readChecksDraft);
  const rows = draft.values;
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [message, setMessage] = useState<{ text: string; at: number } | undefined>();
  const baseRev = useSettingRevision('checkTypes');

  const update = (key: string, patch: Partial<CheckTypeRow>) => draft.change((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async (e: Event) => {
    e.preventDefault();
    const result = validateCheckTypes(rows);
    if (!result.ok) {
      setErrors(result.errors);
      props.onInvalid();
      report(
        'checks',
        rows.flatMap((r) =>
          [
            result.errors[`${r.key}.label`] && { field: labelId(r.key), message: result.errors[`${r.key}.label`]! },
            result.errors[`${r.key}.count`] && { field: countId(r.key), message: result.errors[`${r.key}.count`]! },
            result.errors[`${r.key}.validityMonths`] && { field: validityId(r.key), message: result.errors[`${r.key}.validityMonths`]! },
          ].filter((x): x is { field: string; message: string } => Boolean(x)),
        ),
      );
      return;
    }
    try {
      await settingsRepo.saveCheckTypes(result.value, byName(), baseRev.current);
    } catch (error) {
      setMessage({ text: writeErrorMessage(error, 'The check list'), at: Date.now() });
      return;
    }
    report('checks', []);
    await draft.discard();
    props.onSaved(result.value);
  };

  const added = (row: CheckTypeRow) => {
    draft.change((all) => [...all, row]);
    setMessage({ text: `${row.label} added to the list below. Select “Save check list” to keep it.`, at: Date.now() });
  };

  const remove = (row: CheckTypeRow) => {
    draft.change((all) => all.filter((r) => r.key !== row.key));
    setMessage({ text: `${row.label} taken off the list. Select “Save check list” to keep the change.`, at: Date.now() });
  };

  return (
    <>
      {message && (
        <p class="warning-text" role="status" key={message.at}>
          {message.text}
        </p>
      )}
      <DraftNotice draft={draft} focusId={labelId(saved[0]?.key ?? '')} />
      <form onSubmit={(e) => void save(e)} noValidate>
        <div class="table-wrap">
          <table class="table table--stack-tablet settings-checks">
            <caption class="visually-hidden">Stage 1 check list</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Who it is for</th>
                <th scope="col">Required before panel</th>
                <th scope="col">Has an expiry date</th>
                <th scope="col">Valid for (months)</th>
                <th scope="col">How many each</th>
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
                const validityError = errors[`${r.key}.validityMonths`];
                const flag = (name: Flag, text: string) =>
                  builtIn && name !== 'required' ? (
                    r[name] ? 'Yes' : 'No'
                  ) : (
                    <Toggle id={`check-${r.key}-${name}`} label={`${text}: ${r.label || `check ${i + 1}`}`} checked={r[name]} onChange={(on) => update(r.key, { [name]: on })} />
                  );
                return (
                  <tr key={r.key}>
                    <td data-label="Check">
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
                        {!saved.some((k) => k.key === r.key) && <span class="hint">New: not saved yet</span>}
                      </div>
                    </td>
                    <td data-label="Who it is for">
                      <label class="visually-hidden" for={`check-${r.key}-scope`}>
                        Who {r.label || `check ${i + 1}`} is for
                      </label>
                      <select
                        class="select"
                        id={`check-${r.key}-scope`}
                        value={r.scope}
                        onChange={(e) => update(r.key, { scope: (e.currentTarget as HTMLSelectElement).value as CheckScope })}
                      >
                        {SCOPE_OPTIONS.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td data-label="Required before panel">{flag('required', 'Required before panel')}</td>
                    <td data-label="Has an expiry date">{flag('hasExpiry', 'Has an expiry date')}</td>
                    <td data-label="Valid for (months)">
                      {r.hasExpiry ? (
                        <NumberCell id={validityId(r.key)} label={`Months ${r.label || `check ${i + 1}`} stays valid`} value={r.validityMonths} error={validityError} onInput={(validityMonths) => update(r.key, { validityMonths })} />
                      ) : (
                        'No expiry'
                      )}
                    </td>
                    <td data-label="How many each">
                      <NumberCell id={countId(r.key)} label={`How many ${r.label || `of check ${i + 1}`}`} value={r.count} error={countError} onInput={(count) => update(r.key, { count })} />
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

      <NewCheckForm rows={rows} report={report} onAdded={added} />
    </>
  );
}

/** "Add a check": a draft of its own until the check is added to the list or discarded. */
function NewCheckForm({ rows, report, onAdded }: { rows: CheckTypeRow[]; report: ReportErrors; onAdded: (row: CheckTypeRow) => void }) {
  const draft = useFormDraft<NewCheckTypeForm>(NEW_CHECK_DRAFT, () => EMPTY_NEW);
  const form = draft.values;
  const [errors, setErrors] = useState<SettingsErrors<'label' | 'count' | 'validityMonths'>>({});
  const set = <K extends keyof NewCheckTypeForm>(key: K) => (value: NewCheckTypeForm[K]) => draft.change((f) => ({ ...f, [key]: value }));

  const add = async (e: Event) => {
    e.preventDefault();
    const result = validateNewCheckType(form, rows);
    if (!result.ok) {
      setErrors(result.errors);
      report(
        'new-check',
        (['label', 'count', 'validityMonths'] as const).filter((k) => result.errors[k]).map((k) => ({ field: `new-check-${k}`, message: result.errors[k]! })),
      );
      return;
    }
    setErrors({});
    report('new-check', []);
    await draft.discard();
    onAdded(result.value);
  };

  return (
    <form onSubmit={(e) => void add(e)} noValidate class="two-thirds">
      <h3>Add a check</h3>
      <DraftNotice draft={draft} focusId="new-check-label" />
      <TextField id="new-check-label" label="Name of the check" value={form.label} onInput={set('label')} error={errors.label} />
      <SelectField id="new-check-scope" label="Who it is for" value={form.scope} onChange={(v) => set('scope')(v as CheckScope)} options={SCOPE_OPTIONS} />
      <fieldset class="form-group">
        <legend>About this check</legend>
        <div class="choices">
          <Checkbox id="new-check-required" label="Required before panel" checked={form.required} onChange={set('required')} />
          <Checkbox id="new-check-hasExpiry" label="Has an expiry date" checked={form.hasExpiry} onChange={set('hasExpiry')} />
        </div>
      </fieldset>
      {form.hasExpiry && (
        <TextField
          id="new-check-validityMonths"
          label="Months it stays valid (optional)"
          hint="Counted from the date received when no expiry date is entered on the check"
          value={form.validityMonths}
          onInput={set('validityMonths')}
          inputMode="numeric"
          width="number"
          error={errors.validityMonths}
        />
      )}
      <TextField
        id="new-check-count"
        label="How many each needs"
        hint="For each person it is for, or for the household: a whole number from 1 to 10"
        value={form.count}
        onInput={set('count')}
        inputMode="numeric"
        width="number"
        error={errors.count}
      />
      <button type="submit" class="button button--secondary">
        Add check to the list
      </button>
    </form>
  );
}
