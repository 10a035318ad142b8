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
});
