import type { IsoDate } from '../dates';
import type { ServiceDetails } from '../service-details';
import { refusedPackLink } from './pack-links';
import { validateLocalResource, type LocalResource } from './local-resource';
import { RESOURCE_ID } from './resource';
import { validateServiceDetails, type ContactForm } from './service-details-form';

export const SERVICE_PACK_KIND = 'fostering-service-pack';
export const SERVICE_PACK_VERSION = 1;
const MAX_RESOURCES = 200;

export interface ServicePack {
  kind: typeof SERVICE_PACK_KIND;
  version: typeof SERVICE_PACK_VERSION;
  exportedAt: string;
  service: ServiceDetails;
  resources: LocalResource[];
}

export type ValidatedPack = { ok: true; pack: ServicePack } | { ok: false; problems: string[] };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Checks a whole service pack before anything is saved, and says in plain words what is wrong,
 * so a carer can tell the service. Values are re-checked with the same rules as the forms.
 */
export function validateServicePack(data: unknown, today: IsoDate): ValidatedPack {
  if (!isObject(data) || data.kind !== SERVICE_PACK_KIND) {
    return { ok: false, problems: ['This file is not a fostering service pack'] };
  }
  if (data.version !== SERVICE_PACK_VERSION) {
    return { ok: false, problems: [`This service pack is version ${String(data.version)}; this app reads version ${SERVICE_PACK_VERSION}`] };
  }
  const problems: string[] = [];
  const exportedAt = str(data.exportedAt);
  if (Number.isNaN(Date.parse(exportedAt))) problems.push('The pack does not say when it was exported');

  const service = checkService(data.service, problems);
  const resources = checkResources(data.resources, exportedAt, today, problems);
  if (problems.length || !service || !resources) return { ok: false, problems };
  return { ok: true, pack: { kind: SERVICE_PACK_KIND, version: SERVICE_PACK_VERSION, exportedAt, service, resources } };
}

function checkService(raw: unknown, problems: string[]): ServiceDetails | undefined {
  if (!isObject(raw)) {
    problems.push('The pack has no service details');
    return undefined;
  }
  const contacts = Array.isArray(raw.localContacts) ? raw.localContacts : [];
  if (raw.localContacts !== undefined && !Array.isArray(raw.localContacts)) problems.push('The local contacts are not a list');
  const result = validateServiceDetails({
    name: str(raw.name),
    dutyPhone: str(raw.dutyPhone),
    outOfHoursPhone: str(raw.outOfHoursPhone),
    ladoPhone: str(raw.ladoPhone),
    hubCarerPhone: str(raw.hubCarerPhone),
    email: str(raw.email),
    localContacts: contacts.map(
      (c): ContactForm => (isObject(c) ? { name: str(c.name), role: str(c.role), phone: str(c.phone), email: str(c.email) } : { name: '', role: '', phone: '', email: '' }),
    ),
  });
  if (!result.ok) {
    problems.push(...Object.values(result.errors).map((m) => `Service details: ${m}`));
    return undefined;
  }
  return result.value;
}

function checkResources(raw: unknown, exportedAt: string, today: IsoDate, problems: string[]): LocalResource[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push('The pack has no list of resources');
    return undefined;
  }
  if (raw.length > MAX_RESOURCES) {
    problems.push(`The pack has ${raw.length} resources; at most ${MAX_RESOURCES} are allowed`);
    return undefined;
  }
  const ids = new Set<string>();
  const out: LocalResource[] = [];
  raw.forEach((item, i) => {
    const where = `Resource ${i + 1}`;
    if (!isObject(item)) {
      problems.push(`${where} is not a resource`);
      return;
    }
    const id = str(item.id);
    const name = str(item.title).trim() ? `${where} ("${str(item.title).trim()}")` : where;
    // The service's own ids start "local-", so a pack can never replace one of the repo's resources.
    if (!RESOURCE_ID.test(id) || !id.startsWith('local-')) problems.push(`${name} has no usable id`);
    else if (ids.has(id)) problems.push(`${name} has the same id as another resource (${id})`);
    ids.add(id);
    const result = validateLocalResource({
      title: str(item.title),
      category: str(item.category),
      summary: str(item.summary),
      body: str(item.body),
      lastReviewed: str(item.lastReviewed),
    }, today);
    if (!result.ok) {
      problems.push(...Object.values(result.errors).map((m) => `${name}: ${m}`));
      return;
    }
    const link = refusedPackLink(result.value.body);
    if (link !== undefined) {
      problems.push(`${name} links to "${link}": a service pack may only link to https web pages and other resources`);
      return;
    }
    const updatedAt = str(item.updatedAt);
    out.push({ id, ...result.value, updatedAt: Number.isNaN(Date.parse(updatedAt)) ? exportedAt : updatedAt });
  });
  return out;
}
