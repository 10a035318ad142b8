import { describe, expect, it } from 'vitest';
import { phoneSegments } from '../../src/domain/library/phone';

const phones = (text: string) => phoneSegments(text).filter((s) => s.kind === 'phone');

describe('phone numbers in resource text', () => {
  it('finds UK numbers as people write them', () => {
    expect(phones('Call 01632 960123, 020 7946 0000 or +44 (0)7700 900123.').map((s) => s.kind === 'phone' && s.tel)).toEqual([
      '01632960123',
      '02079460000',
      '07700900123',
    ]);
  });

  it('finds the emergency and help lines', () => {
    expect(phones('Call 999 now, 111 for advice or 101 to report.').map((s) => s.text)).toEqual(['999', '111', '101']);
  });

  it('keeps the text around each number', () => {
    expect(phoneSegments('Ring 999 today')).toEqual([
      { kind: 'text', text: 'Ring ' },
      { kind: 'phone', text: '999', tel: '999' },
      { kind: 'text', text: ' today' },
    ]);
  });

  it('leaves money, years, dates and other numbers alone', () => {
    expect(phones('£999 paid in 2026 on 1.101 and 12345 6789 and room 9991')).toEqual([]);
    expect(phones('0999 123 456 is not a UK number')).toEqual([]);
  });
});
