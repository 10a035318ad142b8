import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db, type FosteringDb } from '../../src/data/db';
import { backupSource } from '../../src/domain/merge/incoming';
import { mergeRepo } from '../../src/data/repositories/merge';
import { MergePreview } from '../../src/ui/merge/MergePreview';
import { addHousehold, backupOf, copyOfThisDevice, onOtherDevice } from '../data/merge-helpers';
import { signIn } from './household-record-helpers';

let other: FosteringDb | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await other?.delete();
  other = undefined;
});

describe('the merge preview', () => {
  it('says what the merge will do, merges when asked, and points to households that may be the same people', async () => {
    await addHousehold('h1', 'H-0001', ['Priya Examplesmith'], 'LS1 4AP');
    other = await copyOfThisDevice();
    const backup = await onOtherDevice(other, async () => {
      await addHousehold('h2', 'H-0002', ['Tom Examplesmith'], 'LS1 4AP', 'Ali Colleague');
      return backupOf(backupSource('Tablet 2', '2026-11-28T16:00:00.000Z'));
    });
    signIn();
    let done = 0;
    render(<MergePreview content={backup} onDone={() => (done += 1)} />);

    expect(await screen.findByRole('heading', { name: 'Merging backup from Tablet 2 made 28 Nov 2026 into this device' })).toBeTruthy();
    expect(screen.getByText('Adds 1 household, 1 household’s contact details, 1 person and 1 timeline entry.')).toBeTruthy();
    expect(await db().households.count()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Merge into this device' }));

    expect(await screen.findByText('Merged backup from Tablet 2 made 28 Nov 2026')).toBeTruthy();
    expect(done).toBe(1);
    expect(await db().households.count()).toBe(2);
    expect(screen.getByRole('link', { name: 'H-0002' }).getAttribute('href')).toBe('/households/h2');
    expect(screen.getByText(/may be the same as H-0001/)).toBeTruthy();
  });

  it('shows how far it has got while it compares a large backup with this device, and while it saves', async () => {
    other = await copyOfThisDevice();
    const backup = await onOtherDevice(other, async () => {
      await addHousehold('h2', 'H-0002', ['Tom Examplesmith'], 'LS1 4AP', 'Ali Colleague');
      return backupOf(backupSource('Tablet 2', '2026-11-28T16:00:00.000Z'));
    });
    signIn();
    const planned = await mergeRepo.plan(backup, 'Testy McWorker');
    let compared = () => undefined as void;
    // The comparison is held at 12,000 records until the test lets it finish.
    vi.spyOn(mergeRepo, 'plan').mockImplementation((_content, _by, onProgress) => {
      onProgress?.({ step: 'Comparing with this device', done: 12_000, total: 52_193 });
      return new Promise((resolve) => {
        compared = () => resolve(planned);
      });
    });
    vi.spyOn(mergeRepo, 'merge').mockImplementation((_content, _by, onProgress) => {
      onProgress?.({ step: 'Saving the merged records', done: 300, total: 52_193 });
      return new Promise(() => undefined);
    });
    render(<MergePreview content={backup} />);

    expect(await screen.findByText('12,000 of 52,193 records')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Comparing with this device…' })).toBeTruthy();
    compared();

    fireEvent.click(await screen.findByRole('button', { name: 'Merge into this device' }));

    expect(await screen.findByText('300 of 52,193 records')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Saving the merged records…' })).toBeTruthy();
    expect(screen.getByText('Merging… keep this page open until it finishes.')).toBeTruthy();
  });
});
