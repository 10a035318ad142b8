import { describe, expect, it } from 'vitest';
import { fillPlaceholders, NOT_FILLED_IN, placeholderSegments } from '../../src/domain/library/placeholders';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';

const SERVICE = { ...EMPTY_SERVICE_DETAILS, name: 'Exampleshire Fostering', outOfHoursPhone: '01632960123' };

describe('service placeholders', () => {
  it('fills in the service details, formatting phone numbers', () => {
    expect(fillPlaceholders('Call {{service.name}} on {{ service.outOfHoursPhone }}.', SERVICE)).toBe(
      'Call Exampleshire Fostering on 01632 960123.',
    );
  });

  it('says plainly when the service has not filled a detail in', () => {
    expect(fillPlaceholders('Email {{service.email}}.', SERVICE)).toBe(`Email ${NOT_FILLED_IN}.`);
    expect(placeholderSegments('{{service.dutyPhone}}', SERVICE)).toEqual([
      { kind: 'value', field: 'service.dutyPhone', text: NOT_FILLED_IN, missing: true },
    ]);
  });

  it('leaves unknown placeholders as written', () => {
    expect(fillPlaceholders('{{service.password}} and {{other}}', SERVICE)).toBe('{{service.password}} and {{other}}');
  });

  it('fills the LADO’s and the hub carer’s numbers, and says so when one is missing, even from details saved before they existed', () => {
    const text = 'LADO {{service.ladoPhone}}; hub {{service.hubCarerPhone}}.';
    expect(fillPlaceholders(text, { ...SERVICE, ladoPhone: '01632960555', hubCarerPhone: '07700900321' })).toBe('LADO 01632 960555; hub 07700 900321.');
    const older = { name: 'Exampleshire Fostering', dutyPhone: '', outOfHoursPhone: '', email: '', localContacts: [] } as unknown as typeof SERVICE;
    expect(fillPlaceholders(text, older)).toBe(`LADO ${NOT_FILLED_IN}; hub ${NOT_FILLED_IN}.`);
  });
});
