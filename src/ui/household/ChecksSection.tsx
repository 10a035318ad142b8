import { useState } from 'preact/hooks';
import { adultChecksDue } from '../../domain/check-edit';
import { checkExpiresOn, checkStatus, expiryProblem, hasSpecifiedOffence, isCheckDone, missingChecks, turningEighteen } from '../../domain/checks';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Check, Person } from '../../domain/household';
import { inHouseholdOrder } from '../../domain/person-edit';
import type { CheckType } from '../../domain/settings';
import { checksRepo } from '../../data/repositories/checks';
import type { HouseholdRecord } from '../../data/repositories/households';
import { settingsRepo } from '../../data/repositories/settings';
import { writeErrorMessage } from '../../data/write-errors';
import { useStoredDrafts } from '../components/use-form-draft';
import { byName } from '../current-user';
import { useDisclosure } from './AssessmentFormParts';
import { CheckBulkForm, PICK_ALL_ID, pickedOutstanding, useBulkMarkDraft } from './CheckBulkForm';
import { CheckForm } from './CheckForm';
import { CheckRow } from './CheckRow';
import { useLiveQuery } from '../components/use-live-query';

/** The check list, kept live so a change in Settings shows here without a reload. */
function useCheckTypes(): CheckType[] | undefined {
  return useLiveQuery(() => settingsRepo.checkTypes(), []).data;
}

/** The settings' order, so every household's table reads the same way; per-person checks in the people's order. */
function inListOrder(checks: Check[], types: CheckType[], people: Person[]): Check[] {
  const rank = new Map(types.map((t, i) => [t.key, i]));
  const personRank = new Map(inHouseholdOrder(people).map((p, i) => [p.id, i]));
  const byPerson = (c: Check) => (c.personId ? personRank.get(c.personId) ?? people.length : 0);
  return [...checks].sort(
    (a, b) =>
      (rank.get(a.type) ?? types.length) - (rank.get(b.type) ?? types.length) ||
      byPerson(a) - byPerson(b) ||
      a.label.localeCompare(b.label, 'en-GB', { numeric: true }),
  );
}

/** Stage 1 checks: what is outstanding, what is overdue, and raising the checks the household still needs. */
export function ChecksSection({ record, today, panelOn }: { record: HouseholdRecord; today: IsoDate; panelOn?: IsoDate }) {
  const types = useCheckTypes();
  const editing = useDisclosure<string>();
  const [lastOpened, setLastOpened] = useState<string>();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const { household, people, checks } = record;

  const missing = types ? missingChecks(types, people, checks, today) : [];
  const due = checks.length ? adultChecksDue(missing, people, household.enquiryOn, today) : [];
  const soon = turningEighteen(people, today, panelOn);
  const needed = checks.filter((c) => !c.notNeeded);
  const received = needed.filter((c) => c.receivedOn).length;
  const overdue = checks.filter((c) => checkStatus(c, today) === 'overdue').length;
  const notNeeded = checks.length - needed.length;
  const typeOf = (c: Check) => types?.find((t) => t.key === c.type);
  const rulesOf = (c: Check) => typeOf(c) ?? { required: false, hasExpiry: Boolean(c.expiresOn) };
  const bulk = useBulkMarkDraft(household.id, today);
  const outstanding = checks.filter((c) => !isCheckDone(c));
  const ticked = pickedOutstanding(bulk.values, outstanding).picked;
  const allTicked = outstanding.length > 0 && outstanding.every((c) => c.id in ticked);
  // A tick keeps the revision it was given on, so a check changed meanwhile is refused, not overwritten.
  const toggle = (c: Check) =>
    bulk.change((f) => {
      const picked = { ...f.picked };
      if (c.id in picked) delete picked[c.id];
      else picked[c.id] = c.revision?.rev ?? '';
      return { ...f, picked };
    });
  const toggleAll = () =>
    bulk.change((f) => ({ ...f, picked: allTicked ? {} : Object.fromEntries(outstanding.map((c) => [c.id, f.picked[c.id] ?? c.revision?.rev ?? ''])) }));

  // A check update half-typed on an earlier visit opens again (one form at a time).
  useStoredDrafts(`check:${household.id}:`, (drafts) => {
    const id = drafts.find((d) => checks.some((c) => c.id === d));
    if (!id || editing.open !== null) return;
    setLastOpened(id);
    editing.reopen(id);
  });

  async function raise() {
    try {
      const rows = await checksRepo.raiseChecks(household.id, byName(), today);
      setMessage({ error: false, text: `${rows.length} ${rows.length === 1 ? 'check' : 'checks'} raised` });
    } catch (error) {
      setMessage({ error: true, text: writeErrorMessage(error, 'The checks') });
    }
  }

  return (
    <section id="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Checks</h2>
      {message && (
        <p class={message.error ? 'error-message' : 'check-message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {hasSpecifiedOffence(checks) && (
        <div class="notification notification--warning">
          <p class="notification__title">Specified offence</p>
          <div class="notification__body">
            <p>
              A check shows a specified offence (Fostering Services Regulations 2011, regulation 26(5) and Schedule 4): this household cannot be
              approved and does not go to panel.
            </p>
            <p>
              <a href="#move">End the assessment: unsuitable at stage 1</a>
            </p>
          </div>
        </div>
      )}
      {due.map(({ person, turnedEighteenOn }) => (
        <p class="warning-text" key={person.id}>
          {turnedEighteenOn
            ? `${person.name} turned 18 on ${formatDate(turnedEighteenOn)}: raise their adult checks`
            : `${person.name} is 18 or over: raise their adult checks`}
        </p>
      ))}
      {soon.map(({ person, on }) => (
        <p key={person.id}>
          {person.name} turns 18 on {formatDate(on)}: they will need adult checks then.
        </p>
      ))}
      {checks.length === 0 ? (
        <p>No stage 1 checks raised yet.</p>
      ) : (
        <p class="check-count">
          <strong>
            {received} of {needed.length} checks received
          </strong>
          {overdue > 0 && `, ${overdue} overdue`}
          {notNeeded > 0 && ` (${notNeeded} marked not needed)`}
        </p>
      )}
      {missing.length > 0 && (
        <button type="button" class="button" onClick={raise}>
          {checks.length === 0 ? 'Raise stage 1 checks' : `Raise ${missing.length} missing ${missing.length === 1 ? 'check' : 'checks'}`}
        </button>
      )}
      {checks.length > 0 && types && (
        <div class="table-wrap">
          <table class="table table--stack-tablet check-table">
            <caption>Stage 1 checks</caption>
            <thead>
              <tr>
                <th scope="col" class="check-table__pick">
                  {outstanding.length > 0 && (
                    <div class="choice">
                      <input type="checkbox" id={PICK_ALL_ID} checked={allTicked} onChange={toggleAll} />
                      <label for={PICK_ALL_ID}>
                        <span class="visually-hidden">Tick every outstanding check</span>
                      </label>
                    </div>
                  )}
                </th>
                <th scope="col">Check</th>
                <th scope="col">Person</th>
                <th scope="col">Status</th>
                <th scope="col">Requested</th>
                <th scope="col">Received</th>
                <th scope="col">Outcome</th>
                <th scope="col">Expiry</th>
                <th scope="col">
                  <span class="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {inListOrder(checks, types, people).map((c) => {
                const type = typeOf(c);
                const person = c.personId ? people.find((p) => p.id === c.personId) : undefined;
                return [
                  <CheckRow
                    key={c.id}
                    check={c}
                    expiresOn={checkExpiresOn(c, type)}
                    expiry={expiryProblem(c, type, today, panelOn)}
                    person={c.personId ? person?.name ?? 'No longer in the household' : 'Household'}
                    today={today}
                    onUpdate={() => {
                      setMessage(undefined);
                      setLastOpened(c.id);
                      editing.show(c.id);
                    }}
                    updateRef={lastOpened === c.id ? editing.opener : undefined}
                    open={editing.open === c.id}
                    pick={isCheckDone(c) ? undefined : { ticked: c.id in ticked, onToggle: () => toggle(c) }}
                  />,
                  editing.open === c.id && (
                    <tr key={`${c.id}-form`} class="check-table__form" {...editing.panel}>
                      <td colSpan={9}>
                        <CheckForm
                          check={c}
                          title={c.label}
                          rules={rulesOf(c)}
                          today={today}
                          onDone={editing.hide}
                        />
                      </td>
                    </tr>
                  ),
                ];
              })}
            </tbody>
          </table>
        </div>
      )}
      {outstanding.length > 0 && types && <CheckBulkForm draft={bulk} outstanding={outstanding} householdId={household.id} typeOf={rulesOf} today={today} onMarked={(text) => setMessage({ error: false, text })} />}
    </section>
  );
}
