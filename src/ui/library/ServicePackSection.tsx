import { useEffect, useRef, useState } from 'preact/hooks';
import { libraryRepo, type PackImport } from '../../data/repositories/library';
import { writeErrorMessage } from '../../data/write-errors';
import { SuccessBanner } from '../components/SuccessBanner';
import { byName } from '../current-user';
import { downloadText } from '../components/download';

const FILE_ID = 'service-pack-file';
/** Far above any real pack; stops a wrong file (a video, say) being read into memory. */
const MAX_FILE_BYTES = 5_000_000;

type Outcome = PackImport | { ok: false; problems: string[] } | undefined;

/**
 * Staff export the service's details and own resources as one file; carers import it on their
 * own devices. The file is checked in full first, and a bad file changes nothing.
 */
/** `staffTools` false on a carer's device: carers import a pack, they never make one. */
export function ServicePackSection({ staffTools }: { staffTools: boolean }) {
  const [file, setFile] = useState<File | undefined>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
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

  const importPack = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setAt(Date.now());
    if (!file) return setOutcome({ ok: false, problems: ['Select a service pack file'] });
    if (file.size > MAX_FILE_BYTES) return setOutcome({ ok: false, problems: ['This file is too big to be a service pack'] });
    setBusy(true);
    try {
      setOutcome(await libraryRepo.importServicePack(await file.text(), byName()));
    } catch (error) {
      setOutcome({ ok: false, problems: [writeErrorMessage(error, 'The service pack')] });
    } finally {
      setBusy(false);
    }
  };

  const problems = outcome && !outcome.ok ? outcome.problems : [];
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
      {outcome?.ok && (
        <SuccessBanner key={at} focus>
          Service pack imported: {outcome.resources} resource{outcome.resources === 1 ? '' : 's'}
          {outcome.serviceName ? ` and the contact details of ${outcome.serviceName}` : ' and your service’s contact details'}.
        </SuccessBanner>
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
      <form onSubmit={(e) => void importPack(e)} noValidate>
        <div class={`form-group${problems.length ? ' form-group--error' : ''}`}>
          <label class="label" for={FILE_ID}>
            Service pack file
          </label>
          <div class="hint" id={`${FILE_ID}-hint`}>
            A .json file from your fostering service. It replaces the service’s details and its own resources on this device.
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
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Importing…' : 'Import service pack'}
        </button>
      </form>
    </section>
  );
}
