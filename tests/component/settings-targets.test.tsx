import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { settingsRepo } from '../../src/data/repositories/settings';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 };
});

const typeInto = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const targets = () => within(screen.getByRole('region', { name: 'Local timescale targets' }));

describe('Settings: local timescale targets', () => {
  it('shows the current targets, labelled as local, beside the national rules', async () => {
    await renderSettingsPage();
    expect(((await screen.findByLabelText('Reply to an enquiry')) as HTMLInputElement).value).toBe('1');
    expect((screen.getByLabelText('Stage 2') as HTMLInputElement).value).toBe('4');
    expect(targets().getByText('Local target')).toBeTruthy();
    expect(targets().getByRole('heading', { name: 'National rules' })).toBeTruthy();
    expect(targets().getByText('Within 8 months of the application')).toBeTruthy();
    expect(targets().getByText('National Minimum Standard 14.4')).toBeTruthy();
    expect(targets().getByText(/^16 weeks \(the last day is the start plus 16 weeks less a day\), extendable once by up to 8 weeks/)).toBeTruthy();
  });

  it('rejects 0, abc and -1 with messages beside the fields and in the summary, saving nothing', async () => {
    await renderSettingsPage();
    await screen.findByLabelText('Reply to an enquiry');
    typeInto('Reply to an enquiry', '0');
    typeInto('Initial visit', 'abc');
    typeInto('Stage 1', '-1');
    typeInto('Stage 2', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save local targets' }));

    const summary = within(await screen.findByRole('alert', { name: 'There is a problem' }));
    const messages = [
      'Number of working days to reply to an enquiry must be between 1 and 10',
      'Number of working days to the initial visit must be a whole number, like 5',
      'Number of months for stage 1 must be between 1 and 6',
      'Enter the number of months for stage 2',
    ];
    for (const m of messages) {
      expect(summary.getByRole('link', { name: m })).toBeTruthy();
      expect(targets().getByText(m)).toBeTruthy();
    }
    expect(screen.getByLabelText('Initial visit').getAttribute('aria-invalid')).toBe('true');
    expect(document.title).toBe('Error: Settings – Fostering');
    expect(await db().settings.get('localTargets')).toBeUndefined();
  });

  it('saves valid targets and moves open households’ next deadlines to match', async () => {
    const h = await householdsRepo.createEnquiry(
      { applicants: ['Robin Fakename'], postcode: 'LS1 4AP', email: 'robin@example.com', howHeard: 'website', interests: [], enquiryOn: '2026-03-02', kind: 'mainstream' },
      'Testy McWorker',
    );
    expect(h.nextDeadlineOn).toBe('2026-03-03');
    await renderSettingsPage();
    await screen.findByLabelText('Reply to an enquiry');
    typeInto('Reply to an enquiry', ' 3 ');
    typeInto('Stage 1', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Save local targets' }));

    expect(await screen.findByText('Local targets saved. Deadlines updated for 1 open household.')).toBeTruthy();
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).toBeNull();
    expect(await settingsRepo.localTargets()).toEqual({ ...DEFAULT_LOCAL_TARGETS, enquiryReplyWorkingDays: 3, stage1Months: 3 });
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBe('2026-03-05');
  });
});
