import { supportSettingsRepo, type SupportSettings } from '../../data/repositories/support-settings';
import { frequencyText } from '../../domain/support/tiers';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { useLiveQuery } from '../components/use-live-query';
import { byName } from '../current-user';
import { KeepCompletionSetting } from './KeepCompletionSetting';
import { LeavingReasons } from './LeavingReasons';
import { Opens } from './Opens';
import { SettingsItem } from './SettingsItem';
import { ProgrammeForm, TierSettingForm } from './TierSettingForms';

function Tiers({ data }: { data: SupportSettings }) {
  const names = (id?: string) => data.tiers.filter((t) => t.id !== id).map((t) => t.name);
  return (
    <section aria-labelledby="tiers-heading">
      <h2 id="tiers-heading">Tiers</h2>
      <p>The levels of support, in order. A household’s tier, its supervision visits and the reports use these.</p>
      <ol class="settings-list">
        {data.tiers.map((t, i) => (
          <SettingsItem
            key={t.id}
            id={t.id}
            name={t.name}
            index={i}
            count={data.tiers.length}
            rev={data.tiersRev}
            inUse={data.inUse.get(t.id)}
            rows={[
              { key: 'What qualifies a household', value: t.qualifies },
              { key: 'Supervision visits', value: frequencyText(t.supervision) },
              { key: 'Respite nights a year', value: String(t.respiteNightsAYear) },
              { key: 'Training required', value: t.trainingRequired },
              { key: 'Training hours a year', value: t.trainingHoursAYear === undefined ? 'No set hours' : String(t.trainingHoursAYear) },
              { key: 'Fee element', value: `£${t.feeElementWeekly} a week` },
            ]}
            form={(done) => <TierSettingForm tier={t} others={names(t.id)} rev={data.tiersRev} onDone={done} />}
            move={(id, by, rev) => supportSettingsRepo.moveTier(id, by, rev, byName())}
            remove={(id, rev) => supportSettingsRepo.removeTier(id, rev, byName())}
          />
        ))}
      </ol>
      <Opens label="Add a tier">{(done) => <TierSettingForm others={names()} rev={data.tiersRev} onDone={done} />}</Opens>
    </section>
  );
}

function Programmes({ data }: { data: SupportSettings }) {
  const names = (id?: string) => data.programmes.filter((p) => p.id !== id).map((p) => p.name);
  return (
    <section aria-labelledby="programmes-heading">
      <h2 id="programmes-heading">KEEP programmes</h2>
      <p>The programmes KEEP groups run. A group keeps the sessions it was set up with when its programme changes.</p>
      <ol class="settings-list">
        {data.programmes.map((p, i) => (
          <SettingsItem
            key={p.id}
            id={p.id}
            name={p.name}
            index={i}
            count={data.programmes.length}
            rev={data.programmesRev}
            inUse={data.inUse.get(p.id)}
            rows={[
              { key: 'Children’s ages', value: `${p.agesFrom} to ${p.agesTo}` },
              { key: 'Sessions', value: `${p.sessions} weekly sessions of ${p.minutesPerSession} minutes` },
            ]}
            form={(done) => <ProgrammeForm programme={p} others={names(p.id)} rev={data.programmesRev} onDone={done} />}
            move={(id, by, rev) => supportSettingsRepo.moveProgramme(id, by, rev, byName())}
            remove={(id, rev) => supportSettingsRepo.removeProgramme(id, rev, byName())}
          />
        ))}
      </ol>
      <Opens label="Add a KEEP programme">{(done) => <ProgrammeForm others={names()} rev={data.programmesRev} onDone={done} />}</Opens>
    </section>
  );
}

/** The service's tiers, KEEP programmes and reasons for leaving, edited in place; every change is audited. */
export default function SupportSettingsPage() {
  usePageTitle('Tiers and KEEP programmes');
  const result = useLiveQuery(() => supportSettingsRepo.read(), []);
  const data = result.data;
  return (
    <>
      <PageHeading caption="Carers">Tiers and KEEP programmes</PageHeading>
      {result.error ? (
        <p class="error-message">The tiers could not be read from this device’s storage. Reload the page to try again.</p>
      ) : data ? (
        <>
          <Tiers data={data} />
          <Programmes data={data} />
          <KeepCompletionSetting data={data} />
          <LeavingReasons />
        </>
      ) : (
        <p class="loading">Loading…</p>
      )}
    </>
  );
}
