import { daysBetween, type IsoDate } from '../../domain/dates';
import { lastTwelveMonths } from '../../domain/reports/last-twelve-months';
import type { LastYearRecords } from '../../domain/own-figures';
import { isCurrent } from '../../domain/support/places';
import { onRegisterAt } from '../../domain/support/support-report';
import { db } from '../db';

/**
 * The counts behind "Use our own figures", read through indexes: approvals by stage, enquiries
 * by date. Mainstream and connected-person (kinship) households are counted apart: kinship
 * households are approved for a named child, so they say nothing about recruitment. Places in use
 * and deregistrations come from the register of approved carer households: its placements (short
 * breaks aside) and the households that left it in the 12 months.
 */
export const ownFiguresRepo = {
  async lastYear(today: IsoDate): Promise<LastYearRecords> {
    // The same window as the board's "approved in the last 12 months".
    const { from } = lastTwelveMonths(today);
    const d = db();
    const [allApproved, enquiries, carers, left, placements] = await Promise.all([
      db()
        .households.where('stage')
        .equals('approved')
        .filter((h) => h.stageEnteredOn >= from && h.stageEnteredOn <= today)
        .toArray(),
      db().households.where('enquiryOn').between(from, today, true, true).filter((h) => h.kind !== 'connected').count(),
      d.carers.toArray(),
      d.deregistrations.where('effectiveOn').between(from, today, true, true).toArray(),
      d.placements.toArray(),
    ]);
    const places = new Map(carers.map((c) => [c.householdId, c.terms?.numberOfChildren ?? 0]));
    const fostering = placements.filter((p) => !p.shortBreak);
    const approved = allApproved.filter((h) => h.kind !== 'connected');
    const withTerms = approved.flatMap((h) => {
      const n = h.assessment.terms?.numberOfChildren;
      return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? [n] : [];
    });
    return {
      approvals: approved.length,
      kinshipApprovals: allApproved.length - approved.length,
      daysToApproval: approved.map((h) => daysBetween(h.enquiryOn, h.stageEnteredOn)),
      approvalsWithTerms: withTerms.length,
      placesApproved: withTerms.reduce((sum, n) => sum + n, 0),
      enquiries,
      // No placement recorded at all means they are not kept here yet, rather than none in use.
      ...(fostering.length ? { placesInUse: fostering.filter((p) => isCurrent(p, today)).length } : {}),
      ...(carers.length
        ? {
            register: {
              atStart: carers.filter((c) => onRegisterAt(c, from)).length,
              deregistrations: left.length,
              placesLost: left.reduce((sum, l) => sum + (places.get(l.householdId) ?? 0), 0),
            },
          }
        : {}),
    };
  },
};
