import { formatPhone } from '../validation/phone';
import type { LocalContact, ServiceDetails } from '../service-details';
import type { LocalResource } from './local-resource';

/** A resource on this device: `fromPack` when an imported service pack wrote it, not a person here. */
export interface DeviceResource extends LocalResource {
  fromPack?: true;
}

export interface ContactLine {
  label: string;
  before: string;
  after: string;
}

export interface ResourceChange {
  before: DeviceResource;
  after: LocalResource;
}

/** What importing a pack would do, shown before anything changes and then applied as planned. */
export interface PackPlan {
  /** Every contact the device or the pack has, as it is now and as it would be. */
  contacts: ContactLine[];
  added: LocalResource[];
  changed: ResourceChange[];
  /** Only ever resources an earlier pack brought. */
  removed: DeviceResource[];
  /** Written on this device and also in the pack: this device's own version stays. */
  keptOwn: DeviceResource[];
  unchanged: number;
}

const SERVICE_LINES: [keyof Omit<ServiceDetails, 'localContacts'>, string][] = [
  ['name', 'Service name'],
  ['dutyPhone', 'Duty phone'],
  ['outOfHoursPhone', 'Out-of-hours phone'],
  ['ladoPhone', 'LADO phone'],
  ['hubCarerPhone', 'Hub carer phone'],
  ['email', 'Email'],
];

const shown = (field: string, value: string) => (value && field.endsWith('Phone') ? formatPhone(value) : value);

const contactText = (c: LocalContact | undefined) =>
  c ? [`${c.name} (${c.role})`, c.phone ? formatPhone(c.phone) : '', c.email ?? ''].filter(Boolean).join(', ') : '';

function contactLines(before: ServiceDetails, after: ServiceDetails): ContactLine[] {
  const lines = SERVICE_LINES.map(([field, label]) => ({ label, before: shown(field, before[field]), after: shown(field, after[field]) }));
  const count = Math.max(before.localContacts.length, after.localContacts.length);
  for (let i = 0; i < count; i++) {
    lines.push({ label: `Local contact ${i + 1}`, before: contactText(before.localContacts[i]), after: contactText(after.localContacts[i]) });
  }
  return lines.filter((l) => l.before || l.after);
}

const sameContent = (a: LocalResource, b: LocalResource) =>
  a.title === b.title && a.category === b.category && a.summary === b.summary && a.body === b.body && a.lastReviewed === b.lastReviewed;

/**
 * What a checked pack would change. Resources written on this device are never replaced or removed:
 * a pack only adds its own, updates those an earlier pack brought, and removes those it dropped.
 */
export function planServicePack(service: ServiceDetails, resources: readonly DeviceResource[], pack: { service: ServiceDetails; resources: readonly LocalResource[] }): PackPlan {
  const onDevice = new Map(resources.map((r) => [r.id, r]));
  const inPack = new Set(pack.resources.map((r) => r.id));
  const plan: PackPlan = { contacts: contactLines(service, pack.service), added: [], changed: [], removed: [], keptOwn: [], unchanged: 0 };
  for (const next of pack.resources) {
    const now = onDevice.get(next.id);
    if (!now) plan.added.push(next);
    else if (!now.fromPack) plan.keptOwn.push(now);
    else if (sameContent(now, next)) plan.unchanged++;
    else plan.changed.push({ before: now, after: next });
  }
  plan.removed = resources.filter((r) => r.fromPack && !inPack.has(r.id));
  return plan;
}

/** Whether the pack would change anything at all on this device. */
export const packChangesNothing = (plan: PackPlan) =>
  !plan.added.length && !plan.changed.length && !plan.removed.length && plan.contacts.every((l) => l.before === l.after);
