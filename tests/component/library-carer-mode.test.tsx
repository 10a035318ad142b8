import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { carerMode } from '../../src/ui/carer/carer-mode';
import { renderLibrary } from './library-helpers';

vi.mock('../../src/data/library/built-in', async () => (await import('./library-fixtures')).fixtureBuiltIn());

describe('the library on a carer’s device', () => {
  afterEach(() => {
    carerMode.value = false;
  });

  it('lets a carer import the service pack but not write, remove or share the service’s resources', async () => {
    carerMode.value = true;
    renderLibrary('/library');
    expect(await screen.findByLabelText('Service pack file')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Your service’s own resources' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a resource' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download the service pack' })).toBeNull();
  });

  it('gives staff the tools to write and share resources', async () => {
    carerMode.value = false;
    renderLibrary('/library');
    expect(await screen.findByRole('button', { name: 'Add a resource' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the service pack' })).toBeTruthy();
  });
});
