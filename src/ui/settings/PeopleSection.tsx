import { useState } from 'preact/hooks';
import { useLiveQuery } from '../components/use-live-query';
import { staffRepo } from '../../data/repositories/staff';
import { writeErrorMessage } from '../../data/write-errors';
import type { StaffMember } from '../../domain/household';
import { validateStaffName } from '../../domain/settings-validation';
import { DraftNotice } from '../components/DraftNotice';
import { TextField } from '../components/fields';
import { SaveFailed } from '../components/SaveFailed';
import { StaleNotice } from '../components/StaleNotice';
import { SuccessBanner } from '../components/SuccessBanner';
import { Tag } from '../components/Tag';
import { useFormDraft } from '../components/use-form-draft';
import { useRevisionGuard } from '../components/use-stale-guard';
import { currentUser, byName } from '../current-user';
import type { ReportErrors } from './section-errors';

const NAME_ID = 'new-person-name';

/** The "who is using this device" name list: add people, and mark those who have left. */
export function PeopleSection({ report }: { report: ReportErrors }) {
  const staff = useLiveQuery(() => staffRepo.list(), []).data;
  const draft = useFormDraft('settings:new-person', () => '');
  const name = draft.values;
  const [error, setError] = useState<string | undefined>();
  const [failed, setFailed] = useState<string>();
  const [done, setDone] = useState<{ text: string; at: number } | undefined>();
  // A status change is based on the name as the table showed it; the table always shows the latest.
  const guard = useRevisionGuard({});

  const add = async (e: Event) => {
    e.preventDefault();
    const result = validateStaffName(name, (staff ?? []).map((s) => s.name));
    if (!result.ok) {
      setError(result.errors.name);
      report('people', [{ field: NAME_ID, message: result.errors.name! }]);
      return;
    }
    setError(undefined);
    report('people', []);
    try {
      await staffRepo.add(result.value, byName());
    } catch (error) {
      // The name stays in the box and in its draft.
      setDone(undefined);
      setFailed(writeErrorMessage(error, 'The name'));
      return;
    }
    setFailed(undefined);
    await draft.discard();
    setDone({ text: `${result.value} added to the list`, at: Date.now() });
  };

  const setActive = async (member: StaffMember, active: boolean) => {
    guard.clear();
    try {
      await staffRepo.setActive(member.id, active, member.revision?.rev ?? '', byName());
    } catch (error) {
      setDone(undefined);
      if (!guard.refused(error)) setFailed(writeErrorMessage(error));
      return;
    }
    setFailed(undefined);
    setDone({
      text: active ? `${member.name} marked as working here again` : `${member.name} marked as no longer working here`,
      at: Date.now(),
    });
  };

  return (
    <section class="settings-section" aria-labelledby="people-heading">
      <h2 id="people-heading">People using this device</h2>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="people-stale" />}
      <SaveFailed message={failed} id="people-failed" />
      {done && (
        <SuccessBanner key={done.at} focus>
          {done.text}
        </SuccessBanner>
      )}
      <p>
        The names offered on “Who is using this device?”. The list stays on this device. Someone who no longer works here keeps their
        name on everything they recorded.
      </p>
      {staff === undefined ? (
        <p class="loading">Loading names…</p>
      ) : staff.length === 0 ? (
        <p>No names yet.</p>
      ) : (
        <div class="table-wrap">
          <table class="table table--stack">
            <caption class="visually-hidden">People using this device</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {staff.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td data-label="Status">{s.active ? <Tag tone="onTrack">Works here</Tag> : <Tag>No longer works here</Tag>}</td>
                  <td>
                    {currentUser.value?.id === s.id ? (
                      <span class="muted">Using this device now</span>
                    ) : (
                      <button type="button" class="link-button" onClick={() => void setActive(s, !s.active)}>
                        {s.active ? 'Mark as no longer working here' : 'Mark as working here again'}
                        <span class="visually-hidden">: {s.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={(e) => void add(e)} noValidate class="two-thirds">
        <h3>Add a name</h3>
        <DraftNotice draft={draft} focusId={NAME_ID} />
        <TextField id={NAME_ID} label="Full name" value={name} onInput={draft.change} error={error} spellcheck={false} autocomplete="off" />
        <button type="submit" class="button button--secondary">
          Add name
        </button>
      </form>
    </section>
  );
}
