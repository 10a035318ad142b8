import { useState } from 'preact/hooks';
import { adultChecksNeed } from '../../domain/checks';
import type { IsoDate } from '../../domain/dates';
import type { Person } from '../../domain/household';
import { inHouseholdOrder } from '../../domain/person-edit';
import type { HouseholdRecord } from '../../data/repositories/households';
import { useStoredDrafts } from '../components/use-form-draft';
import { useDisclosure } from './AssessmentFormParts';
import { PersonCard } from './PersonCard';
import { PersonForm } from './PersonForm';

/** Applicants and the other people living in the household; every adult among them needs a DBS check. */
export function PeopleSection({ record, today, panelOn }: { record: HouseholdRecord; today: IsoDate; panelOn?: IsoDate }) {
  const editing = useDisclosure<string>();
  const [lastOpened, setLastOpened] = useState<string>();
  const [added, setAdded] = useState<Person>();
  const people = inHouseholdOrder(record.people);
  const applicants = people.filter((p) => p.role === 'applicant');
  const members = people.filter((p) => p.role === 'member');
  const householdId = record.household.id;

  const open = (key: string, byPerson = true) => {
    setAdded(undefined);
    setLastOpened(key);
    if (byPerson) editing.show(key);
    else editing.reopen(key);
  };
  // A person's details half-typed on an earlier visit open again (one form at a time).
  useStoredDrafts(`person:${householdId}:`, (drafts) => {
    const key = drafts.find((d) => d === 'new' || people.some((p) => p.id === d));
    if (key && editing.open === null) open(key, false);
  });
  const done = (saved?: Person) => {
    if (saved && editing.open === 'new') setAdded(saved);
    editing.hide();
  };

  const card = (p: Person) =>
    editing.open === p.id ? (
      <li key={p.id} {...editing.panel}>
        <PersonForm
          householdId={householdId}
          person={p}
          otherApplicants={applicants.filter((a) => a.id !== p.id).length}
          today={today}
          onDone={done}
        />
      </li>
    ) : (
      <PersonCard
        key={p.id}
        person={p}
        today={today}
        panelOn={panelOn}
        dbsReceived={record.checks.some((c) => c.type === 'dbs' && c.personId === p.id && Boolean(c.receivedOn))}
        canRemove={p.role === 'member' || applicants.length > 1}
        onChange={() => open(p.id)}
        changeRef={lastOpened === p.id ? editing.opener : undefined}
      />
    );

  return (
    <section id="people" aria-labelledby="people-heading">
      <h2 id="people-heading">People in the household</h2>
      {added && (
        <div class="notification" role="status">
          <p class="notification__title">Person added</p>
          <div class="notification__body">
            <p>{added.name} has been added to the household.</p>
            {adultChecksNeed(added, today).needsAdultChecks && record.checks.length > 0 && !record.checks.some((c) => c.personId === added.id) && (
              <p>
                They are 18 or over: <a href="#checks">raise their adult checks</a>.
              </p>
            )}
          </div>
        </div>
      )}
      <h3>Applicants</h3>
      <ul class="cards person-cards">{applicants.map(card)}</ul>
      <h3>Other household members</h3>
      {members.length ? <ul class="cards person-cards">{members.map(card)}</ul> : <p class="muted">No other household members recorded.</p>}
      {editing.open === 'new' ? (
        <div {...editing.panel}>
          <PersonForm householdId={householdId} otherApplicants={applicants.length} today={today} onDone={done} />
        </div>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => open('new')} ref={lastOpened === 'new' ? editing.opener : undefined}>
          Add a person
        </button>
      )}
    </section>
  );
}
