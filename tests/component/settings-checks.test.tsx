import { fireEvent, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { asPerson } from '../../src/data/revisions';
import { settingsRepo } from '../../src/data/repositories/settings';
import { DEFAULT_CHECK_TYPES } from '../../src/domain/settings';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 };
});

const checks = () => within(screen.getByRole('region', { name: 'Stage 1 checks' }));

describe('Settings: stage 1 check list', () => {
  it('renames a check, makes one optional, adds a new one and saves the list', { timeout: 30_000 }, async () => {
    await renderSettingsPage();
    const ofsted = (await checks().findByDisplayValue('Ofsted check')) as HTMLInputElement;
    fireEvent.input(ofsted, { target: { value: 'Ofsted and registration check' } });
    fireEvent.click(checks().getByLabelText('Required before panel: Probation check'));

    fireEvent.input(checks().getByLabelText('Name of the check'), { target: { value: 'Social media check' } });
    fireEvent.input(checks().getByLabelText('How many each needs'), { target: { value: '1' } });
    fireEvent.click(checks().getByRole('button', { name: 'Add check to the list' }));
    expect(await checks().findByDisplayValue('Social media check')).toBeTruthy();
    expect(checks().getByText('New: not saved yet')).toBeTruthy();

    fireEvent.click(checks().getByRole('button', { name: 'Save check list' }));
    expect(await screen.findByText('Check list saved')).toBeTruthy();
    const saved = await settingsRepo.checkTypes();
    expect(saved).toHaveLength(DEFAULT_CHECK_TYPES.length + 1);
    expect(saved.find((t) => t.key === 'ofsted')?.label).toBe('Ofsted and registration check');
    expect(saved.find((t) => t.key === 'probation')?.required).toBe(false);
    expect(saved.at(-1)).toMatchObject({ key: 'custom-social-media-check', label: 'Social media check', required: true, count: 1 });
  });

  it('removes a check the service added, but offers no remove for built-in checks', { timeout: 30_000 }, async () => {
    await settingsRepo.saveCheckTypes([...DEFAULT_CHECK_TYPES, { key: 'custom-school', label: 'School visit', scope: 'household', required: false, hasExpiry: false, count: 1 }], 'Jo Worker');
    await renderSettingsPage();
    await checks().findByDisplayValue('School visit');
    fireEvent.click(checks().getByRole('button', { name: 'Remove School visit' }));
    expect(checks().queryByDisplayValue('School visit')).toBeNull();
    expect(checks().queryByRole('button', { name: /Remove Ofsted/ })).toBeNull();
    fireEvent.click(checks().getByRole('button', { name: 'Save check list' }));
    expect(await screen.findByText('Check list saved')).toBeTruthy();
    expect((await settingsRepo.checkTypes()).map((t) => t.key)).toEqual(DEFAULT_CHECK_TYPES.map((t) => t.key));
  });

  it('sets whom a check is for and how long it stays valid, and refuses a validity that is not a whole number', { timeout: 30_000 }, async () => {
    await renderSettingsPage();
    await checks().findByDisplayValue('Ofsted check');
    const scope = checks().getByLabelText('Who Pets assessment is for') as HTMLSelectElement;
    expect(scope.value).toBe('household');
    fireEvent.change(scope, { target: { value: 'applicant' } });
    const validity = checks().getByLabelText('Months Enhanced DBS with barred list stays valid') as HTMLInputElement;
    expect(validity.value).toBe('36');
    fireEvent.input(validity, { target: { value: 'three years' } });
    fireEvent.click(checks().getByRole('button', { name: 'Save check list' }));
    const message = 'Number of months Enhanced DBS with barred list checks stay valid must be a whole number, like 36';
    expect(within(await screen.findByRole('alert', { name: 'There is a problem' })).getByRole('link', { name: message })).toBeTruthy();
    expect(document.getElementById(validity.getAttribute('aria-describedby')!)!.textContent).toBe(`Error: ${message}`);
    expect(await settingsRepo.checkTypes()).toEqual(DEFAULT_CHECK_TYPES);

    fireEvent.input(validity, { target: { value: '24' } });
    fireEvent.click(checks().getByRole('button', { name: 'Save check list' }));
    expect(await screen.findByText('Check list saved')).toBeTruthy();
    const saved = await settingsRepo.checkTypes();
    expect(saved.find((t) => t.key === 'pets')?.scope).toBe('applicant');
    expect(saved.find((t) => t.key === 'dbs')?.validityMonths).toBe(24);
  });

  it('shows a list saved before scopes in the new shape: per adult stays per adult, the rest per household', { timeout: 30_000 }, async () => {
    const old = DEFAULT_CHECK_TYPES.map(({ scope, validityMonths, ...t }) => ({ ...t, perAdult: scope === 'adult' && t.key === 'dbs' }));
    await asPerson('Jo Worker', [db().settings], () => db().settings.put({ key: 'checkTypes', value: old }));
    await renderSettingsPage();
    await checks().findByDisplayValue('Ofsted check');
    expect((checks().getByLabelText('Who Enhanced DBS with barred list is for') as HTMLSelectElement).value).toBe('adult');
    expect((checks().getByLabelText('Who Personal reference is for') as HTMLSelectElement).value).toBe('household');
    expect((checks().getByLabelText('How many Personal reference') as HTMLInputElement).value).toBe('2');
  });

  it('refuses a blank name or a bad count, saving nothing, and passes axe with the errors showing', { timeout: 30_000 }, async () => {
    const { container } = await renderSettingsPage();
    fireEvent.input(await checks().findByDisplayValue('Health check'), { target: { value: ' ' } });
    fireEvent.input(checks().getByLabelText('How many Personal reference'), { target: { value: '0' } });
    fireEvent.click(checks().getByRole('button', { name: 'Save check list' }));
    const summary = within(await screen.findByRole('alert', { name: 'There is a problem' }));
    expect(summary.getByRole('link', { name: 'Enter the name of check 3' })).toBeTruthy();
    expect(summary.getByRole('link', { name: 'Number of Personal reference checks must be between 1 and 10' })).toBeTruthy();
    expect(await settingsRepo.checkTypes()).toEqual(DEFAULT_CHECK_TYPES);

    await screen.findByText('No demo households are loaded.');
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
