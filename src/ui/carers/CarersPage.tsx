import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { APPROVAL_TYPES } from '../../domain/codes';
import { formatShortDate, todayIso } from '../../domain/dates';
import { matchesFilters, type CarerFilters, type CarerListRow } from '../../domain/support/register';
import { approvalTypesText } from '../../domain/terms';
import { carersRepo } from '../../data/repositories/carers';
import { SelectField, TextField, optionsFrom } from '../components/fields';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { Tag } from '../components/Tag';
import { useShownMark } from '../components/shown-mark';
import { useLiveQuery } from '../components/use-live-query';
import { useUrlSearch } from '../components/use-url-search';
import { carersUrl, hasCarerFilters, readCarerFilters } from './carer-filters';
import { DueDate } from './DueTag';

/** Rows shown at first and added by each "Show more": a page of 2,000 rows took seconds to draw. */
const PAGE = 50;

function CarerTable({ rows }: { rows: CarerListRow[] }) {
  return (
    <div class="table-wrap">
      <table class="table table--stack-tablet carer-table">
        <caption class="visually-hidden">Carer households</caption>
        <thead>
          <tr>
            <th scope="col">Household</th>
            <th scope="col">Approved for</th>
            <th scope="col">Tier</th>
            <th scope="col">Supervising social worker</th>
            <th scope="col" class="numeric">Vacant places</th>
            <th scope="col">Next review</th>
            <th scope="col">TSD standards</th>
            <th scope="col">Last visit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ carer, names, workerName, standing }) => (
            <tr key={carer.householdId}>
              <td>
                <a href={`/carers/${carer.householdId}`}>{carer.reference}</a>
                <br />
                {names}
                {carer.leftOn && (
                  <>
                    <br />
                    <Tag tone="onHold">Leaves the register {formatShortDate(carer.leftOn)}</Tag>
                  </>
                )}
              </td>
              <td data-label="Approved for">{carer.terms ? approvalTypesText(carer.terms) : <span class="muted">No terms recorded</span>}</td>
              <td data-label="Tier">{standing.tier?.name ?? <span class="muted">No tier yet</span>}</td>
              <td data-label="Worker">{workerName ?? <span class="muted">Not assigned</span>}</td>
              <td class="numeric" data-label="Vacant places">
                {standing.places.vacant} of {standing.places.approved}
              </td>
              <td data-label="Next review">
                <DueDate dueOn={standing.review.dueOn} status={standing.review.status} />
              </td>
              <td data-label="TSD standards">{standing.tsd ? <DueDate dueOn={standing.tsd.dueOn} status={standing.tsd.status} /> : 'Completed'}</td>
              <td data-label="Last visit">
                {formatShortDate(standing.lastContactOn)}
                {standing.noContact && (
                  <>
                    {' '}
                    <Tag tone="concern">No contact in 8 weeks</Tag>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function CarersPage() {
  usePageTitle('Carer households');
  const { query } = useLocation();
  const filters = readCarerFilters(query);
  const today = todayIso();
  const { text, setText, apply } = useUrlSearch(filters, carersUrl);

  const list = useLiveQuery(() => carersRepo.list(today), [today]);
  const rows = list.data?.rows.filter((r) => matchesFilters(r, filters, today));
  const [shown, setShown] = useState(PAGE);
  useShownMark('carers:rendered', rows);

  return (
    <>
      <PageHeading>Carer households</PageHeading>
      <p>
        <a class="link-target" href="/carers/tiers">
          Tiers and KEEP programmes
        </a>
      </p>
      <form
        role="search"
        class="filters household-filters"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          apply({ q: text });
        }}
      >
        <TextField id="q" label="Search by name or reference" type="search" value={text} onInput={setText} spellcheck={false} autocomplete="off" />
        <SelectField
          id="tier"
          label="Tier"
          value={filters.tier}
          placeholder="All tiers"
          options={[...(list.data?.tiers ?? []).map((t) => ({ value: t.id, label: t.name })), { value: 'none', label: 'No tier yet' }]}
          onChange={(v) => apply({ tier: v })}
        />
        <SelectField
          id="worker"
          label="Supervising social worker"
          value={filters.worker}
          placeholder="All workers"
          options={[...(list.data?.staff ?? []).map((s) => ({ value: s.id, label: s.name })), { value: 'none', label: 'Not assigned' }]}
          onChange={(v) => apply({ worker: v })}
        />
        <SelectField id="type" label="Approval type" value={filters.type} placeholder="All types" options={optionsFrom(APPROVAL_TYPES)} onChange={(v) => apply({ type: v })} />
        <SelectField id="vacancy" label="Vacancy" value={filters.vacancy} placeholder="Any" options={[{ value: 'yes', label: 'Has a vacant place' }]} onChange={(v) => apply({ vacancy: v as CarerFilters['vacancy'] })} />
        <SelectField id="review" label="Review" value={filters.review} placeholder="Any" options={[{ value: 'due', label: 'Overdue or due in 30 days' }]} onChange={(v) => apply({ review: v as CarerFilters['review'] })} />
        <SelectField id="tsd" label="TSD standards" value={filters.tsd} placeholder="Any" options={[{ value: 'due', label: 'Overdue or due in 30 days' }]} onChange={(v) => apply({ tsd: v as CarerFilters['tsd'] })} />
        <SelectField
          id="register"
          label="Register"
          value={filters.register}
          placeholder="On the register"
          options={[{ value: 'left', label: 'Left the register' }]}
          onChange={(v) => apply({ register: v as CarerFilters['register'] })}
        />
        <div class="form-group household-filters__actions">
          <button type="submit" class="button">
            Search
          </button>
          {hasCarerFilters(filters) && (
            <a class="link-target" href="/carers">
              Clear filters
            </a>
          )}
        </div>
      </form>
      {list.error ? (
        <p class="error-message">The carer households could not be read from this device's storage. Reload the page to try again.</p>
      ) : rows ? (
        rows.length ? (
          <>
            <p role="status">
              {rows.length} {rows.length === 1 ? 'carer household' : 'carer households'}
            </p>
            <CarerTable rows={rows.slice(0, shown)} />
            {rows.length > shown && (
              <p>
                <button type="button" class="button button--secondary" onClick={() => setShown(shown + PAGE)}>
                  Show {Math.min(PAGE, rows.length - shown)} more ({rows.length - shown} not shown yet)
                </button>
              </p>
            )}
          </>
        ) : (
          <div role="status">
            <p>
              <strong>No carer households match</strong>
            </p>
            {hasCarerFilters(filters) && (
              <p>
                <a href="/carers">Clear filters</a>
              </p>
            )}
          </div>
        )
      ) : (
        <p class="loading">Loading…</p>
      )}
    </>
  );
}
