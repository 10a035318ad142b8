import { useLocation } from 'preact-iso';
import { formatShortDate, todayIso } from '../../domain/dates';
import { LINE_STATE_LABELS, STAGE_LABELS, standingText } from '../../domain/stages';
import { TIMESCALE_STATUS_LABELS } from '../../domain/timescales';
import { pipelineRepo, STAGE_FILTERS, type HouseholdSummary, type SearchPage, type StageFilter } from '../../data/repositories/pipeline';
import { staffRepo } from '../../data/repositories/staff';
import { SelectField, TextField, optionsFrom } from '../components/fields';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { hasFilters, listUrl, readFilters, toRequest, type ListFilters } from './list-filters';
import { StatusTags } from './StatusTags';
import { useLiveQuery } from '../components/use-live-query';
import { useUrlSearch } from '../components/use-url-search';
import { ViewSwitch } from './ViewSwitch';
import { StaleDeadlinesNotice } from '../components/StaleDeadlinesNotice';
import { useShownMark } from '../components/shown-mark';

const STAGE_OPTIONS = STAGE_FILTERS.map((value: StageFilter) => ({
  value,
  label: value in STAGE_LABELS ? STAGE_LABELS[value as keyof typeof STAGE_LABELS] : LINE_STATE_LABELS[value as keyof typeof LINE_STATE_LABELS],
}));

function stageText(h: HouseholdSummary): string {
  return standingText(h.stage, h.state);
}

function ResultsTable({ rows }: { rows: HouseholdSummary[] }) {
  return (
    <div class="table-wrap">
      <table class="table table--stack household-table">
        <caption class="visually-hidden">Households</caption>
        <thead>
          <tr>
            <th scope="col">Household</th>
            <th scope="col">Postcode</th>
            <th scope="col">Stage</th>
            <th scope="col">Worker</th>
            <th scope="col" class="numeric">Days in stage</th>
            <th scope="col">Next deadline</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.id}>
              <td>
                <a href={`/households/${h.id}`}>{h.reference}</a>
                <br />
                {h.names}
              </td>
              <td data-label="Postcode">{h.postcode}</td>
              <td data-label="Stage">{stageText(h)}</td>
              <td data-label="Worker">{h.workerName ?? <span class="muted">Not assigned</span>}</td>
              <td class="numeric" data-label="Days in stage">{h.daysInStage ?? ''}</td>
              <td data-label="Next deadline">
                {h.status && h.nextDeadlineOn ? (
                  <>
                    {h.nextDeadlineLabel}
                    <br />
                    <span class="muted">{formatShortDate(h.nextDeadlineOn)}</span>
                  </>
                ) : (
                  ''
                )}
              </td>
              <td data-label="Status">
                <StatusTags household={h} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Pagination({ filters, result }: { filters: ListFilters; result: SearchPage }) {
  if (result.page === 1 && !result.hasNext) return null;
  return (
    <nav aria-label="Results pages">
      <ul class="pagination">
        {result.page > 1 && (
          <li>
            <a href={listUrl({ ...filters, page: result.page - 1 })} rel="prev">
              Previous{' '}
              <span class="visually-hidden">page</span>
            </a>
          </li>
        )}
        {result.hasNext && (
          <li>
            <a href={listUrl({ ...filters, page: result.page + 1 })} rel="next">
              Next{' '}
              <span class="visually-hidden">page</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

function Results({ filters, result }: { filters: ListFilters; result: SearchPage }) {
  if (result.rows.length === 0) {
    return (
      <div role="status">
        {result.page > 1 ? (
          <p>
            There are no more households. <a href={listUrl({ ...filters, page: 1 })}>Go to the first page</a>
          </p>
        ) : (
          <>
            <p>
              <strong>No households match</strong>
            </p>
            {hasFilters(filters) && (
              <p>
                <a href="/households">Clear filters</a>
              </p>
            )}
          </>
        )}
      </div>
    );
  }
  return (
    <>
      <p role="status">
        Showing {result.from} to {result.from + result.rows.length - 1}
      </p>
      <ResultsTable rows={result.rows} />
      <Pagination filters={filters} result={result} />
    </>
  );
}

export default function ListPage() {
  usePageTitle('Households');
  const { query, url } = useLocation();
  const filters = readFilters(query);
  const today = todayIso();
  // Any change of search or filter starts again at the first page.
  const { text, setText, apply } = useUrlSearch(filters, (f) => listUrl({ ...f, page: 1 }));

  const staff = useLiveQuery(() => staffRepo.list(), [], { afterPaint: true });
  const results = useLiveQuery(() => pipelineRepo.search(toRequest(filters), today), [url, today]);
  useShownMark('list:rendered', results.data);

  return (
    <>
      <PageHeading>Households</PageHeading>
      <ViewSwitch current="list" />
      <StaleDeadlinesNotice />
      <form
        role="search"
        class="filters household-filters"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          apply({ q: text }, false);
        }}
      >
        <TextField
          id="q"
          label="Search by name, postcode, email or phone"
          type="search"
          value={text}
          onInput={setText}
          spellcheck={false}
          autocomplete="off"
        />
        <SelectField
          id="stage"
          label="Stage"
          value={filters.stage}
          placeholder="All stages"
          options={STAGE_OPTIONS}
          onChange={(v) => apply({ stage: v as ListFilters['stage'] })}
        />
        <SelectField
          id="worker"
          label="Worker"
          value={filters.worker}
          placeholder="All workers"
          options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v) => apply({ worker: v })}
        />
        <SelectField
          id="status"
          label="Timescale status"
          value={filters.status}
          placeholder="Any status"
          options={optionsFrom(TIMESCALE_STATUS_LABELS)}
          onChange={(v) => apply({ status: v as ListFilters['status'] })}
        />
        <div class="form-group household-filters__actions">
          <button type="submit" class="button">
            Search
          </button>
          {hasFilters(filters) && results.data?.rows.length ? <a class="link-target" href="/households">Clear filters</a> : null}
        </div>
      </form>
      {results.error ? (
        <p class="error-message">The households could not be read from this device's storage. Reload the page to try again.</p>
      ) : results.data ? (
        <Results filters={filters} result={results.data} />
      ) : (
        <p class="loading">Loading…</p>
      )}
    </>
  );
}
