import { useState } from 'preact/hooks';
import type { IsoDate } from '../../domain/dates';
import type { Person } from '../../domain/household';
import { PERSON_FIELD_ORDER, PERSON_ROLES, personForm, validatePerson, type PersonField, type PersonForm as Form } from '../../domain/person-edit';
import { peopleRepo } from '../../data/repositories/people';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextField, optionsFrom } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { useFormDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { FormButtons, summaryErrors } from './AssessmentFormParts';

type Errors = Partial<Record<PersonField | 'form', string>>;

/**
 * Adds a person to the household, or changes one. `otherApplicants` is how many applicants the
 * household has besides this person, for the one-or-two-applicants rule.
 */
export function PersonForm({
  householdId,
  person,
  otherApplicants,
  today,
  onDone,
}: {
  householdId: string;
  person?: Person;
  otherApplicants: number;
  today: IsoDate;
  onDone: (saved?: Person) => void;
}) {
  const prefix = `person-${person?.id ?? 'new'}`;
  const id = (f: PersonField | 'form') => `${prefix}-${f === 'form' ? 'name' : f}`;
  const guard = useRevisionGuard(person ?? {});
  const draft = useFormDraft<Form>(`person:${householdId}:${person?.id ?? 'new'}`, () =>
    personForm(person ?? { role: otherApplicants === 0 ? 'applicant' : 'member' }),
    undefined,
    guard,
  );
  const form = draft.values;
  const [errors, setErrors] = useState<Errors>({});
  const set = (field: PersonField) => (value: string) => draft.change((f) => ({ ...f, [field]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    guard.clear();
    const result = validatePerson(form, today, otherApplicants);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      const saved = person
        ? await peopleRepo.updatePerson(person.id, result.person, guard.base, byName(), today)
        : await peopleRepo.addPerson(householdId, result.person, byName(), today);
      if (!saved.ok) return setErrors(saved.errors);
      await draft.discard();
      onDone(saved.person);
    } catch (error) {
      if (!guard.refused(error)) setErrors({ form: writeErrorMessage(error) });
    }
  }

  const summary = summaryErrors(errors, [...PERSON_FIELD_ORDER, 'form'] as const, id);
  const title = person ? `Change details of ${person.name}` : 'Add a person to the household';
  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{title}</h3>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id={`${prefix}-stale`} />}
      <ErrorSummary errors={summary} id={`${prefix}-errors`} />
      <DraftNotice draft={draft} focusId={id('name')} />
      <RadioGroup id={id('role')} label="Role in the household" value={form.role} onChange={set('role')} options={optionsFrom(PERSON_ROLES)} inline error={errors.role} />
      <TextField id={id('name')} label="Full name" value={form.name} onInput={set('name')} autocomplete="off" spellcheck={false} error={errors.name} />
      <DateInput
        id={id('dateOfBirth')}
        label="Date of birth"
        hint={form.role === 'applicant' ? 'Optional for applicants until the application' : 'Their age decides when they need adult checks'}
        value={form.dateOfBirth}
        onInput={set('dateOfBirth')}
        error={errors.dateOfBirth}
      />
      <TextField
        id={id('relationship')}
        label="Relationship"
        hint="Optional. For example, partner, son, daughter, lodger, grandparent"
        value={form.relationship}
        onInput={set('relationship')}
        error={errors.relationship}
      />
      <FormButtons save={person ? 'Save changes' : 'Add person'} onCancel={() => {
          void draft.discard();
          onDone();
        }}
      />
    </form>
  );
}
