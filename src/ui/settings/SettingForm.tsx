import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { BaseRevisions } from '../../data/repositories/device-settings';
import { settingsRepo, type SettingKey } from '../../data/repositories/settings';
import { StaleWriteError } from '../../data/stale-error';
import { writeErrorMessage } from '../../data/write-errors';
import { SaveFailed } from '../components/SaveFailed';
import { StaleNotice } from '../components/StaleNotice';
import { SuccessBanner } from '../components/SuccessBanner';
import type { ReportErrors } from './section-errors';

/** A typed value as a field's check reads it: the value, or what is wrong with it. */
export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

type Checks<V> = { [K in keyof V]: Check<V[K]> };

const readRevisions = async (keys: readonly SettingKey[]): Promise<BaseRevisions> =>
  Object.fromEntries(await Promise.all(keys.map(async (key) => [key, await settingsRepo.revisionOf(key)] as const)));

/** A read a save awaits later: its failure is reported then, as that save's, not as an unhandled one. */
function quietly<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

/**
 * The save of a settings form of a few checked values: mistakes beside each field and in the page's
 * summary, a failed write said at the top, and a save over one made since the form opened (another
 * tab) refused with who changed what. What was typed stays in the form whatever happens.
 */
export function useSettingSave<F extends string>(options: {
  /** The form's entry in the page's error summary. */
  section: string;
  report: ReportErrors;
  /** Each field's id, in the order the form shows them. */
  fieldIds: Record<F, string>;
  /** The settings the form saves, read for their revisions when it opens. */
  keys: readonly SettingKey[];
  /** "The lock settings", for a write that fails. */
  what: string;
}) {
  const { section, report, fieldIds, keys, what } = options;
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [failed, setFailed] = useState<string>();
  const [stale, setStale] = useState<StaleWriteError>();
  const [saving, setSaving] = useState(false);
  // Asked for as the form is first drawn, before anything can be typed or saved here, and awaited
  // only by a save: IndexedDB answers it before any write made after it, so a save never goes
  // unchecked because the read had not finished.
  const base = useRef<Promise<BaseRevisions> | undefined>(undefined);
  base.current ??= quietly(readRevisions(keys));

  /** Checks every field, then writes the values when all are good; the values once saved. */
  async function submit<V extends Record<F, unknown>>(
    checks: Checks<V>,
    write: (values: V, base: BaseRevisions | undefined) => Promise<void>,
  ): Promise<V | undefined> {
    if (saving) return undefined;
    const found: Partial<Record<F, string>> = {};
    const values: Partial<V> = {};
    for (const field of Object.keys(fieldIds) as F[]) {
      const check = checks[field];
      if (check.ok) values[field] = check.value;
      else found[field] = check.message;
    }
    setErrors(found);
    report(
      section,
      (Object.keys(fieldIds) as F[]).flatMap((f) => (found[f] ? [{ field: fieldIds[f], message: found[f] }] : [])),
    );
    if (Object.keys(found).length > 0) return undefined;
    setSaving(true);
    setFailed(undefined);
    setStale(undefined);
    try {
      await write(values as V, await base.current);
      // The form may stay open: its next save starts from this one.
      base.current = quietly(readRevisions(keys));
      return values as V;
    } catch (error) {
      if (error instanceof StaleWriteError) setStale(error);
      else setFailed(writeErrorMessage(error, what));
      return undefined;
    } finally {
      setSaving(false);
    }
  }

  /** Takes the settings as they are now as the form's base, keeping what was typed. */
  function takeLatest(): void {
    base.current = quietly(readRevisions(keys));
    setStale(undefined);
  }

  return { errors, failed, stale, saving, submit, takeLatest };
}

export type SettingSave = Pick<ReturnType<typeof useSettingSave>, 'failed' | 'stale' | 'saving' | 'takeLatest'>;

/**
 * The shape every number-setting form shares: its heading (or name), the saved message, a failed or
 * refused save at the top, the fields, and one Save button that says when it is saving.
 */
export function SettingForm(props: {
  id: string;
  save: SettingSave;
  onSubmit: () => void;
  /** A heading of the form's own, or (without one) the form's accessible name. */
  heading?: string;
  label?: string;
  /** When the last save ended, so each save announces itself again. */
  savedAt: number | undefined;
  savedText: string;
  saveText: string;
  children: ComponentChildren;
}) {
  const { id, save } = props;
  const headingId = `${id}-heading`;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      noValidate
      class="two-thirds"
      aria-labelledby={props.heading ? headingId : undefined}
      aria-label={props.heading ? undefined : props.label}
    >
      {props.heading && <h3 id={headingId}>{props.heading}</h3>}
      {props.savedAt !== undefined && props.savedAt > 0 && (
        <SuccessBanner key={props.savedAt} focus>
          {props.savedText}
        </SuccessBanner>
      )}
      <SaveFailed message={save.failed} id={`${id}-failed`} />
      {save.stale && <StaleNotice stale={save.stale} id={`${id}-stale`} onUseLatest={save.takeLatest} />}
      {props.children}
      <button type="submit" class="button button--secondary" aria-disabled={save.saving}>
        {save.saving ? 'Saving…' : props.saveText}
      </button>
    </form>
  );
}
