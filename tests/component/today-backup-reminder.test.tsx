import { asFixture } from '../fixture-person';
import { render, screen, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import TodayPage from '../../src/ui/today/TodayPage';
import { seed } from '../data/fixtures/backup-data';
import { smallService } from '../data/fixtures/backup-files';
import { settleEffects } from './pipeline-fixtures';

function renderToday() {
  history.replaceState(null, '', '/');
  return render(
    <LocationProvider>
      <TodayPage />
    </LocationProvider>,
  );
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000 - 60_000).toISOString();

afterAll(settleEffects);

describe('Today: the backup reminder', () => {
  it('says a device holding real households has never been backed up, with a way to do it', async () => {
    await seed(smallService());
    renderToday();
    const reminder = within(await screen.findByRole('region', { name: 'Backup reminder' }));
    expect(reminder.getByText(/This device has never been backed up/)).toBeTruthy();
    expect(reminder.getByRole('link', { name: 'Back up now in Settings' }).getAttribute('href')).toBe('/settings#backup');
  });

  it('says how old the last backup is once it is older than the setting', async () => {
    await seed(smallService());
    await asFixture(() =>
      db().settings.bulkPut([
        { key: 'lastBackupAt', value: daysAgo(10) },
        { key: 'backupReminderDays', value: 7 },
      ]),
    );
    renderToday();
    const reminder = within(await screen.findByRole('region', { name: 'Backup reminder' }));
    expect(reminder.getByText(/The last backup of this device was 10 days ago/)).toBeTruthy();
  });

  it('stays quiet after a recent backup, or with demo households only', async () => {
    await seed(smallService());
    await asFixture(() => db().settings.put({ key: 'lastBackupAt', value: daysAgo(3) }));
    const { unmount } = renderToday();
    await screen.findByRole('heading', { name: 'Breached timescales (0)' });
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();
    unmount();

    await asFixture(async () => {
      await db().settings.delete('lastBackupAt');
      await db().households.toCollection().modify({ isDemo: 1 });
    });
    renderToday();
    await screen.findByRole('heading', { name: 'Breached timescales (0)' });
    expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull();
  });
});
