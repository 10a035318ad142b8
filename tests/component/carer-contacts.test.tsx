import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { settingsRepo } from '../../src/data/repositories/settings';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import ContactsPage from '../../src/ui/contacts/ContactsPage';
import { CarerHeader } from '../../src/ui/carer/CarerHeader';
import { libraryRepo } from '../../src/data/repositories/library';

describe('Contacts page', () => {
  it('shows the service’s numbers as tap-to-call links, its email and local contacts', async () => {
    await settingsRepo.saveServiceDetails({
      ...EMPTY_SERVICE_DETAILS,
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

describe('a service pack imported while the contacts are on screen', () => {
  const pack = {
    kind: 'fostering-service-pack',
    version: 1,
    exportedAt: '2026-11-02T10:00:00.000Z',
    service: {
      name: 'Exampleshire Fostering',
      dutyPhone: '01632 960123',
      outOfHoursPhone: '01632 960999',
      ladoPhone: '01632 960555',
      hubCarerPhone: '07700 900321',
      email: 'fostering@example.org',
      localContacts: [],
    },
    resources: [],
  };

  it('shows the new numbers on the contacts page and the service’s name in the carer header, with no reload', async () => {
    await settingsRepo.saveServiceDetails(EMPTY_SERVICE_DETAILS);
    render(
      <>
        <CarerHeader path="/contacts" />
        <ContactsPage />
      </>,
    );
    expect(await screen.findByText('Your fostering service has not added its contact details to this device yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Fostering' })).toBeTruthy();

    const checked = await libraryRepo.checkServicePack(JSON.stringify(pack));
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    await libraryRepo.applyServicePack(checked.pack, 'Robin Synthetic-Carer');

    const outOfHours = await screen.findByRole('link', { name: /Out of hours/ });
    expect(outOfHours.getAttribute('href')).toBe('tel:01632960999');
    expect(screen.getByRole('link', { name: /LADO, about an allegation/ }).getAttribute('href')).toBe('tel:01632960555');
    expect(screen.getByRole('link', { name: /Hub carer/ }).textContent).toContain('07700 900321');
    expect((await screen.findByRole('link', { name: 'Exampleshire Fostering' })).getAttribute('href')).toBe('/library');
  });
});
