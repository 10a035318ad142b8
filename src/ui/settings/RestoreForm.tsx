import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupContent, BackupProgress as Progress } from '../../domain/backup/format';
import { describeChange, totals, type TableChange } from '../../domain/backup/summary';
import { applyRestore, planRestore, pruningWarning, readBackup } from '../../data/backup';
import { byName } from '../current-user';
import { formatInstant } from '../components/BackupReminder';
import { RadioGroup, TextField } from '../components/fields';
import { backupSource } from '../../domain/merge/incoming';
import { MergePreview } from '../merge/MergePreview';
import { SuccessBanner } from '../components/SuccessBanner';
import { BackupProgress, shownEvery } from './BackupProgress';
import type { ReportErrors } from './section-errors';

const FIELDS = { mode: 'restore-mode', file: 'restore-file', passphrase: 'restore-passphrase' } as const;

type Mode = 'replace' | 'merge';
const MODES = [
  { value: 'replace', label: 'Replace everything on this device with the backup (a new, wiped or repaired tablet)' },
  { value: 'merge', label: 'Merge the backup into this device, keeping what is here (a colleague’s tablet)' },
];

type Errors = { file?: string; passphrase?: string };
/** `olderThanPruning`: the backup predates removal notes this device no longer keeps. */
type Checked = { content: BackupContent; changes: TableChange[]; mode: Mode; olderThanPruning?: string };
type Outcome = { kind: 'restored'; households: number; at: number } | { kind: 'failed' };

/** The tables the summary names one by one; the rest are counted together. */
const NAMED = ['households', 'people', 'checks', 'notes'];

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function records(n: number): string {
  return `${n.toLocaleString('en-GB')} record${n === 1 ? '' : 's'}`;
}

/**
 * Restore: the file is read and checked in full first. To replace, a summary says what will be
 * added, replaced and removed, and only "Yes" changes the device, all at once; to merge, the merge
 * preview says what merging would do.
 */
export function RestoreForm({ report }: { report: ReportErrors }) {
  // Read from the field when the check starts, not kept from its change event: the file checked is
  // always the one the field shows, even straight after another is chosen, or when it is drawn again.
  const fileField = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<Mode>('replace');
  const [errors, setErrors] = useState<Errors>({});
  const [progress, setProgress] = useState<Progress | undefined>();
  const [checked, setChecked] = useState<Checked | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (checked) confirmRef.current?.focus();
  }, [checked]);

  const show = (found: Errors) => {
    setErrors(found);
    report(
      'restore',
      (['file', 'passphrase'] as const).flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])),
    );
  };

  const check = async (e: Event) => {
    e.preventDefault();
    if (progress) return;
    setOutcome(undefined);
    const file = fileField.current?.files?.[0];
    if (!file) return show({ file: 'Select the backup file to restore' });
    show({});
    setProgress({ step: 'Opening the backup', done: 0, total: 1 });
    try {
      const read = await readBackup(file, { passphrase: passphrase || undefined, onProgress: shownEvery(setProgress) });
      if (!read.ok) return show({ [read.problem.field]: read.problem.message });
      setChecked({
        content: read.value,
        changes: mode === 'replace' ? await planRestore(read.value) : [],
        mode,
        olderThanPruning: await pruningWarning(read.value.header.createdAt),
      });
    } catch {
      show({ file: 'The backup could not be read on this device. Nothing was changed. Try again.' });
    } finally {
      setProgress(undefined);
    }
  };

  const restore = async () => {
    if (!checked || progress) return;
    setProgress({ step: 'Restoring records', done: 0, total: 1 });
    try {
      await applyRestore(checked.content, byName(), shownEvery(setProgress), checked.changes);
      setOutcome({ kind: 'restored', households: checked.content.tables.households?.length ?? 0, at: Date.now() });
      if (fileField.current) fileField.current.value = '';
      setPassphrase('');
    } catch {
      setOutcome({ kind: 'failed' });
    } finally {
      setChecked(undefined);
      setProgress(undefined);
    }
  };

  const summary = checked && <RestoreSummary checked={checked} />;

  return (
    <form onSubmit={(e) => void check(e)} noValidate class="two-thirds" aria-labelledby="restore-heading">
      <h3 id="restore-heading">Restore from a backup</h3>
      {outcome?.kind === 'restored' && (
        <SuccessBanner key={outcome.at} focus>
          Backup restored: this device now holds {outcome.households.toLocaleString('en-GB')} {outcome.households === 1 ? 'household' : 'households'}, exactly as in the backup.
        </SuccessBanner>
      )}
      {outcome?.kind === 'failed' && (
        <p class="error-message" role="alert">
          The backup could not be restored: the device could not save it. Nothing was changed. Try again.
        </p>
      )}
      <p>
        Replacing makes this device hold exactly what the backup holds: records that are not in the backup are removed. Merging keeps
        everything here and adds or updates what the other device changed. Either way, half-typed forms, this device’s own settings
        (its name, who is using it) and your name on its list of people stay as they are.
      </p>
      {checked?.mode === 'merge' ? (
        <div class="settings-confirm" ref={confirmRef} tabIndex={-1}>
          {checked.olderThanPruning && <p class="warning-text">{checked.olderThanPruning}</p>}
          <MergePreview content={{ source: backupSource(checked.content.header.deviceName, checked.content.header.createdAt), tables: checked.content.tables }} />
          <button type="button" class="button button--secondary" onClick={() => setChecked(undefined)}>
            Choose another backup
          </button>
        </div>
      ) : checked ? (
        <div class="settings-confirm" ref={confirmRef} tabIndex={-1}>
          {summary}
          <div class="button-group">
            <button type="button" class="button button--warning" aria-disabled={progress !== undefined} onClick={() => void restore()}>
              {progress ? 'Restoring…' : 'Yes, replace everything with this backup'}
            </button>
            <button type="button" class="button button--secondary" aria-disabled={progress !== undefined} onClick={() => progress === undefined && setChecked(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          <RadioGroup id={FIELDS.mode} label="What should the backup do?" value={mode} onChange={(v) => setMode(v as Mode)} options={MODES} />
          <div class={`form-group${errors.file ? ' form-group--error' : ''}`}>
            <label class="label" for={FIELDS.file}>
              Backup file
            </label>
            <div class="hint" id={`${FIELDS.file}-hint`}>
              A file this app saved, ending .backup
            </div>
            {errors.file && (
              <p class="error-message" id={`${FIELDS.file}-error`}>
                <span class="visually-hidden">Error: </span>
                {errors.file}
              </p>
            )}
            <input
              type="file"
              class="file-upload"
              id={FIELDS.file}
              name={FIELDS.file}
              aria-describedby={`${FIELDS.file}-hint${errors.file ? ` ${FIELDS.file}-error` : ''}`}
              aria-invalid={errors.file ? 'true' : undefined}
              ref={fileField}
            />
          </div>
          <TextField
            id={FIELDS.passphrase}
            label="Passphrase, if the backup has one"
            type="password"
            autocomplete="off"
            spellcheck={false}
            value={passphrase}
            onInput={setPassphrase}
            error={errors.passphrase}
          />
          <button type="submit" class="button button--secondary" aria-disabled={progress !== undefined}>
            {progress ? 'Checking the backup…' : 'Check the backup'}
          </button>
        </>
      )}
      {progress && <BackupProgress id="restore-progress" progress={progress} />}
    </form>
  );
}

function RestoreSummary({ checked }: { checked: Checked }) {
  const { header } = checked.content;
  const named = checked.changes.filter((c) => NAMED.includes(c.table));
  const all = totals(checked.changes);
  return (
    <>
      <h4>Check before you restore</h4>
      <p>
        This backup was made on {formatInstant(header.createdAt)} by {header.createdBy || 'an unknown user'}
        {header.deviceName ? ` on ${header.deviceName}` : ''}.
      </p>
      <p class="warning-text">Restoring replaces everything on this device with the backup.</p>
      {checked.olderThanPruning && <p class="warning-text">{checked.olderThanPruning}</p>}
      <ul>
        {named.map((c) => (
          <li key={c.table}>{sentence(describeChange(c))}</li>
        ))}
        <li>
          In all, the device will hold {records(all.kept)} from the backup and {all.removed === 0 ? 'nothing is removed' : `${records(all.removed)} not in it will be removed`}.
        </li>
      </ul>
    </>
  );
}
