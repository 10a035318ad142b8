import { daysBetween, type IsoDate } from '../../domain/dates';
import { lastTwelveMonths } from '../../domain/reports/last-twelve-months';
import type { LastYearRecords } from '../../domain/own-figures';
import { db } from '../db';

/**
 * The counts behind "Use our own figures", read through indexes: approvals by stage, enquiries
 * by date. Mainstream and connected-person (kinship) households are counted apart: kinship
 * households are approved for a named child, so they say nothing about recruitment. Places in use
 * and deregistrations come with approved carer households, which this app does not record yet, so they are left out and the calculator keeps its defaults for them.
 */
export const ownFiguresRepo = {
  async lastYear(today: IsoDate): Promise<LastYearRecords> {
    // The same window as the board's "approved in the last 12 months".
    const { from } = lastTwelveMonths(today);
    const [allApproved, enquiries] = await Promise.all([
      db()
        .households.where('stage')
        .equals('approved')
        .filter((h) => h.stageEnteredOn >= from && h.stageEnteredOn <= today)
        .toArray(),
      db().households.where('enquiryOn').between(from, today, true, true).filter((h) => h.kind !== 'connected').count(),
    ]);
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
    };
  },
};
