import { useEffect, useRef, useState } from 'preact/hooks';
import { libraryRepo, type PackCheck, type PackImport } from '../../data/repositories/library';
import type { ServicePack } from '../../domain/library/service-pack';
import { writeErrorMessage } from '../../data/write-errors';
import { SuccessBanner } from '../components/SuccessBanner';
import { byName } from '../current-user';
import { downloadText } from '../components/download';
import { ServicePackPreview } from './ServicePackPreview';

const FILE_ID = 'service-pack-file';
/** Far above any real pack; stops a wrong file (a video, say) being read into memory. */
const MAX_FILE_BYTES = 5_000_000;

type Outcome = PackImport | { ok: false; problems: string[] } | { ok: 'cancelled' } | undefined;
type Checked = Extract<PackCheck, { ok: true }>;

/**
 * Staff export the service's details and own resources as one file; carers import it on their
 * own devices. The file is checked in full first, and a bad file changes nothing; a good one is
 * shown as what it would change, and applied only when the person says yes.
 */
/** `staffTools` false on a carer's device: carers import a pack, they never make one. */
export function ServicePackSection({ staffTools }: { staffTools: boolean }) {
  const [file, setFile] = useState<File | undefined>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked | undefined>();
  const [at, setAt] = useState(0);
  const [exportFailed, setExportFailed] = useState(false);

  const exportPack = async () => {
    try {
      const { fileName, json } = await libraryRepo.exportServicePack();
      downloadText(fileName, json, 'application/json');
      setExportFailed(false);
    } catch {
      setExportFailed(true);
    }
  };

  const checkPack = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setAt(Date.now());
    setChecked(undefined);
    if (!file) return setOutcome({ ok: false, problems: ['Select a service pack file'] });
    if (file.size > MAX_FILE_BYTES) return setOutcome({ ok: false, problems: ['This file is too big to be a service pack'] });
    setBusy(true);
    try {
      const result = await libraryRepo.checkServicePack(await file.text());
      setOutcome(result.ok ? undefined : result);
      if (result.ok) setChecked(result);
    } catch (error) {
      setOutcome({ ok: false, problems: [writeErrorMessage(error, 'The service pack')] });
    } finally {
      setBusy(false);
    }
  };

  const applyPack = async (pack: ServicePack) => {
    setAt(Date.now());
    try {
      setOutcome(await libraryRepo.applyServicePack(pack, byName()));
    } catch (error) {
      setOutcome({ ok: false, problems: [writeErrorMessage(error, 'The service pack')] });
    }
    setChecked(undefined);
  };

  const cancel = () => {
    setAt(Date.now());
    setChecked(undefined);
    setOutcome({ ok: 'cancelled' });
  };

  const problems = outcome?.ok === false ? outcome.problems : [];
  const problemsRef = useRef<HTMLDivElement>(null);
  // As with the GOV.UK error summary, keyboard and screen reader users land on what went wrong.
  useEffect(() => {
    if (problems.length) problemsRef.current?.focus();
  }, [outcome]);
  return (
    <section class="settings-section library-pack" aria-labelledby="library-pack-heading">
      <h2 id="library-pack-heading">Service pack</h2>
      <p class="two-thirds">A service pack holds your fostering service's contact details and its own resources, so carers can read them offline on their own devices.</p>

      {staffTools && (
        <>
          <h3>For staff: share with carers</h3>
          <p>Download the pack, then send the file to carers in the usual way.</p>
          <button type="button" class="button button--secondary" onClick={() => void exportPack()}>
            Download the service pack
          </button>
          {exportFailed && (
            <p class="error-message" role="alert">
              The service pack could not be made on this device. Try again.
            </p>
          )}
        </>
      )}

      <h3>For carers: import a pack from your service</h3>
      {outcome?.ok === true && (
        <SuccessBanner key={at} focus>
          Service pack imported: {outcome.added} resource{outcome.added === 1 ? '' : 's'} added, {outcome.changed} changed, {outcome.removed} removed
          {outcome.serviceName ? `, and the contact details of ${outcome.serviceName}` : ', and your service’s contact details'}.
        </SuccessBanner>
      )}
      {outcome?.ok === 'cancelled' && (
        <p key={at} role="status">
          The service pack was not applied. Nothing on this device was changed.
        </p>
      )}
      {problems.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="pack-errors-title" key={at} ref={problemsRef}>
          <h3 class="error-summary__title" id="pack-errors-title">
            The service pack was not imported
          </h3>
          <p>Nothing on this device was changed.</p>
          <ul class="error-summary__list library-pack__problems">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {checked && <ServicePackPreview key={at} plan={checked.plan} onApply={() => applyPack(checked.pack)} onCancel={cancel} />}
      <form onSubmit={(e) => void checkPack(e)} noValidate hidden={checked !== undefined}>
        <div class={`form-group${problems.length ? ' form-group--error' : ''}`}>
          <label class="label" for={FILE_ID}>
            Service pack file
          </label>
          <div class="hint" id={`${FILE_ID}-hint`}>
            A .json file from your fostering service. You will see what it changes before anything does.
          </div>
          {problems.length > 0 && (
            <p class="error-message" id={`${FILE_ID}-error`}>
              <span class="visually-hidden">Error: </span>
              {problems[0]}
            </p>
          )}
          <input
            class="file-upload"
            type="file"
            id={FILE_ID}
            name={FILE_ID}
            accept=".json,application/json"
            aria-describedby={`${FILE_ID}-hint${problems.length ? ` ${FILE_ID}-error` : ''}`}
            onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0])}
          />
        </div>
        <button type="submit" class="button" aria-disabled={busy}>
          {busy ? 'Checking…' : 'Check the service pack'}
        </button>
      </form>
    </section>
  );
}
