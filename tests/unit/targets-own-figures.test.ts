import { describe, expect, it } from 'vitest';
import { MIN_APPROVALS, ownFigures, type LastYearRecords } from '../../src/domain/own-figures';

const records = (overrides: Partial<LastYearRecords> = {}): LastYearRecords => ({
  approvals: 12,
  kinshipApprovals: 0,
  daysToApproval: [],
  approvalsWithTerms: 10,
  placesApproved: 16,
  enquiries: 90,
  ...overrides,
});

describe('our own figures from the last 12 months', () => {
  it('take approvals, places per approval and conversion from the records', () => {
    const figures = ownFigures(records());
    expect(figures.approvalsPerYearNow).toEqual({ source: 'records', value: 12, basis: '12 mainstream households approved in the last 12 months.' });
    expect(figures.placesPerNewHousehold).toEqual({
      source: 'records',
      value: 1.6,
      basis: '16 places in the terms of approval of 10 mainstream households approved in the last 12 months.',
    });
    expect(figures.enquiryToApprovalRate).toEqual({
      source: 'records',
      value: 12 / 90,
      basis: '12 mainstream households approved and 90 mainstream enquiries received in the last 12 months.',
    });
  });

  it(`keep the defaults with fewer than ${MIN_APPROVALS} approvals, and say so`, () => {
    const figures = ownFigures(records({ approvals: 4, approvalsWithTerms: 4, placesApproved: 6 }));
    expect(figures.approvalsPerYearNow).toEqual({
      source: 'default',
      reason: 'Only 4 mainstream households approved in the last 12 months in this app; at least 5 are needed, so the default is kept.',
    });
    expect(figures.enquiryToApprovalRate.source).toBe('default');
    expect(figures.placesPerNewHousehold).toEqual({
      source: 'default',
      reason: 'Only 4 households approved in the last 12 months with terms of approval recorded; at least 5 are needed, so the default is kept.',
    });
  });

  it('use approvals even when too few have their terms recorded for places per approval', () => {
    const figures = ownFigures(records({ approvalsWithTerms: 2, placesApproved: 3 }));
    expect(figures.approvalsPerYearNow.source).toBe('records');
    expect(figures.placesPerNewHousehold.source).toBe('default');
  });

  it('keep the default conversion when enquiries before this app are missing', () => {
    const figures = ownFigures(records({ enquiries: 7 }));
    expect(figures.enquiryToApprovalRate).toEqual({
      source: 'default',
      reason:
        'More households were approved (12) than enquiries recorded (7) in the last 12 months, so earlier enquiries are missing from this app and the default is kept.',
    });
  });

  it('keep the default when the terms give no usable places', () => {
    expect(ownFigures(records({ placesApproved: 0 })).placesPerNewHousehold.source).toBe('default');
  });

  it('say deregistrations and places in use are not recorded on a device without the register', () => {
    const figures = ownFigures(records());
    for (const key of ['deregistrationsPerYear', 'placesLostPerDeregistration', 'inHousePlaces'] as const) {
      expect(figures[key]).toEqual({ source: 'default', reason: 'Not recorded in this app yet, so the default is kept.' });
    }
  });

  it('take deregistrations and places lost from the register once it held enough households 12 months ago', () => {
    const figures = ownFigures(records({ register: { atStart: 180, deregistrations: 24, placesLost: 20 } }));
    expect(figures.deregistrationsPerYear).toEqual({ source: 'records', value: 24, basis: '24 households left the register in the last 12 months, of 180 on it 12 months ago.' });
    expect(figures.placesLostPerDeregistration).toEqual({ source: 'records', value: 20 / 24, basis: '20 places in the terms of approval of 24 households that left the register in the last 12 months.' });
  });

  it(`keep the defaults for leaving while the register is newly kept, or fewer than ${MIN_APPROVALS} households left`, () => {
    const young = ownFigures(records({ register: { atStart: 3, deregistrations: 1, placesLost: 2 } }));
    expect(young.deregistrationsPerYear).toEqual({ source: 'default', reason: 'Only 3 carer households on the register 12 months ago; at least 5 are needed, so the default is kept.' });
    expect(young.placesLostPerDeregistration).toEqual({ source: 'default', reason: 'Only 1 household left the register in the last 12 months; at least 5 are needed, so the default is kept.' });
    const steady = ownFigures(records({ register: { atStart: 40, deregistrations: 0, placesLost: 0 } }));
    expect(steady.deregistrationsPerYear).toMatchObject({ source: 'records', value: 0 });
    expect(steady.placesLostPerDeregistration.source).toBe('default');
  });

  it('take places in use once they are recorded', () => {
    expect(ownFigures(records({ placesInUse: 301 })).inHousePlaces).toEqual({ source: 'records', value: 301, basis: '301 places in use today.' });
  });

  it('handle an empty device', () => {
    const figures = ownFigures({ approvals: 0, kinshipApprovals: 0, daysToApproval: [], approvalsWithTerms: 0, placesApproved: 0, enquiries: 0 });
    expect(Object.values(figures).every((f) => f.source === 'default')).toBe(true);
    expect(figures.approvalsPerYearNow).toMatchObject({ reason: expect.stringContaining('Only 0 mainstream households approved') });
  });
});
