import { render } from 'preact';
import { LocationProvider } from 'preact-iso';
import { waitFor } from '@testing-library/preact';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { settingsRepo } from '../../src/data/repositories/settings';
import { staffRepo } from '../../src/data/repositories/staff';
import ListPage from '../../src/ui/pipeline/ListPage';
import { create, settleEffects } from './pipeline-fixtures';

afterAll(settleEffects);

describe('the household list opened', () => {
  it('starts reading its households as it is drawn, ahead of the notice and the worker filter beside them', async () => {
    const household = await create();
    const asked: string[] = [];
    const recorded = <A extends unknown[], R>(name: string, read: (...args: A) => R) =>
      (...args: A): R => {
        asked.push(name);
        return read(...args);
      };
    const reads = {
      households: pipelineRepo.search.bind(pipelineRepo),
      workers: staffRepo.list.bind(staffRepo),
      notice: settingsRepo.deadlinesStaleSince.bind(settingsRepo),
    };
    vi.spyOn(pipelineRepo, 'search').mockImplementation(recorded('households', reads.households));
    vi.spyOn(staffRepo, 'list').mockImplementation(recorded('workers', reads.workers));
    vi.spyOn(settingsRepo, 'deadlinesStaleSince').mockImplementation(recorded('notice', reads.notice));
    history.replaceState(null, '', '/households');
    const page = document.createElement('div');
    document.body.append(page);

    render(
      <LocationProvider>
        <ListPage />
      </LocationProvider>,
      page,
    );

    await waitFor(() => expect(page.textContent).toContain('Showing 1 to 1'));
    expect(page.textContent).toContain(household.reference);
    await waitFor(() => expect([...asked].sort()).toEqual(['households', 'notice', 'workers']));
    // Dexie starts each live query on a timer, in the order asked for: the list's own read must be
    // asked for first to reach the storage first.
    expect(asked[0]).toBe('households');
    render(null, page);
    page.remove();
  });
});
