import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { settingsRepo } from '../../src/data/repositories/settings';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import ContactsPage from '../../src/ui/contacts/ContactsPage';

describe('Contacts page', () => {
  it('shows the service’s numbers as tap-to-call links, its email and local contacts', async () => {
    await settingsRepo.saveServiceDetails({
      name: 'Exampleshire Fostering',
      dutyPhone: '01632 960123',
      outOfHoursPhone: '+44 7700 900456',
      email: 'fostering@example.org',
      localContacts: [{ name: 'Pat Placeholder', role: 'Supervising social worker', phone: '07700900789', email: 'pat@example.org' }],
    });
    render(<ContactsPage />);

    const duty = await screen.findByRole('link', { name: /Duty line, office hours/ });
    expect(duty.getAttribute('href')).toBe('tel:01632960123');
    expect(duty.textContent).toContain('01632 960123');
    const outOfHours = screen.getByRole('link', { name: /Out of hours/ });
    expect(outOfHours.getAttribute('href')).toBe('tel:07700900456');
    expect(outOfHours.textContent).toContain('07700 900456');
    expect(screen.getByRole('link', { name: 'fostering@example.org' }).getAttribute('href')).toBe('mailto:fostering@example.org');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Exampleshire Fostering');

    expect(screen.getByRole('heading', { level: 3, name: 'Pat Placeholder' })).toBeTruthy();
    expect(screen.getByText('Supervising social worker')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Call Pat Placeholder/ }).getAttribute('href')).toBe('tel:07700900789');
  });

  it('says so in plain words when the service has not added its details', async () => {
    await settingsRepo.saveServiceDetails(EMPTY_SERVICE_DETAILS);
    render(<ContactsPage />);
    expect(await screen.findByText('Your fostering service has not added its contact details to this device yet.')).toBeTruthy();
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it('names a missing out-of-hours number rather than leaving a gap', async () => {
    await settingsRepo.saveServiceDetails({ ...EMPTY_SERVICE_DETAILS, dutyPhone: '01632960123' });
    render(<ContactsPage />);
    expect(await screen.findByRole('link', { name: /Duty line/ })).toBeTruthy();
    expect(screen.getByText('The out-of-hours number has not been added to this device yet.')).toBeTruthy();
  });
});
