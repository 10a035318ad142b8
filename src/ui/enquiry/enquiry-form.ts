import type { IsoDate } from '../../domain/dates';
import type { EnquiryForm } from '../../domain/validation/enquiry';

export function emptyEnquiryForm(today: IsoDate): EnquiryForm {
  return {
    applicant1: '',
    applicant2: '',
    email: '',
    phone: '',
    postcode: '',
    address: '',
    howHeard: '',
    interests: [],
    notes: '',
    enquiryOn: today,
    kind: 'mainstream',
  };
}
