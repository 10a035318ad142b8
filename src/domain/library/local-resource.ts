import { isIsoDate, type IsoDate } from '../dates';
import { isLibraryCategory, type LibraryCategory } from './resource';
import { notRealDate } from '../date-parts';

/** A resource the service wrote in the app, as stored and as carried in a service pack. */
export interface LocalResource {
  id: string;
  title: string;
  category: string;
  summary: string;
  body: string;
  lastReviewed: IsoDate;
  updatedAt: string;
}

export interface LocalResourceForm {
  title: string;
  category: string;
  summary: string;
  body: string;
  lastReviewed: string;
}

export type LocalResourceField = keyof LocalResourceForm;

export interface LocalResourceFields {
  title: string;
  category: LibraryCategory;
  summary: string;
  body: string;
  lastReviewed: IsoDate;
}

export type ValidatedResource = { ok: true; value: LocalResourceFields } | { ok: false; errors: Partial<Record<LocalResourceField, string>> };

const MAX_TITLE = 120;
const MAX_SUMMARY = 400;
export const MAX_BODY = 50_000;

/** `today` is the device's date: a review cannot have happened after it. */
export function validateLocalResource(form: LocalResourceForm, today: IsoDate): ValidatedResource {
  const errors: Partial<Record<LocalResourceField, string>> = {};
  const title = form.title.trim();
  const summary = form.summary.trim();
  const body = form.body.trim();
  const lastReviewed = form.lastReviewed.trim();
  if (!title) errors.title = 'Enter a title';
  else if (title.length > MAX_TITLE) errors.title = `The title must be ${MAX_TITLE} characters or fewer`;
  if (!isLibraryCategory(form.category)) errors.category = 'Choose a category';
  if (!summary) errors.summary = 'Enter a summary of one or two sentences';
  else if (summary.length > MAX_SUMMARY) errors.summary = `The summary must be ${MAX_SUMMARY} characters or fewer`;
  if (!body) errors.body = 'Enter the text of the resource';
  else if (body.length > MAX_BODY) errors.body = `The text must be ${MAX_BODY.toLocaleString('en-GB')} characters or fewer`;
  if (!lastReviewed) errors.lastReviewed = 'Enter the date it was last reviewed';
  else if (!isIsoDate(lastReviewed)) errors.lastReviewed = notRealDate(lastReviewed, 'Date last reviewed');
  else if (lastReviewed > today) errors.lastReviewed = 'Date last reviewed must be today or in the past';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { title, category: form.category as LibraryCategory, summary, body, lastReviewed } };
}

/** A readable id from the title, kept apart from the repo's resources by its `local-` start. */
export function localResourceId(title: string, taken: ReadonlySet<string>): string {
  const slug =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'resource';
  let id = `local-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `local-${slug}-${n}`;
  return id;
}
