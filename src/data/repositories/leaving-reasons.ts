import { fieldChanges } from '../../domain/field-changes';
import { DEFAULT_DEREGISTRATION_REASONS } from '../../domain/support/deregistration';
import { withReason, type ReasonHeadings } from '../../domain/support/leaving-reasons';
import { moved } from '../../domain/support/support-settings';
import { audit, SERVICE_EVENTS } from '../audit';
import { db } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { RecordGoneError } from '../write-errors';

const REASONS = 'deregistrationReasons';
const HEADINGS = 'deregistrationReasonHeadings';

export interface LeavingReasons {
  reasons: string[];
  headings: ReasonHeadings;
  /**
   * What the editor is based on: both rows' revisions in one opaque token ('' for a row still the
   * default), so a form keeps it with its draft as it keeps one record's revision.
   */
  base: string;
}

type Lists = { reasons: string[]; headings: Record<string, string> };

/**
 * Changes the reasons and their headings in one transaction: refused when either changed since the
 * editor showed them, and audited in the service's history with both before and after.
 */
async function change(base: string, by: string, summary: string, edit: (lists: Lists) => Lists): Promise<void> {
  const [reasonsBase = '', headingsBase = ''] = base.split('|');
  const d = db();
  await asPerson(by, [d.settings, d.events], async () => {
    const [reasonsRow, headingsRow] = await Promise.all([d.settings.get(REASONS), d.settings.get(HEADINGS)]);
    if (reasonsRow) refuseIfStale(reasonsRow, reasonsBase, ['value'], 'the reasons for leaving');
    if (headingsRow) refuseIfStale(headingsRow, headingsBase, ['value'], 'the Ofsted headings');
    const before: Lists = { reasons: (reasonsRow?.value as string[] | undefined) ?? [...DEFAULT_DEREGISTRATION_REASONS], headings: (headingsRow?.value as Record<string, string> | undefined) ?? {} };
    const after = edit({ reasons: [...before.reasons], headings: { ...before.headings } });
    await d.settings.put({ key: REASONS, value: after.reasons });
    await d.settings.put({ key: HEADINGS, value: after.headings });
    await audit(SERVICE_EVENTS, by, 'settings', summary, fieldChanges({ [REASONS]: before.reasons, [HEADINGS]: before.headings }, { [REASONS]: after.reasons, [HEADINGS]: after.headings }));
  });
}

function indexOf(reasons: readonly string[], name: string): number {
  const i = reasons.indexOf(name);
  if (i < 0) throw new RecordGoneError(`${name} is no longer on the list`);
  return i;
}

export const leavingReasonsRepo = {
  async read(): Promise<LeavingReasons> {
    const d = db();
    const [reasonsRow, headingsRow] = await d.transaction('r', d.settings, () => Promise.all([d.settings.get(REASONS), d.settings.get(HEADINGS)]));
    return {
      reasons: (reasonsRow?.value as string[] | undefined) ?? [...DEFAULT_DEREGISTRATION_REASONS],
      headings: (headingsRow?.value as ReasonHeadings | undefined) ?? {},
      base: `${reasonsRow?.revision?.rev ?? ''}|${headingsRow?.revision?.rev ?? ''}`,
    };
  },

  /** Adds a reason at the end (`was` undefined) or changes one's words or heading. */
  save: (was: string | undefined, value: { name: string; ofstedHeading?: string }, base: string, by: string) =>
    change(base, by, was === undefined ? `Reason for leaving ${value.name} added` : `Reason for leaving ${was} changed`, ({ reasons, headings }) => {
      if (was !== undefined) indexOf(reasons, was);
      return withReason(reasons, headings, was, value);
    }),

  move: (name: string, by1: -1 | 1, base: string, by: string) =>
    change(base, by, 'Order of the reasons for leaving changed', ({ reasons, headings }) => ({ reasons: moved(reasons, indexOf(reasons, name), by1), headings })),

  /** Households that left for this reason keep it, and its heading, in their records and the reports. */
  remove: (name: string, base: string, by: string) =>
    change(base, by, `Reason for leaving ${name} removed`, ({ reasons, headings }) => {
      indexOf(reasons, name);
      return { reasons: reasons.filter((r) => r !== name), headings };
    }),
};
