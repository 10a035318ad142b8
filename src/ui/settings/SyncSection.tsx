import { useRef, useState } from 'preact/hooks';
import { teamKeyId } from '../../data/crypto/vault';
import { settingsRepo } from '../../data/repositories/settings';
import { writeErrorMessage } from '../../data/write-errors';
import type { SyncSettings } from '../../domain/sync/settings';
import { checkSyncSettings, checkTeamJoin, type JoinField, type SyncField } from '../../domain/sync/settings-checks';
import { TextField } from '../components/fields';
import { byName, currentUser } from '../current-user';
import { BackupProgress } from './BackupProgress';
import { TeamPassphraseForm } from './TeamPassphraseForm';
import type { ReportErrors } from './section-errors';
import { followSyncSettings, syncing, syncOnce } from './sync-runner';
import { vaultState } from '../lock/lock-state';
import { useLoad } from '../use-load';

type Field = SyncField | JoinField;
const FIELDS: Record<Field, string> = {
  address: 'sync-address',
  database: 'sync-database',
  username: 'sync-username',
  password: 'sync-password',
  passphrase: 'sync-passphrase',
  passcode: 'sync-passcode',
};
const ORDER: Field[] = ['address', 'database', 'username', 'password', 'passphrase', 'passcode'];

const JOIN_WORDS = {
  noPasscode: 'Set a passcode for this device first',
  wrongPasscode: 'That is not your passcode for this device',
  wrongPassphrase: 'That is not your team’s passphrase: check it with your colleagues',
} as const;

type Outcome = { ok: boolean; message: string } | undefined;

/** Sync with the service's server: where it is, who this person is there, and the switch. Loaded with Settings, after the page. */
export default function SyncSection({ report }: { report: ReportErrors }) {
  const [saved, setSaved] = useState<SyncSettings>();
  /** Whether this device already seals with the team's key. */
  const [joined, setJoined] = useState<boolean>();
  // A device whose passphrase another device changed asks for the new one, as joining does.
  const isJoined = async () => (await teamKeyId()) !== undefined && !(await (await import('../../data/sync/team-key')).teamPassphraseChanged());
  const loadJoined = async () => setJoined(await isJoined());
  useLoad(
    () => Promise.all([settingsRepo.syncSettings(), isJoined()]),
    ([settings, teamKey]) => {
      setSaved(settings);
      setJoined(teamKey);
    },
  );
  return (
    <section class="settings-section" aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync with your service’s server</h2>
      <p class="two-thirds">
        When the service runs a sync server, every device of the team can hold the same records: changes go both ways whenever the device
        is online. Everything else works without it. Where two devices changed the same thing, both versions are kept and listed for a
        person to settle.
      </p>
      {saved === undefined || joined === undefined || vaultState.value === null ? (
        <p class="loading">Loading sync settings…</p>
      ) : vaultState.value === 'open' ? (
        // One place sets passcodes: what sync sends is sealed with the key a passcode guards.
        <p class="two-thirds">
          <strong>Set a passcode for this device before switching sync on.</strong> What sync sends is sealed with this device’s key, so
          the server never holds a name; a passcode is what guards that key. <a href="#passcodes-heading">Set a passcode under “Passcodes on this device”</a>.
        </p>
      ) : (
        <>
          <SyncForm
            saved={saved}
            joined={joined}
            report={report}
            onSaved={(s) => {
              setSaved(s);
              void loadJoined();
            }}
          />
          {saved.on && joined && <TeamPassphraseForm settings={saved} report={report} />}
        </>
      )}
    </section>
  );
}

function SyncForm(props: { saved: SyncSettings; joined: boolean; report: ReportErrors; onSaved: (s: SyncSettings) => void }) {
  const [form, setForm] = useState<SyncSettings>(() => ({ ...props.saved, address: props.saved.address || `${location.origin}/couchdb` }));
  const [join, setJoin] = useState({ passphrase: '', passcode: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  // One press at a time. The buttons stay focusable while a press works (aria-disabled, where
  // disabled dropped focus to the page), so a second press is refused here instead.
  const working = useRef(false);
  const once = (work: () => Promise<unknown>) => async () => {
    if (working.current) return;
    working.current = true;
    try {
      await work();
    } finally {
      working.current = false;
    }
  };
  const [sealing, setSealing] = useState<{ done: number; total: number }>();
  const set = (field: SyncField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const setJoinField = (field: JoinField) => (value: string) => setJoin((j) => ({ ...j, [field]: value }));

  const show = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    props.report(
      'sync',
      ORDER.flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])),
    );
  };

  /** The form's settings when they pass their checks, or undefined with each error shown. */
  const checked = (switchingOn = false): SyncSettings | undefined => {
    const found: Partial<Record<Field, string>> = { ...checkSyncSettings(form, location.origin), ...(switchingOn && !props.joined ? checkTeamJoin(join.passphrase, join.passcode) : {}) };
    show(found);
    return Object.keys(found).length === 0 ? { ...form, address: form.address.trim(), database: form.database.trim(), username: form.username.trim() } : undefined;
  };

  const test = async (switchingOn = false): Promise<boolean> => {
    const s = checked(switchingOn);
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

  /** Takes the team's key (or makes it, on the team's first device); undefined with the reason shown. */
  const joinTeamKey = async (s: SyncSettings): Promise<{ removed: string[] } | undefined> => {
    const person = currentUser.value;
    if (!person) return undefined;
    setBusy(true);
    try {
      const [{ joinTeam }, { teamDatabase }] = await Promise.all([import('../../data/sync/team-key'), import('../../data/sync/server')]);
      const joined = await joinTeam(teamDatabase(s), person.id, join.passcode, join.passphrase, (done, total) => setSealing({ done, total }));
      if (joined.ok) return { removed: joined.removedPasscodes };
      show({ [joined.reason === 'wrongPassphrase' ? 'passphrase' : 'passcode']: JOIN_WORDS[joined.reason] });
      return undefined;
    } finally {
      setSealing(undefined);
      setBusy(false);
    }
  };

  const save = async (on: boolean) => {
    if (on && !(await test(true))) return;
    const s = on ? checked(true) : { ...props.saved, on: false };
    if (!s) return;
    const joined = on && !props.joined ? await joinTeamKey(s) : { removed: [] };
    if (!joined) return;
    try {
      await settingsRepo.saveSyncSettings({ ...s, on }, byName());
      props.onSaved({ ...s, on });
      const removed = joined.removed.length ? ' Other people’s passcodes on this device opened its old key, so they were removed: add them again.' : '';
      setOutcome({ ok: true, message: on ? `Sync is on. This device is syncing now.${removed}` : 'Sync is off. The records on this device stay as they are.' });
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
        void once(() => save(true))();
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
      {!props.joined && (
        <>
          <TextField
            id={FIELDS.passphrase}
            label="Your team’s passphrase"
            hint="Agreed by your team and typed once on each device. It seals the records so the server never holds a name. Never tell it to whoever runs the server."
            type="password"
            value={join.passphrase}
            onInput={setJoinField('passphrase')}
            error={errors.passphrase}
            autocomplete="off"
          />
          <TextField
            id={FIELDS.passcode}
            label="Your passcode for this device"
            hint="The one you unlock this device with: the team’s key is kept for you under it."
            type="password"
            value={join.passcode}
            onInput={setJoinField('passcode')}
            error={errors.passcode}
            autocomplete="current-password"
            width="short"
          />
        </>
      )}
      {sealing && <BackupProgress id="sync-sealing" progress={{ step: 'Sealing this device’s records with the team’s key', ...sealing }} />}
      {outcome && (
        <p class={outcome.ok ? undefined : 'error-message'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="button button--secondary" aria-disabled={busy} onClick={() => void once(() => test())()}>
          Test connection
        </button>
        <button type="submit" class="button" aria-disabled={busy}>
          {props.saved.on ? 'Save and keep sync on' : 'Save and switch sync on'}
        </button>
        {props.saved.on && (
          <>
            <button type="button" class="button button--secondary" aria-disabled={syncing.value} onClick={() => void (syncing.value || syncOnce())}>
              Sync now
            </button>
            <button type="button" class="button button--warning" onClick={() => void once(() => save(false))()}>
              Switch sync off
            </button>
          </>
        )}
      </div>
    </form>
  );
}
