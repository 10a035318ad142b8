import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../src/data/schema';
import { APPEND_ONLY, NEVER_MERGED, REVISED, SETTING_SCOPE } from '../../src/domain/merge/tables';

describe('what a merge does with each table', () => {
  it('decides for every table in the schema, so a new table never travels (or stays behind) unnoticed', () => {
    const tables = Object.keys(SCHEMA[SCHEMA.length - 1]!.stores).sort();
    expect([...REVISED, ...APPEND_ONLY, ...NEVER_MERGED, 'deletions'].sort()).toEqual(tables);
  });

  it('keeps this device’s own settings and merges the service’s', () => {
    expect(SETTING_SCOPE.carerMode).toBe('device');
    expect(SETTING_SCOPE.currentStaffId).toBe('device');
    expect(SETTING_SCOPE.localTargets).toBe('service');
    // The service's record-keeping rules hold on every tablet: how long records and removal notes are kept.
    expect(SETTING_SCOPE.retention).toBe('service');
    expect(SETTING_SCOPE.removalNoteDays).toBe('service');
    expect(SETTING_SCOPE.nextReference).toBe('counter');
  });
});
