import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionState } from '../../src/data/connection';
import { NO_SPACE, RecordGoneError, UPDATED_ELSEWHERE, writeErrorMessage } from '../../src/data/write-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  connectionState.value = 'open';
});

describe('writeErrorMessage', () => {
  it('says the device is full, however the browser or Dexie wraps the refusal', () => {
    expect(writeErrorMessage(quota())).toBe(NO_SPACE);
    expect(writeErrorMessage(new Dexie.QuotaExceededError('full'))).toBe(NO_SPACE);
    expect(writeErrorMessage(new Dexie.AbortError('Transaction aborted', quota()))).toBe(NO_SPACE);
    expect(NO_SPACE).toContain('Nothing was changed and what you typed is kept.');
  });

  it('asks for a reload once the app was updated in another tab', () => {
    connectionState.value = 'replaced';
    expect(writeErrorMessage(new Dexie.DatabaseClosedError())).toBe(UPDATED_ELSEWHERE);
    expect(UPDATED_ELSEWHERE).toMatch(/updated in another tab.*Reload/);
  });

  it('passes on what the data layer said in words, and never shows raw error text otherwise', () => {
    expect(writeErrorMessage(new RecordGoneError('This household no longer exists'))).toBe('This household no longer exists, so nothing was saved.');
    const message = writeErrorMessage(new TypeError("Cannot read properties of undefined (reading 'id')"), 'The note');
    expect(message).toBe('The note could not be saved on this device. Nothing was changed and what you typed is kept. Try again.');
    expect(writeErrorMessage(new Dexie.DatabaseClosedError())).toMatch(/connection to this device’s storage was lost.*Reload/);
  });
});
