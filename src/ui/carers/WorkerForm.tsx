import { useState } from 'preact/hooks';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { writeErrorMessage } from '../../data/write-errors';
import { SelectField } from '../components/fields';
import { SaveFailed } from '../components/SaveFailed';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { byName } from '../current-user';
import { FormButtons } from '../household/AssessmentFormParts';

/** Names the household's supervising social worker from the people using this device. */
export function WorkerForm({ record, onDone }: { record: CarerRecord; onDone: () => void }) {
  const [workerId, setWorkerId] = useState(record.carer.supervisingWorkerId ?? '');
  const [failed, setFailed] = useState<string>();
  const guard = useRevisionGuard(record.carer);
  const submit = async (e: Event) => {
    e.preventDefault();
    setFailed(undefined);
    guard.clear();
    try {
      await carersRepo.setWorker(record.carer.householdId, workerId || undefined, guard.base, byName());
      onDone();
    } catch (error) {
      if (!guard.refused(error)) setFailed(writeErrorMessage(error));
    }
  };
  return (
    <form class="card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="worker-title">
      <h3 id="worker-title">Supervising social worker</h3>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="worker-stale" />}
      <SaveFailed message={failed} id="worker-failed" />
      <SelectField
        id="worker-id"
        label="Supervising social worker"
        value={workerId}
        placeholder="Not assigned"
        options={record.staff.filter((s) => s.active || s.id === workerId).map((s) => ({ value: s.id, label: s.name }))}
        onChange={setWorkerId}
      />
      <FormButtons save="Save worker" onCancel={onDone} />
    </form>
  );
}
