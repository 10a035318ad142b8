import { useEffect, useState } from 'preact/hooks';
import { retentionRepo, type RetentionRow } from '../../data/repositories/retention';
import { writeErrorMessage } from '../../data/write-errors';
import { formatDate, todayIso } from '../../domain/dates';
import { byName } from '../current-user';
import { ConfirmStep } from '../components/ConfirmStep';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { SaveFailed } from '../components/SaveFailed';
import { SuccessBanner } from '../components/SuccessBanner';

const WHY: Record<RetentionRow['basis'], string> = {
  approvalEnded: 'Approval ended',
  ended: 'Refused, withdrawn or closed',
};

/** The households whose records have been kept as long as the service's rules ask, each deleted on confirmation. */
export default function RetentionPage({ today = todayIso() }: { today?: string }) {
  usePageTitle('Records due for deletion');
  const [rows, setRows] = useState<RetentionRow[] | undefined>();
  const [deleted, setDeleted] = useState<string | undefined>();
  const [failed, setFailed] = useState<string>();

  const load = () => retentionRepo.due(today).then(setRows, () => setFailed('The records due for deletion could not be read.'));
  useEffect(() => void load(), [today]);

  const erase = async (row: RetentionRow): Promise<boolean> => {
    setFailed(undefined);
    try {
      const result = await retentionRepo.erase(row.id, byName(), today);
      if (!result.ok) {
        setFailed(`Household ${row.reference} was not deleted: it is no longer due. The list has been read again.`);
        await load();
        return false;
      }
      setDeleted(row.reference);
      await load();
      return true;
    } catch (error) {
      setFailed(writeErrorMessage(error, `Household ${row.reference}`));
      return false;
    }
  };

  return (
    <>
      <PageHeading>Records due for deletion</PageHeading>
      <p class="two-thirds">
        These households’ records have been kept for the periods set in <a href="/settings#retention-heading">Settings</a>. Deleting one
        removes everything recorded about it from this device; the service’s history keeps only its reference and the date it was due.
      </p>
      {deleted && (
        <SuccessBanner key={deleted} focus>
          Household {deleted} deleted
        </SuccessBanner>
      )}
      <SaveFailed message={failed} id="retention-failed" />
      {rows === undefined ? (
        <p class="loading">Loading…</p>
      ) : rows.length === 0 ? (
        <p>No household’s records are due for deletion.</p>
      ) : (
        <table class="table table--stack">
          <caption class="visually-hidden">Households due for deletion, the longest due first</caption>
          <thead>
            <tr>
              <th scope="col">Household</th>
              <th scope="col">Why kept</th>
              <th scope="col">Ended</th>
              <th scope="col">Due for deletion</th>
              <th scope="col">
                <span class="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td data-label="Household">
                  <a href={`/households/${row.id}`}>{row.reference}</a> {row.names}
                </td>
                <td data-label="Why kept">{WHY[row.basis]}</td>
                <td data-label="Ended">{formatDate(row.endedOn)}</td>
                <td data-label="Due for deletion">{formatDate(row.dueOn)}</td>
                <td>
                  <ConfirmStep
                    openLabel={<>Delete<span class="visually-hidden"> household {row.reference}</span></>}
                    confirmLabel={`Yes, delete ${row.reference}`}
                    busyLabel="Deleting…"
                    warning={`Every record of household ${row.reference} will be deleted from this device. This cannot be undone, except from a backup.`}
                    onConfirm={() => erase(row)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
