import { render, screen } from '@testing-library/preact';
import SettingsPage from '../../src/ui/settings/SettingsPage';

/** Settings as a person opens it: its sections are drawn together once the first one's details are read. */
export async function renderSettingsPage(): Promise<ReturnType<typeof render>> {
  const rendered = render(<SettingsPage />);
  await screen.findByRole('heading', { level: 2, name: 'Your service’s contact details' });
  return rendered;
}
