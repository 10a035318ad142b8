import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { deviceSettingsRepo } from '../../src/data/repositories/device-settings';
import { retentionRepo } from '../../src/data/repositories/retention';
import { settingsRepo } from '../../src/data/repositories/settings';
import { StaleWriteError } from '../../src/data/stale';

/** Two tabs open on Settings: each read the same revisions, then each saves. */
describe('settings saved from two tabs', () => {
  it('refuses the second lock save, naming what changed and who changed it, and writes neither value', async () => {
    const base = { idleLockMinutes: await settingsRepo.revisionOf('idleLockMinutes'), wipeAfterFailures: await settingsRepo.revisionOf('wipeAfterFailures') };
    await deviceSettingsRepo.saveLock({ idleMinutes: 10, wipeAfter: 0 }, 'Priya Example-Shah', base);

    const refusal = deviceSettingsRepo.saveLock({ idleMinutes: 3, wipeAfter: 20 }, 'Sam Example', base);
    await expect(refusal).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refusal).rejects.toMatchObject({
      userMessage: expect.stringMatching(/^Since you opened this form, Priya Example-Shah changed the minutes before the device locks at \d\d:\d\d\. Your changes have not been saved\.$/),
    });
    expect(await settingsRepo.idleLockMinutes()).toBe(10);
    expect(await settingsRepo.wipeAfterFailures()).toBe(0);
  });

  it('saves both lock values in one go from a form opened on the latest, with one history entry each', async () => {
    await deviceSettingsRepo.saveLock({ idleMinutes: 10, wipeAfter: 0 }, 'Priya Example-Shah', {});
    const base = { idleLockMinutes: await settingsRepo.revisionOf('idleLockMinutes'), wipeAfterFailures: await settingsRepo.revisionOf('wipeAfterFailures') };
    await deviceSettingsRepo.saveLock({ idleMinutes: 3, wipeAfter: 20 }, 'Sam Example', base);
    expect(await settingsRepo.idleLockMinutes()).toBe(3);
    expect(await settingsRepo.wipeAfterFailures()).toBe(20);
    const summaries = (await db().events.toArray()).map((e) => e.summary);
    expect(summaries).toContain('Device locks after 3 minutes without use');
    expect(summaries).toContain('Device wiped after 20 wrong passcodes in a row');
  });

  it('refuses a backup settings save over a device name changed since, keeping the name the other tab gave', async () => {
    const base = { deviceName: await settingsRepo.revisionOf('deviceName'), backupReminderDays: await settingsRepo.revisionOf('backupReminderDays') };
    await deviceSettingsRepo.saveBackup({ deviceName: 'Kitchen tablet', reminderDays: 7 }, 'Priya Example-Shah', base);
    const refusal = deviceSettingsRepo.saveBackup({ deviceName: 'Office laptop', reminderDays: 30 }, 'Sam Example', base);
    await expect(refusal).rejects.toMatchObject({ name: 'StaleWriteError', by: 'Priya Example-Shah', userMessage: expect.stringContaining('changed this device’s name') });
    expect(await settingsRepo.deviceName()).toBe('Kitchen tablet');
    expect(await settingsRepo.backupReminderDays()).toBe(7);
  });

  it('refuses a retention save over periods changed since, whichever period changed', async () => {
    const base = await settingsRepo.revisionOf('retention');
    await retentionRepo.saveRules({ approvedYears: 12, endedYears: 3 }, 'Priya Example-Shah', base);
    const refusal = retentionRepo.saveRules({ approvedYears: 10, endedYears: 6 }, 'Sam Example', base);
    await expect(refusal).rejects.toMatchObject({ name: 'StaleWriteError', userMessage: expect.stringContaining('Priya Example-Shah changed the retention periods') });
    expect(await retentionRepo.rules()).toEqual({ approvedYears: 12, endedYears: 3 });

    await retentionRepo.saveRules({ approvedYears: 10, endedYears: 6 }, 'Sam Example', await settingsRepo.revisionOf('retention'));
    expect(await retentionRepo.rules()).toEqual({ approvedYears: 10, endedYears: 6 });
  });
});
