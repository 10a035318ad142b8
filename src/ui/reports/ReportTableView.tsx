import { useState } from 'preact/hooks';
import { toCsv } from '../../data/csv';
import { downloadText } from '../components/download';
import { HouseholdsBehindList } from './HouseholdsBehindList';
import { csvRows, type ReportCell, type ReportTable } from './report-table';

interface Opened {
  title: string;
  households: readonly string[];
}

function CountButton({ cell, title, onOpen }: { cell: ReportCell; title: string; onOpen: (o: Opened) => void }) {
  if (!cell.households?.length) return <>{cell.text}</>;
  const households = cell.households;
  return (
    <button type="button" class="link-button" aria-label={`${cell.text}: list the households, ${title}`} onClick={() => onOpen({ title, households })}>
      {cell.text}
    </button>
  );
}

/**
 * A report table with its download and, where it has a definition, a heading and the definition
 * under it (the table is named and described by them). Once a count is chosen, the households
 * behind it are listed under the table.
 */
export function ReportTableView({ table, today }: { table: ReportTable; today: string }) {
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const download = () => {
    setFailed(false);
    toCsv(csvRows(table))
      .then((csv) => downloadText(table.fileName, csv, 'text/csv;charset=utf-8'))
      .catch(() => setFailed(true));
  };
  const heading = `${table.id}-heading`;
  const definition = `${table.id}-definition`;
  return (
    <div class="report-table">
      {table.definition !== undefined && (
        <>
          <h3 id={heading} class="report-table__heading">
            {table.caption}
          </h3>
          <p id={definition}>{table.definition}</p>
        </>
      )}
      {/* A table wider than a phone scrolls sideways: the keyboard reaches it even when no count in it can be opened. */}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={table.caption}>
        <table
          class="table table--stack"
          id={`${table.id}-table`}
          aria-labelledby={table.definition !== undefined ? heading : undefined}
          aria-describedby={table.definition !== undefined ? definition : undefined}
        >
          {table.definition === undefined && <caption>{table.caption}</caption>}
          <thead>
            <tr>
              {table.head.map((h, i) => (
                <th key={h} scope="col" class={i > 0 && table.numeric[i - 1] ? 'numeric' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                <th scope="row">{row.header}</th>
                {row.cells.map((cell, i) => (
                  <td key={table.head[i + 1]} class={table.numeric[i] ? 'numeric' : undefined} data-label={table.head[i + 1]}>
                    <CountButton cell={cell} title={`${row.header}, ${table.head[i + 1]}`} onOpen={setOpened} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button type="button" class="button button--secondary" onClick={download}>
          Download {table.name} as CSV
        </button>
      </p>
      {failed && <p class="error-message">The CSV file could not be made. Try again, or reload the page if you are offline.</p>}
      {opened && <HouseholdsBehindList title={opened.title} households={opened.households} today={today} onClose={() => setOpened(undefined)} />}
    </div>
  );
}
