import { screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 };
});

const contents = () => within(screen.getByRole('navigation', { name: 'Contents' }));

describe('Settings: the contents list', () => {
  it('groups the sections as a manager looks for them', async () => {
    await renderSettingsPage();
    const groups = contents().getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(['The service', 'People and this device', 'Data and backups', 'Privacy']);
    expect(contents().getAllByRole('link')).toHaveLength(13);
  });

  it('links each entry to its section’s heading, with the heading’s own words, in the page’s order', async () => {
    await renderSettingsPage();
    await screen.findByRole('heading', { level: 2, name: 'Sync with your service’s server' }, { timeout: 5000 });
    const links = contents().getAllByRole('link');
    const targets = links.map((link) => document.getElementById(link.getAttribute('href')!.slice(1)));
    targets.forEach((heading, i) => {
      expect(heading?.tagName).toBe('H2');
      expect(heading?.textContent).toBe(links[i]!.textContent);
    });
    const sectionHeadings = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    expect(targets.map((h) => h!.id)).toEqual(sectionHeadings.filter((id) => targets.some((h) => h!.id === id)));
  });

  it('offers a way back to the contents after each section', async () => {
    await renderSettingsPage();
    const back = screen.getAllByRole('link', { name: 'Back to contents' });
    expect(back).toHaveLength(13);
    expect(back[0]!.getAttribute('href')).toBe('#settings-contents');
    expect(document.getElementById('settings-contents')?.textContent).toBe('Contents');
  });
});
