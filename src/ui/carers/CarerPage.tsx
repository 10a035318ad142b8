import { useRoute } from 'preact-iso';
import { addMonths, formatDate, todayIso, type IsoDate } from '../../domain/dates';
import { REVIEW_OUTCOMES, VISIT_KINDS } from '../../domain/support/carer';
import { DEREGISTRATION_ROUTES, EXIT_INTERVIEW } from '../../domain/support/deregistration';
import { AGE_BANDS } from '../../domain/support/places';
import { EXTRA_REVIEW_REASONS } from '../../domain/support/reviews';
import { carerStanding, type CarerStanding } from '../../domain/support/register';
import { trainingHoursInLastYear, trainingShortfall } from '../../domain/support/tier-promises';
import { frequencyText, tierById, type Tier } from '../../domain/support/tiers';
import { termsInWords } from '../../domain/terms';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { NotFound } from '../components/NotFound';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { SummaryList } from '../components/SummaryList';
import { Tag } from '../components/Tag';
import { useLiveQuery } from '../components/use-live-query';
import { DeregistrationForm } from './DeregistrationForm';
import { DueDate } from './DueTag';
import { Opens } from './Opens';
import { EndPlacementForm, PlacementForm } from './PlacementForms';
import { ExtraReviewForm } from './ExtraReviewForm';
import { ReviewForm } from './ReviewForm';
import { TierForm } from './TierForm';
import { TrainingForm, TsdForm } from './TrainingForm';
import { VisitForm } from './VisitForm';
import { WorkerForm } from './WorkerForm';

type Props = { record: CarerRecord; standing: CarerStanding; today: IsoDate };

function Approval({ record, standing }: Props) {
  const { carer, household } = record;
  const worker = record.staff.find((s) => s.id === carer.supervisingWorkerId);
  return (
    <section aria-labelledby="approval-heading">
      <h2 id="approval-heading">Approval</h2>
      <SummaryList
        rows={[
          { key: 'Approved on', value: formatDate(carer.approvedOn) },
          { key: 'Terms of approval', value: carer.terms ? termsInWords(carer.terms) : 'No terms recorded' },
          { key: 'Places', value: `${standing.places.approved} approved, ${standing.places.inUse} in use, ${standing.places.vacant} vacant` },
          { key: 'Supervising social worker', value: worker?.name ?? 'Not assigned' },
          { key: 'Pipeline record', value: <a class="link-target" href={`/households/${household.id}`}>{household.reference}: assessment and decision</a> },
        ]}
      />
      {carer.onRegister === 1 && <Opens label="Change supervising social worker">{(done) => <WorkerForm record={record} onDone={done} />}</Opens>}
    </section>
  );
}

/** The tier's yearly training hours against what the household logged in the last 12 months. */
function TrainingHours({ record, tier, today }: { record: CarerRecord; tier: Tier; today: IsoDate }) {
  if (!tier.trainingHoursAYear) return null;
  const short = trainingShortfall(record.carer, record.training, tier, today);
  const hours = trainingHoursInLastYear(record.training, today);
  const aside = short ? <Tag tone="overdue">Short of the tier’s hours</Tag> : addMonths(record.carer.approvedOn, 12) > today ? <span class="muted">Counted from the first anniversary of approval.</span> : null;
  return (
    <p>
      Training in the last 12 months: {hours} of {tier.trainingHoursAYear} hours.
      {aside && <> {aside}</>}
    </p>
  );
}

function TierSection({ record, standing, today }: Props) {
  const { tier } = standing;
  return (
    <section aria-labelledby="tier-heading">
      <h2 id="tier-heading">Tier</h2>
      {tier ? (
        <>
          <p>
            <strong>{tier.name}</strong>: supervision {frequencyText(tier.supervision).toLowerCase()}, {tier.respiteNightsAYear} respite nights a year, fee element £{tier.feeElementWeekly} a week. Training: {tier.trainingRequired}.
          </p>
          <TrainingHours record={record} tier={tier} today={today} />
        </>
      ) : (
        <p class="muted">No tier given yet.</p>
      )}
      {record.tierChanges.length > 0 && (
        <ul class="training-list">
          {record.tierChanges.map((c) => (
            <li key={c.id}>
              From {formatDate(c.on)}: {tierById(record.tiers, c.tierId)?.name ?? 'No tier'} ({c.reason})
            </li>
          ))}
        </ul>
      )}
      {record.carer.onRegister === 1 && <Opens label={tier ? 'Change tier' : 'Give a tier'}>{(done) => <TierForm record={record} today={today} onDone={done} />}</Opens>}
    </section>
  );
}

function Places({ record, standing, today }: Props) {
  const open = record.carer.onRegister === 1;
  const { places } = standing;
  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading">Placements</h2>
      <p>
        {places.approved} approved, {places.inUse} in use, {places.vacant} vacant
      </p>
      {record.placements.length ? (
        <ul class="training-list">
          {record.placements.map((p) => (
            <li key={p.id}>
              {formatDate(p.startOn)} to {p.endOn ? `${formatDate(p.endOn)} (${p.ending === 'unplanned' ? 'unplanned ending' : 'planned ending'})` : 'now'}: {AGE_BANDS[p.ageBand]}
              {p.siblingGroup ? ', sibling group' : ''}
              {p.shortBreak ? ', short break' : ''}
              {open && p.endOn === undefined && <Opens label="End the placement">{(done) => <EndPlacementForm placement={p} today={today} onDone={done} />}</Opens>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No placements recorded.</p>
      )}
      {open && <Opens label="Add a placement">{(done) => <PlacementForm record={record} today={today} onDone={done} />}</Opens>}
    </section>
  );
}

function Visits({ record, standing, today }: Props) {
  return (
    <section aria-labelledby="visits-heading">
      <h2 id="visits-heading">Supervision visits</h2>
      <p>
        Next visit due {formatDate(standing.nextVisitOn)}
        {standing.noContact && (
          <>
            {' '}
            <Tag tone="concern">No contact in 8 weeks</Tag>
          </>
        )}
      </p>
      {record.visits.length ? (
        <ul class="training-list">
          {record.visits.map((v) => (
            <li key={v.id}>
              {formatDate(v.on)}: {VISIT_KINDS[v.kind]}
              {v.note ? `. ${v.note}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No visits logged yet.</p>
      )}
      {record.carer.onRegister === 1 && <Opens label="Log a supervision visit">{(done) => <VisitForm record={record} today={today} onDone={done} />}</Opens>}
    </section>
  );
}

function Reviews({ record, standing, today }: Props) {
  const { review } = standing;
  const extra = record.carer.onRegister === 1 ? record.carer.extraReview : undefined;
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews</h2>
      {record.carer.onRegister === 1 && (
        <p>
          {review.toPanel ? 'First review (goes to panel)' : 'Next review'} due <DueDate dueOn={review.dueOn} status={review.status} />
        </p>
      )}
      {extra && (
        <p>
          <Tag tone="concern">Extra review</Tag> {EXTRA_REVIEW_REASONS[extra.reason]} on {formatDate(extra.on)}: a review is due by {formatDate(review.dueOn)} and stays due until one is held.
        </p>
      )}
      {record.reviews.length ? (
        <ul class="training-list">
          {record.reviews.map((r) => (
            <li key={r.id}>
              {formatDate(r.on)}
              {r.toPanel ? ' (to panel)' : ''}: {REVIEW_OUTCOMES[r.outcome]}
              {r.newTerms ? `: ${termsInWords(r.newTerms)}` : ''}
              {r.qualifyingOn ? `. Qualifying determination on ${formatDate(r.qualifyingOn)}: the terms in force stay until the representations/IRM route ends` : ''}
              {r.note ? `. ${r.note}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No reviews recorded yet.</p>
      )}
      {record.carer.onRegister === 1 && (
        <>
          <Opens label={extra ? 'Hold the extra review' : 'Record a review'}>{(done) => <ReviewForm record={record} due={review} today={today} onDone={done} />}</Opens>
          {!extra && <Opens label="Start an extra review">{(done) => <ExtraReviewForm record={record} today={today} onDone={done} />}</Opens>}
        </>
      )}
    </section>
  );
}

function Training({ record, standing, today }: Props) {
  const { carer } = record;
  return (
    <section aria-labelledby="training-heading">
      <h2 id="training-heading">Training</h2>
      <p>
        TSD standards:{' '}
        {carer.tsdCompletedOn ? (
          `completed ${formatDate(carer.tsdCompletedOn)}`
        ) : standing.tsd ? (
          <>
            due <DueDate dueOn={standing.tsd.dueOn} status={standing.tsd.status} />
          </>
        ) : null}
      </p>
      {!carer.tsdCompletedOn && carer.onRegister === 1 && <Opens label="Record TSD standards completed">{(done) => <TsdForm record={record} today={today} onDone={done} />}</Opens>}
      <h3>Training log</h3>
      {record.training.length ? (
        <ul class="training-list">
          {record.training.map((t) => (
            <li key={t.id}>
              {formatDate(t.on)}: {t.course}, {t.hours} hours ({t.provider})
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No training logged yet.</p>
      )}
      {carer.onRegister === 1 && <Opens label="Add training">{(done) => <TrainingForm record={record} today={today} onDone={done} />}</Opens>}
    </section>
  );
}

function Leaving({ record, today }: Props) {
  const d = record.deregistration;
  return (
    <section aria-labelledby="leaving-heading">
      <h2 id="leaving-heading">Leaving the register</h2>
      {d ? (
        <SummaryList
          rows={[
            { key: 'Route', value: DEREGISTRATION_ROUTES[d.route] },
            { key: 'Leaves the register on', value: formatDate(d.effectiveOn) },
            { key: 'Reason', value: d.reason },
            { key: 'Exit interview', value: EXIT_INTERVIEW[d.exitInterview] },
            ...(d.note ? [{ key: 'Note', value: d.note }] : []),
          ]}
        />
      ) : (
        <Opens label="Record leaving the register">{(done) => <DeregistrationForm record={record} today={today} onDone={done} />}</Opens>
      )}
    </section>
  );
}

export default function CarerPage() {
  const { params } = useRoute();
  const householdId = params.id ?? '';
  const today = todayIso();
  // null when there is no such carer household, so "not found" is told apart from "still loading".
  const result = useLiveQuery(async () => (await carersRepo.record(householdId)) ?? null, [householdId]);
  const record = result.data;
  usePageTitle(record ? `${record.names || record.carer.reference}: carer household` : 'Carer household');
  if (result.error) return <p class="error-message">This carer household could not be read from this device's storage. Reload the page to try again.</p>;
  if (record === null) return <NotFound />;
  if (record === undefined) return <p class="loading">Loading…</p>;
  const standing = carerStanding(record.carer, record, record.tiers, today);
  const props = { record, standing, today };
  return (
    <>
      <PageHeading caption={`Carer household ${record.carer.reference}`}>{record.names || record.carer.reference}</PageHeading>
      {record.carer.leftOn && (
        <p>
          <Tag tone="onHold">{record.carer.leftOn > today ? `Leaves the register on ${formatDate(record.carer.leftOn)}` : `Left the register on ${formatDate(record.carer.leftOn)}`}</Tag>
        </p>
      )}
      <Approval {...props} />
      <TierSection {...props} />
      <Places {...props} />
      <Visits {...props} />
      <Reviews {...props} />
      <Training {...props} />
      <Leaving {...props} />
    </>
  );
}
