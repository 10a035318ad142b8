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
  /** The Local Authority Designated Officer, who manages allegations against carers. */
  ladoPhone: string;
  /** The Mockingbird hub home carer. */
  hubCarerPhone: string;
  email: string;
  localContacts: LocalContact[];
}

export const EMPTY_SERVICE_DETAILS: ServiceDetails = {
  name: '',
  dutyPhone: '',
  outOfHoursPhone: '',
  ladoPhone: '',
  hubCarerPhone: '',
  email: '',
  localContacts: [],
};

/** The placeholders library resources may use, and the setting each one reads. */
export const SERVICE_PLACEHOLDERS = {
  'service.name': 'name',
  'service.dutyPhone': 'dutyPhone',
  'service.outOfHoursPhone': 'outOfHoursPhone',
  'service.ladoPhone': 'ladoPhone',
  'service.hubCarerPhone': 'hubCarerPhone',
  'service.email': 'email',
} as const satisfies Record<string, keyof Omit<ServiceDetails, 'localContacts'>>;

/** The details that are phone numbers: shown formatted and as tap-to-call links. */
export const SERVICE_PHONES = ['dutyPhone', 'outOfHoursPhone', 'ladoPhone', 'hubCarerPhone'] as const satisfies readonly (keyof ServiceDetails)[];

export const isServicePhone = (field: keyof ServiceDetails): field is (typeof SERVICE_PHONES)[number] => (SERVICE_PHONES as readonly string[]).includes(field);
