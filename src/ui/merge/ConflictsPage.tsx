import { useState } from 'preact/hooks';
import { conflictsRepo } from '../../data/repositories/conflicts';
import { staffRepo } from '../../data/repositories/staff';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { SuccessBanner } from '../components/SuccessBanner';
import { useLiveQuery } from '../components/use-live-query';
import { ConflictCard } from './ConflictCard';

async function loadConflicts() {
  const [items, staff] = await Promise.all([conflictsRepo.open(), staffRepo.list()]);
  return { items, staff };
}

/** Every open conflict from merging another device, each settled by a person choosing a value. */
export default function ConflictsPage() {
  usePageTitle('Conflicts to settle');
  const { data, error } = useLiveQuery(loadConflicts, []);
  const [settled, setSettled] = useState<{ message: string; n: number } | undefined>();

  let body;
  if (error) body = <p class="error-message">The conflicts could not be read from this device’s storage. Reload the page to try again.</p>;
  else if (!data) body = <p class="loading">Loading…</p>;
  else if (data.items.length === 0) body = <p>There are no conflicts to settle.</p>;
  else {
    const staffName = (id: string) => data.staff.find((s) => s.id === id)?.name;
    body = (
      <>
        <p>
          {data.items.length === 1 ? '1 conflict' : `${data.items.length} conflicts`} to settle.
        </p>
        <div class="stack">
          {data.items.map((item) => (
            <ConflictCard key={item.conflict.id} item={item} staffName={staffName} onSettled={(message) => setSettled((s) => ({ message, n: (s?.n ?? 0) + 1 }))} />
          ))}
        </div>
      </>
    );
  }

  return (
    <>
      {settled && (
        <SuccessBanner key={settled.n} focus>
          {settled.message}
        </SuccessBanner>
      )}
      <PageHeading>Conflicts to settle</PageHeading>
      <p class="two-thirds">
        When records from another device are merged into this one and both devices changed the same thing, this device’s value is kept
        until someone chooses. Choose which value is right for each; your choice is recorded on the household’s timeline.
      </p>
      {body}
    </>
  );
}
