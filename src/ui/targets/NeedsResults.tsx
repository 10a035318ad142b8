import type { CategoryNeed } from '../../domain/need-categories';
import { NEED_CATEGORIES } from '../../domain/need-categories';
import type { RecruitmentPlan } from '../../domain/recruitment';
import { formatNumber } from '../../domain/target-sentences';

/** Households a year by category of need, beside the total, and how the split is worked out. */
export function NeedsResults({ needs, plan }: { needs: CategoryNeed[]; plan: RecruitmentPlan }) {
  return (
    <section class="targets-assumptions" aria-labelledby="targets-needs-heading">
      <h2 id="targets-needs-heading">Households by need</h2>
      {needs.length === 0 ? (
        <p>Enter today’s placements for a category of need, under Placements by need, to see the households it needs.</p>
      ) : (
        <>
          <div class="table-wrap">
            <table class="table table--stack">
              <caption>Households to approve a year, by category of need</caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col" class="numeric">In-house today</th>
                  <th scope="col" class="numeric">Agency today</th>
                  <th scope="col" class="numeric">In-house places at the target</th>
                  <th scope="col" class="numeric">Households a year</th>
                </tr>
              </thead>
              <tbody>
                {needs.map((n) => (
                  <tr key={n.category}>
                    <th scope="row">{NEED_CATEGORIES[n.category]}</th>
                    <td class="numeric" data-label="In-house today">{formatNumber(n.placements.inHouse, 2)}</td>
                    <td class="numeric" data-label="Agency today">{formatNumber(n.placements.agency, 2)}</td>
                    <td class="numeric" data-label="In-house places at the target">{formatNumber(n.targetPlaces)}</td>
                    <td class="numeric" data-label="Households a year">{formatNumber(n.householdsPerYear)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">All placements</th>
                  <td colSpan={3} />
                  <td class="numeric" data-label="Households a year">{formatNumber(plan.approvalsPerYear)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p class="targets-explain">
            How the split is worked out: each category is planned as the whole service is, on its own placements. It needs the target
            share of its placements (grown as demand grows) in-house by the target year, less the in-house placements it has today,
            plus its part of the places leavers take with them, taken as its part of today’s in-house placements. That is divided by
            the places each new household is assumed to fill and by the years. A household can count in more than one category, so the
            categories do not add up to the total.
          </p>
        </>
      )}
    </section>
  );
}
