import { todayIso } from '../../domain/dates';
import { PIPELINE_STAGES, STAGE_LABELS } from '../../domain/stages';
import { pipelineRepo, type HouseholdSummary, type PipelineStage } from '../../data/repositories/pipeline';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { StatusTags, daysText } from './StatusTags';
import { useLiveQuery } from '../components/use-live-query';
import { ViewSwitch } from './ViewSwitch';
import { StaleDeadlinesNotice } from '../components/StaleDeadlinesNotice';
import { useShownMark } from '../components/shown-mark';

/** Cards per column; the rest are a link away in the list. */
const CARDS_PER_COLUMN = 20;

interface Column {
  stage: PipelineStage;
  count: number;
  cards: HouseholdSummary[];
}

async function loadBoard(today: string): Promise<{ columns: Column[]; approvedInLastYear: number }> {
  const [counts, cards] = await Promise.all([
    pipelineRepo.boardCounts(today),
    Promise.all(PIPELINE_STAGES.map((s) => pipelineRepo.columnPage(s, CARDS_PER_COLUMN, today))),
  ]);
  const columns = PIPELINE_STAGES.map((stage, i) => ({ stage, count: counts.stages[stage], cards: cards[i] ?? [] }));
  return { columns, approvedInLastYear: counts.approvedInLastYear };
}

function Card({ household: h }: { household: HouseholdSummary }) {
  return (
    <li class="board__card">
      <a href={`/households/${h.id}`}>
        <span class="board__ref">{h.reference}</span> {h.names}
      </a>
      {h.daysInStage !== undefined && <p>{daysText(h.daysInStage)} in stage</p>}
      <p>
        <StatusTags household={h} />
      </p>
    </li>
  );
}

function BoardColumn({ column }: { column: Column }) {
  const label = STAGE_LABELS[column.stage];
  const headingId = `column-${column.stage}`;
  return (
    <section class="board__column" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {label} ({column.count})
      </h2>
      {column.cards.length === 0 ? (
        <p class="board__more">No households</p>
      ) : (
        <ul class="board__cards">
          {column.cards.map((h) => (
            <Card key={h.id} household={h} />
          ))}
        </ul>
      )}
      {column.count > column.cards.length && (
        <p class="board__more">
          <a href={`/households?stage=${column.stage}`}>
            Show all {column.count} in {label}
          </a>
        </p>
      )}
    </section>
  );
}

/** On a screen too narrow for seven columns, a way straight to any stage, and a word that the board scrolls. */
function StagePicker({ columns }: { columns: Column[] }) {
  return (
    <nav class="board__picker" aria-label="Stages on the board">
      <p class="board__hint">
        Scroll the board sideways for every stage, or go straight to one:
      </p>
      <ul class="board__stages">
        {columns.map((c) => (
          <li key={c.stage}>
            <a href={`#column-${c.stage}`}>
              {STAGE_LABELS[c.stage]} ({c.count})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function BoardPage() {
  usePageTitle('Pipeline');
  const today = todayIso();
  const board = useLiveQuery(() => loadBoard(today), [today]);
  useShownMark('board:rendered', board.data);
  return (
    <>
      <PageHeading>Pipeline</PageHeading>
      <ViewSwitch current="board" />
      <StaleDeadlinesNotice />
      {board.error ? (
        <p class="error-message">The board could not be read from this device's storage. Reload the page to try again.</p>
      ) : !board.data ? (
        <p class="loading">Loading…</p>
      ) : (
        <>
          <StagePicker columns={board.data.columns} />
          <div class="board" role="region" aria-label="Pipeline board, one column per stage" tabIndex={0}>
            {board.data.columns.map((c) => (
              <BoardColumn key={c.stage} column={c} />
            ))}
          </div>
          <p>
            Approved in the last 12 months: <strong>{board.data.approvedInLastYear}</strong>{' '}
            <a href="/households?stage=approved">See approved households</a>
          </p>
        </>
      )}
    </>
  );
}
