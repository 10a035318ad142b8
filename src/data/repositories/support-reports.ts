import type { SupportReportInputs } from '../../domain/support/support-report';
import { db } from '../db';
import { carersRepo } from './carers';
import { keepCompletion } from './keep-completion';
import { keepGroupsRepo } from './keep-groups';
import { leavingReasonsRepo } from './leaving-reasons';

export const supportReportsRepo = {
  /** Everything the support report counts from, read in one transaction so the tables agree. */
  async inputs(): Promise<SupportReportInputs> {
    const d = db();
    return d.transaction(
      'r',
      [d.carers, d.placements, d.deregistrations, d.tierChanges, d.reviews, d.supervisionVisits, d.constellations, d.constellationMembers, d.keepGroups, d.keepEnrolments, d.keepAttendance, d.hubStays, d.trainingRecords, d.settings],
      async () => {
        const [carers, placements, deregistrations, tierChanges, reviews, visits, constellations, members, groups, enrolments, attendance, hubStays, training, tiers, programmes, completion, reasons] = await Promise.all([
          d.carers.toArray(),
          d.placements.toArray(),
          d.deregistrations.toArray(),
          d.tierChanges.toArray(),
          d.reviews.toArray(),
          d.supervisionVisits.toArray(),
          d.constellations.toArray(),
          d.constellationMembers.toArray(),
          d.keepGroups.toArray(),
          d.keepEnrolments.toArray(),
          d.keepAttendance.toArray(),
          d.hubStays.toArray(),
          d.trainingRecords.toArray(),
          carersRepo.tiers(),
          keepGroupsRepo.programmes(),
          keepCompletion(),
          leavingReasonsRepo.read(),
        ]);
        return {
          carers,
          placements,
          deregistrations,
          tierChanges,
          reviews,
          visits,
          constellations,
          members,
          groups,
          enrolments,
          attendance,
          tiers,
          programmes,
          keepCompletionPercent: completion.percent,
          hubStays,
          training,
          reasonHeadings: reasons.headings,
        };
      },
    );
  },
};
