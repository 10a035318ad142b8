import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupReminder, checkDeviceName, checkNewPassphrase, checkReminderDays } from '../../src/domain/backup/reminder';
import { compareKeys, describeChange } from '../../src/domain/backup/summary';

const NOW = '2026-04-10T12:00:00.000Z';

describe('the backup reminder', () => {
  it('says "never backed up" only once there is real data', () => {
    expect(backupReminder({ reminderDays: 7, hasRealData: true, now: NOW })).toEqual({ kind: 'never' });
    expect(backupReminder({ reminderDays: 7, hasRealData: false, now: NOW })).toBeUndefined();
  });

  it('reminds exactly when the last backup is older than the setting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 24 }), fc.integer({ min: 1, max: 365 }), fc.boolean(), (hoursAgo, reminderDays, hasRealData) => {
        const lastBackupAt = new Date(Date.parse(NOW) - hoursAgo * 3_600_000).toISOString();
        const reminder = backupReminder({ lastBackupAt, reminderDays, hasRealData, now: NOW });
        if (hoursAgo > reminderDays * 24) expect(reminder).toEqual({ kind: 'overdue', days: Math.floor(hoursAgo / 24), lastBackupAt });
        else expect(reminder).toBeUndefined();
      }),
    );
  });
});

describe('the backup settings', () => {
  it('take whole days from 1 to 365', () => {
    expect(checkReminderDays(' 14 ')).toEqual({ ok: true, value: 14 });
    expect(checkReminderDays('')).toMatchObject({ ok: false, message: 'Enter the number of days between backups' });
    expect(checkReminderDays('1.5')).toMatchObject({ ok: false, message: /whole number/ });
    expect(checkReminderDays('0')).toMatchObject({ ok: false, message: /between 1 and 365/ });
    expect(checkReminderDays('366')).toMatchObject({ ok: false, message: /between 1 and 365/ });
  });

  it('take a device name of up to 60 characters, tidied', () => {
    expect(checkDeviceName('  Recruitment   tablet 2 ')).toEqual({ ok: true, value: 'Recruitment tablet 2' });
    expect(checkDeviceName('  ')).toMatchObject({ ok: false });
    expect(checkDeviceName('x'.repeat(61))).toMatchObject({ ok: false, message: /60 characters or fewer/ });
  });

  it('take an optional passphrase of 10 characters or more, typed twice alike', () => {
    expect(checkNewPassphrase('', '')).toEqual({});
    expect(checkNewPassphrase('short', 'short')).toEqual({ passphrase: 'The passphrase must be 10 characters or more' });
    expect(checkNewPassphrase('long enough phrase', 'long enough phrasE')).toEqual({ confirmation: 'The two passphrases do not match' });
    expect(checkNewPassphrase('', 'typed only here')).toHaveProperty('passphrase');
    expect(checkNewPassphrase('long enough phrase', 'long enough phrase')).toEqual({});
  });
});

describe('what a restore will change', () => {
  it('counts adds, replaces and removes that add up to both sides', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(50)), fc.uniqueArray(fc.nat(50)), (backup, device) => {
        const [change] = compareKeys({ households: backup }, { households: device });
        expect(change!.adds + change!.replaces).toBe(backup.length);
        expect(change!.replaces + change!.removes).toBe(device.length);
      }),
    );
  });

  it('reads as the team says it', () => {
    expect(describeChange({ table: 'households', adds: 12, replaces: 3, removes: 0 })).toBe('adds 12 households, replaces 3, removes none');
    expect(describeChange({ table: 'households', adds: 1, replaces: 0, removes: 2 })).toBe('adds 1 household, replaces none, removes 2');
    expect(describeChange({ table: 'people', adds: 0, replaces: 1, removes: 0 })).toBe('adds no people, replaces 1, removes none');
  });
});
