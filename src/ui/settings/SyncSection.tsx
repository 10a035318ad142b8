import { useEffect, useState } from 'preact/hooks';
import { settingsRepo } from '../../data/repositories/settings';
import { writeErrorMessage } from '../../data/write-errors';
import type { SyncSettings } from '../../domain/sync/settings';
import { checkSyncSettings, type SyncErrors, type SyncField } from '../../domain/sync/settings-checks';
import { TextField } from '../components/fields';
import { byName } from '../current-user';
import type { ReportErrors } from './section-errors';
import { followSyncSettings, syncing, syncOnce } from './sync-runner';

const FIELDS: Record<SyncField, string> = { address: 'sync-address', database: 'sync-database', username: 'sync-username', password: 'sync-password' };
const ORDER: SyncField[] = ['address', 'database', 'username', 'password'];

type Outcome = { ok: boolean; message: string } | undefined;

/** Sync with the service's server: where it is, who this person is there, and the switch. Loaded with Settings, after the page. */
export default function SyncSection({ report }: { report: ReportErrors }) {
  const [saved, setSaved] = useState<SyncSettings>();
  useEffect(() => {
    void settingsRepo.syncSettings().then(setSaved);
  }, []);
  return (
    <section class="settings-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync with your service’s server</h2>
      <p class="two-thirds">
        When the service runs a sync server, every device of the team can hold the same records: changes go both ways whenever the device
        is online. Everything else works without it. Where two devices changed the same thing, both versions are kept and listed for a
        person to settle.
      </p>
      {saved === undefined ? <p class="loading">Loading sync settings…</p> : <SyncForm saved={saved} report={report} onSaved={setSaved} />}
    </section>
  );
}

function SyncForm(props: { saved: SyncSettings; report: ReportErrors; onSaved: (s: SyncSettings) => void }) {
  const [form, setForm] = useState<SyncSettings>(() => ({ ...props.saved, address: props.saved.address || `${location.origin}/couchdb` }));
  const [errors, setErrors] = useState<SyncErrors>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const set = (field: SyncField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  /** The form's settings when they pass their checks, or undefined with each error shown. */
  const checked = (): SyncSettings | undefined => {
    const found = checkSyncSettings(form, location.origin);
    setErrors(found);
    props.report(
      'sync',
      ORDER.flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])),
    );
    return Object.keys(found).length === 0 ? { ...form, address: form.address.trim(), database: form.database.trim(), username: form.username.trim() } : undefined;
  };

  const test = async (): Promise<boolean> => {
    const s = checked();
    if (!s) return false;
    setBusy(true);
    setOutcome(undefined);
    try {
      const { testConnection } = await import('../../data/sync/server');
      const problem = await testConnection(s);
      setOutcome(problem ? { ok: false, message: problem } : { ok: true, message: 'Connected: the server and the team database answered.' });
      return problem === undefined;
    } finally {
      setBusy(false);
    }
  };

  const save = async (on: boolean) => {
    if (on && !(await test())) return;
    const s = on ? checked() : { ...props.saved, on: false };
    if (!s) return;
    try {
      await settingsRepo.saveSyncSettings({ ...s, on }, byName());
      props.onSaved({ ...s, on });
      setOutcome({ ok: true, message: on ? 'Sync is on. This device is syncing now.' : 'Sync is off. The records on this device stay as they are.' });
      await followSyncSettings();
    } catch (error) {
      setOutcome({ ok: false, message: `Nothing was saved. ${writeErrorMessage(error)}` });
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(true);
      }}
    >
      <p>
        Sync is <strong>{props.saved.on ? 'on' : 'off'}</strong> on this device.
      </p>
      <TextField
        id={FIELDS.address}
        label="Server address"
        hint="Given by whoever runs the server. It is served from this app’s own address, for example ending /couchdb."
        value={form.address}
        onInput={set('address')}
        error={errors.address}
        autocomplete="url"
        spellcheck={false}
      />
      <TextField id={FIELDS.database} label="Team database name" value={form.database} onInput={set('database')} error={errors.database} spellcheck={false} width="short" />
      <TextField id={FIELDS.username} label="Your sync username" value={form.username} onInput={set('username')} error={errors.username} autocomplete="username" spellcheck={false} width="short" />
      <TextField
        id={FIELDS.password}
        label="Your sync password"
        hint="Kept on this device only, and never sent anywhere but this server."
        type="password"
        value={form.password}
        onInput={set('password')}
        error={errors.password}
        autocomplete="current-password"
        width="short"
      />
      {outcome && (
        <p class={outcome.ok ? undefined : 'error-message'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="button button--secondary" disabled={busy} onClick={() => void test()}>
          Test connection
        </button>
        <button type="submit" class="button" disabled={busy}>
          {props.saved.on ? 'Save and keep sync on' : 'Save and switch sync on'}
        </button>
        {props.saved.on && (
          <>
            <button type="button" class="button button--secondary" disabled={syncing.value} onClick={() => void syncOnce()}>
              Sync now
            </button>
            <button type="button" class="button button--warning" onClick={() => void save(false)}>
              Switch sync off
            </button>
          </>
        )}
      </div>
    </form>
  );
}
