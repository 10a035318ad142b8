import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { settingsRepo } from '../../src/data/repositories/settings';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import { ServiceDetailsSection } from '../../src/ui/settings/ServiceDetailsSection';

const typeInto = (label: string, value: string, index = 0) => fireEvent.input(screen.getAllByLabelText(label)[index]!, { target: { value } });

describe('the service contact details in settings', () => {
  it('saves valid details with a local contact, phone numbers in the national form', async () => {
    render(<ServiceDetailsSection details={EMPTY_SERVICE_DETAILS} />);
    await screen.findByLabelText('Name of the fostering service');
    typeInto('Name of the fostering service', 'Exampleshire Fostering');
    typeInto('Duty phone number (office hours)', '01632 960 123');
    typeInto('Out-of-hours phone number', '+44 1632 960999');
    typeInto('LADO phone number', '01632 960555');
    typeInto('Email address', 'fostering@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Add a local contact' }));
    typeInto('Name', 'Pat Madeup');
    typeInto('Role', 'Mockingbird liaison worker');
    typeInto('Phone number', '07700 900123');
    fireEvent.click(screen.getByRole('button', { name: 'Save contact details' }));

    expect(await screen.findByText(/Contact details saved/)).toBeTruthy();
    expect(await settingsRepo.serviceDetails()).toEqual({
      name: 'Exampleshire Fostering',
      dutyPhone: '01632960123',
      outOfHoursPhone: '01632960999',
      ladoPhone: '01632960555',
      hubCarerPhone: '',
      email: 'fostering@example.org',
      localContacts: [{ name: 'Pat Madeup', role: 'Mockingbird liaison worker', phone: '07700900123' }],
    });
  });

  it('shows a message beside each bad field and saves nothing', async () => {
    render(<ServiceDetailsSection details={EMPTY_SERVICE_DETAILS} />);
    await screen.findByLabelText('Out-of-hours phone number');
    typeInto('Out-of-hours phone number', '12345');
    fireEvent.click(screen.getByRole('button', { name: 'Add a local contact' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save contact details' }));

    expect((await screen.findByText(/Enter the out-of-hours phone number in the right format/)).closest('.form-group')).toBeTruthy();
    expect(screen.getByText("Enter contact 1's name")).toBeTruthy();
    expect(screen.getByText('Enter a phone number or an email address for contact 1')).toBeTruthy();
    expect(await settingsRepo.serviceDetails()).toEqual(EMPTY_SERVICE_DETAILS);
  });
});
