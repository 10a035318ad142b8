/** The fostering service's own contact details, shown to carers and filled into library resources. */
export interface LocalContact {
  name: string;
  role: string;
  phone?: string;
  email?: string;
}

export interface ServiceDetails {
  name: string;
  /** Office-hours duty line. */
  dutyPhone: string;
  /** The emergency duty team, out of hours. */
  outOfHoursPhone: string;
  email: string;
  localContacts: LocalContact[];
}

export const EMPTY_SERVICE_DETAILS: ServiceDetails = {
  name: '',
  dutyPhone: '',
  outOfHoursPhone: '',
  email: '',
  localContacts: [],
};

/** The placeholders library resources may use, and the setting each one reads. */
export const SERVICE_PLACEHOLDERS = {
  'service.name': 'name',
  'service.dutyPhone': 'dutyPhone',
  'service.outOfHoursPhone': 'outOfHoursPhone',
  'service.email': 'email',
} as const satisfies Record<string, keyof Omit<ServiceDetails, 'localContacts'>>;
