import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { describe, expect, it } from 'vitest';
import type { HouseholdKind } from '../../src/domain/codes';
import { db } from '../../src/data/db';
import { checksRepo } from '../../src/data/repositories/checks';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { householdsRepo } from '../../src/data/repositories/households';
import { AppointmentsSection } from '../../src/ui/household/AppointmentsSection';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { ChecksSection } from '../../src/ui/household/ChecksSection';
import { PeopleSection } from '../../src/ui/household/PeopleSection';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { shownDate, typeDate } from './date-input';

const NOTICE = /We restored what you had typed/;

interface FormCase {
  name: string;
  sections: ComponentProps<typeof LiveRecord>['sections'];
  kind?: HouseholdKind;
  prepare?: (householdId: string) => Promise<unknown>;
  /** The button that opens the form. */
  opener: string;
  key: (householdId: string) => Promise<string>;
  field: string;
  /** The field is a date: its day, month and year boxes, given and shown as `yyyy-mm-dd`. */
  date?: boolean;
  typed: string;
  /** The form's landmark, found by its heading or (for the appointment form, which has none) a field. */
  form: () => Promise<HTMLElement>;
  cancel: string;
}

const namedForm = (name: string) => () => screen.findByRole('form', { name });

const CASES: FormCase[] = [
  {
    name: 'a new person',
    sections: [PeopleSection],
    opener: 'Add a person',
    key: async (h) => `person:${h}:new`,
    field: 'Full name',
    typed: 'Kiddo McTestface',
    form: namedForm('Add a person to the household'),
    cancel: 'Cancel',
  },
  {
    name: "a person's changed details",
    sections: [PeopleSection],
    opener: 'Change details of Testy McTestface',
    key: async (h) => `person:${h}:${(await db().people.where('householdId').equals(h).first())!.id}`,
    field: 'Relationship',
    typed: 'Grandparent',
    form: namedForm('Change details of Testy McTestface'),
    cancel: 'Cancel',
  },
  {
    name: 'a check update',
    sections: [ChecksSection],
    prepare: (h) => checksRepo.raiseChecks(h, 'Tess Tester', TODAY),
    opener: 'Update Ofsted check',
    key: async (h) => `check:${h}:${(await db().checks.where('householdId').equals(h).filter((c) => c.label === 'Ofsted check').first())!.id}`,
    field: 'Date requested',
    date: true,
    typed: '2026-06-01',
    form: namedForm('Update: Ofsted check'),
    cancel: 'Cancel',
  },
  {
    name: 'an appointment',
    sections: [AppointmentsSection],
    opener: 'Plan a visit or panel',
    key: async (h) => `appointment:${h}`,
    field: 'Note (optional)',
    typed: 'Bring the Form F checklist',
    form: async () => (await screen.findByLabelText('Note (optional)')).closest('form')!,
    cancel: 'Cancel',
  },
  {
    name: 'stage 2 details',
    sections: [AssessmentSection],
    opener: 'Change stage 2 details',
    key: async (h) => `stage2:${h}`,
    field: 'Date the Form F was started',
    date: true,
    typed: '2026-03-02',
    form: namedForm('Change stage 2 details'),
    cancel: 'Cancel',
  },
  {
    name: 'panel details',
    sections: [AssessmentSection],
    opener: 'Change panel details',
    key: async (h) => `panel:${h}`,
    field: 'Date of panel',
    date: true,
    typed: '2026-07-09',
    form: namedForm('Change panel details'),
    cancel: 'Cancel',
  },
  {
    name: 'preparation training',
    sections: [AssessmentSection],
    opener: 'Add training attended',
    key: async (h) => `training:${h}`,
    field: 'Date attended',
    date: true,
    typed: '2026-04-18',
    form: namedForm('Add training attended'),
    cancel: 'Cancel',
  },
  {
    name: 'temporary approval',
    sections: [AssessmentSection],
    kind: 'connected',
    opener: 'Record temporary approval',
    key: async (h) => `temporary-approval:${h}`,
    field: 'Date temporary approval started',
    date: true,
    typed: '2026-05-04',
    form: namedForm('Record temporary approval'),
    cancel: 'Cancel',
  },
  {
    name: 'temporary approval extension',
    sections: [AssessmentSection],
    kind: 'connected',
    prepare: async (h) => {
      const household = (await householdsRepo.get(h))!;
      await householdsRepo.updateAssessment(h, { patch: { temporaryApproval: { startOn: '2026-06-01' } }, baseRev: household.revision!.rev }, 'Tess Tester', 'Temporary approval');
    },
    opener: 'Extend temporary approval',
    key: async (h) => `temporary-extension:${h}`,
    field: 'Nominated officer who extended it',
    typed: 'Sam Example',
    form: namedForm('Extend temporary approval'),
    cancel: 'Cancel',
  },
];

function typeInto(form: HTMLElement, c: FormCase, value: string) {
  if (c.date) typeDate(within(form), c.field, value);
  else fireEvent.input(within(form).getByLabelText(c.field), { target: { value } });
}

function shownIn(form: HTMLElement, c: FormCase): string {
  return c.date ? shownDate(within(form), c.field) : (within(form).getByLabelText(c.field) as HTMLInputElement).value;
}

async function typeAndLeave(c: FormCase, householdId: string) {
  render(<LiveRecord id={householdId} sections={c.sections} />);
  fireEvent.click(await screen.findByRole('button', { name: c.opener }));
  const form = await c.form();
  typeInto(form, c, c.typed);
  cleanup();
  const key = await c.key(householdId);
  await waitFor(async () => expect(JSON.stringify(await draftsRepo.get(key))).toContain(c.typed));
  return key;
}

async function setUp(c: FormCase) {
  const h = await makeHousehold(['Testy McTestface'], c.kind);
  await c.prepare?.(h.id);
  return h.id;
}

describe.each(CASES)('drafts: $name', (c) => {
  it('opens again with what was typed and a notice, and is removed on cancel', async () => {
    const id = await setUp(c);
    const key = await typeAndLeave(c, id);

    render(<LiveRecord id={id} sections={c.sections} />);
    const form = await c.form();
    expect(await within(form).findByText(NOTICE)).toBeTruthy();
    expect(shownIn(form, c)).toBe(c.typed);

    fireEvent.click(within(form).getByRole('button', { name: c.cancel }));
    await waitFor(async () => expect(await draftsRepo.get(key)).toBeUndefined());
    expect(screen.queryByText(NOTICE)).toBeNull();
  });

  it('is discarded on request, putting back what the form started with', async () => {
    const id = await setUp(c);
    const key = await typeAndLeave(c, id);

    render(<LiveRecord id={id} sections={c.sections} />);
    const form = await c.form();
    fireEvent.click(await within(form).findByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(shownIn(form, c)).not.toBe(c.typed));
    expect(within(form).queryByText(NOTICE)).toBeNull();
    expect(await draftsRepo.get(key)).toBeUndefined();
  });

  it("never opens in another household's record", async () => {
    const a = await setUp(c);
    await typeAndLeave(c, a);
    const b = await setUp(c);

    render(<LiveRecord id={b} sections={c.sections} />);
    await screen.findByRole('button', { name: c.opener });
    // Give the draft reads time to land before checking they did not.
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByText(NOTICE)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: c.opener }));
    const form = await c.form();
    await new Promise((r) => setTimeout(r, 100));
    expect(shownIn(form, c)).not.toBe(c.typed);
    expect(within(form).queryByText(NOTICE)).toBeNull();
  });
});

describe('drafts: saving', () => {
  it('removes the draft once a restored person is added', async () => {
    const h = await makeHousehold();
    await typeAndLeave(CASES[0]!, h.id);

    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    const form = await screen.findByRole('form', { name: 'Add a person to the household' });
    await waitFor(() => expect((within(form).getByLabelText('Full name') as HTMLInputElement).value).toBe('Kiddo McTestface'));
    typeDate(within(form), 'Date of birth', '2016-09-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('Kiddo McTestface has been added to the household.')).toBeTruthy();
    expect(await db().drafts.count()).toBe(0);
  });

  it('removes the draft once restored panel details are saved', async () => {
    const h = await makeHousehold();
    await typeAndLeave(CASES[5]!, h.id);

    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    const form = await screen.findByRole('form', { name: 'Change panel details' });
    await within(form).findByText(NOTICE);
    fireEvent.click(within(form).getByRole('button', { name: 'Save panel details' }));

    await waitFor(() => expect(screen.getByText('Date of panel', { selector: 'dt' }).nextElementSibling!.textContent).toBe('9 July 2026'));
    expect((await householdsRepo.get(h.id))!.assessment.panel?.panelOn).toBe('2026-07-09');
    expect(await db().drafts.count()).toBe(0);
  });
});
