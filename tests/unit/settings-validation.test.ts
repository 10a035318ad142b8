import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_TYPES, DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import {
  checkTypeKey,
  checkTypeRows,
  localTargetsForm,
  validateCheckTypes,
  validateLocalTargets,
  validateNewCheckType,
  validateStaffName,
} from '../../src/domain/settings-validation';

describe('validateLocalTargets', () => {
  it('accepts the defaults and whole numbers with spaces around them', () => {
    expect(validateLocalTargets(localTargetsForm(DEFAULT_LOCAL_TARGETS))).toEqual({ ok: true, value: DEFAULT_LOCAL_TARGETS });
    const form = { ...localTargetsForm(DEFAULT_LOCAL_TARGETS), stage2Months: ' 6 ' };
    expect(validateLocalTargets(form)).toEqual({ ok: true, value: { ...DEFAULT_LOCAL_TARGETS, stage2Months: 6 } });
  });

  it.each([
    ['', 'Enter the number of working days to reply to an enquiry'],
    ['0', 'Number of working days to reply to an enquiry must be between 1 and 10'],
    ['-1', 'Number of working days to reply to an enquiry must be between 1 and 10'],
    ['11', 'Number of working days to reply to an enquiry must be between 1 and 10'],
    ['abc', 'Number of working days to reply to an enquiry must be a whole number, like 1'],
    ['1.5', 'Number of working days to reply to an enquiry must be a whole number, like 1'],
    ['1e1', 'Number of working days to reply to an enquiry must be a whole number, like 1'],
    ['NaN', 'Number of working days to reply to an enquiry must be a whole number, like 1'],
  ])('rejects %j', (raw, message) => {
    const result = validateLocalTargets({ ...localTargetsForm(DEFAULT_LOCAL_TARGETS), enquiryReplyWorkingDays: raw });
    expect(result).toEqual({ ok: false, errors: { enquiryReplyWorkingDays: message } });
  });

  it('keeps stage 2 within the national 8 months to panel', () => {
    const result = validateLocalTargets({ ...localTargetsForm(DEFAULT_LOCAL_TARGETS), stage2Months: '9' });
    expect(result).toEqual({ ok: false, errors: { stage2Months: 'Number of months for stage 2 must be between 1 and 8' } });
  });
});

describe('check list', () => {
  it('accepts the default list unchanged', () => {
    expect(validateCheckTypes(checkTypeRows(DEFAULT_CHECK_TYPES))).toEqual({ ok: true, value: DEFAULT_CHECK_TYPES });
  });

  it('names the row that is wrong', () => {
    const rows = checkTypeRows(DEFAULT_CHECK_TYPES);
    rows[2] = { ...rows[2]!, label: '  ' };
    rows[6] = { ...rows[6]!, count: '0' };
    rows[7] = { ...rows[7]!, label: 'personal reference' };
    const result = validateCheckTypes(rows);
    expect(result).toEqual({
      ok: false,
      errors: {
        'health.label': 'Enter the name of check 3',
        'personalReference.count': 'Number of Personal reference checks must be between 1 and 10',
        'employer.label': 'There is already a check called personal reference',
      },
    });
  });

  it('makes a key for a new check that no other check has', () => {
    expect(checkTypeKey('Social media check!', [])).toBe('custom-social-media-check');
    expect(checkTypeKey('Social media check', ['custom-social-media-check'])).toBe('custom-social-media-check-2');
    expect(checkTypeKey('!!!', [])).toBe('custom-check');
  });

  it('validates a new check against the list', () => {
    const rows = checkTypeRows(DEFAULT_CHECK_TYPES);
    expect(validateNewCheckType({ label: 'Ofsted check', count: 'x', scope: 'household', required: true, hasExpiry: false, validityMonths: '' }, rows)).toEqual({
      ok: false,
      errors: { label: 'There is already a check called Ofsted check', count: 'Number of Ofsted checks must be a whole number, like 1' },
    });
    const perAdult = validateNewCheckType({ label: 'Right to work', count: '1', scope: 'adult', required: true, hasExpiry: true, validityMonths: '24' }, rows);
    expect(perAdult).toMatchObject({ ok: true, value: { key: 'custom-right-to-work', count: '1', scope: 'adult', validityMonths: '24' } });
  });

  it('takes a validity period in whole months for a check with an expiry, and ignores it for one without', () => {
    const rows = checkTypeRows(DEFAULT_CHECK_TYPES);
    const dbs = rows.findIndex((r) => r.key === 'dbs');
    rows[dbs] = { ...rows[dbs]!, validityMonths: '2.5' };
    expect(validateCheckTypes(rows)).toEqual({
      ok: false,
      errors: { 'dbs.validityMonths': 'Number of months Enhanced DBS with barred list checks stay valid must be a whole number, like 36' },
    });
    rows[dbs] = { ...rows[dbs]!, validityMonths: '' };
    const saved = validateCheckTypes(rows);
    expect(saved.ok && saved.value.find((t) => t.key === 'dbs')).toEqual({ ...DEFAULT_CHECK_TYPES[0], validityMonths: undefined });
    const pets = validateNewCheckType({ label: 'Garden check', count: '1', scope: 'household', required: false, hasExpiry: false, validityMonths: 'x' }, rows);
    expect(pets).toMatchObject({ ok: true, value: { validityMonths: '' } });
  });

  it('keeps each check\'s scope, and a two-references-each count for applicants', () => {
    const rows = checkTypeRows(DEFAULT_CHECK_TYPES);
    const result = validateCheckTypes(rows);
    expect(result.ok && result.value.find((t) => t.key === 'personalReference')).toMatchObject({ scope: 'applicant', count: 2 });
    expect(result.ok && result.value.find((t) => t.key === 'education')).toMatchObject({ scope: 'child' });
  });
});

describe('validateStaffName', () => {
  it('tidies spaces and refuses blanks, long names and names already listed', () => {
    expect(validateStaffName('  Ash   Pretendly ', [])).toEqual({ ok: true, value: 'Ash Pretendly' });
    expect(validateStaffName(' ', [])).toEqual({ ok: false, errors: { name: 'Enter the full name' } });
    expect(validateStaffName('x'.repeat(81), [])).toEqual({ ok: false, errors: { name: 'Name must be 80 characters or fewer' } });
    expect(validateStaffName('ash pretendly', ['Ash Pretendly'])).toEqual({ ok: false, errors: { name: 'ash pretendly is already on the list' } });
  });
});
