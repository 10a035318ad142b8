import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterAll, describe, expect, it } from 'vitest';
import { refreshOpenDeadlines } from '../../src/data/repositories/deadlines';
import { householdsRepo } from '../../src/data/repositories/households';
import { settingsRepo } from '../../src/data/repositories/settings';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import TodayPage from '../../src/ui/today/TodayPage';
import { settleEffects } from './pipeline-fixtures';

function renderToday() {
  history.replaceState(null, '', '/');
  return render(
    <LocationProvider>
      <TodayPage />
    </LocationProvider>,
  );
}

afterAll(settleEffects);

describe('Today: due dates not yet worked out again after a change of targets', () => {
  it('says the due dates may be out of date, and works them out on request', async () => {
    const h = await householdsRepo.createEnquiry(
      { applicants: ['Sol Exampleby'], email: 'sol@example.org', phone: '07700900312', postcode: 'LS1 4AP', howHeard: 'event', interests: [], notes: '', enquiryOn: '2026-11-02', kind: 'mainstream' },
      'Jo Worker',
    );
    await settingsRepo.saveLocalTargets({ ...DEFAULT_LOCAL_TARGETS, enquiryReplyWorkingDays: 10 }, 'Jo Worker');
    renderToday();
    const notice = within(await screen.findByRole('region', { name: 'Due dates out of date' }));
    expect(notice.getByText(/may be out of date/)).toBeTruthy();

    fireEvent.click(notice.getByRole('button', { name: 'Work out the due dates now' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Due dates out of date' })).toBeNull());
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBe('2026-11-09');
  });

  it('says nothing when the due dates are current', async () => {
    await settingsRepo.saveLocalTargets({ ...DEFAULT_LOCAL_TARGETS }, 'Jo Worker');
    await refreshOpenDeadlines();
    renderToday();
    await screen.findByRole('heading', { name: 'Today' });
    await settleEffects();
    expect(screen.queryByRole('region', { name: 'Due dates out of date' })).toBeNull();
  });
});
