import { todayIso, type IsoDate } from '../../domain/dates';
import type { StaffMember } from '../../domain/household';
import { SCALE, type KeepProgramme } from '../../domain/support/keep';
import { CALL_FIELDS, KEEP_GROUP_FIELDS, validateCall, validateEnrol, validateKeepGroup, type CallInput, type EnrolInput, type KeepGroupInput } from '../../domain/support/support-forms';
import { keepGroupsRepo, type KeepGroupRecord } from '../../data/repositories/keep-groups';
import { RadioGroup, SelectField, TextArea, TextField, optionsFrom } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from '../carers/CarerForm';

const programmeLabel = (p: KeepProgramme) => `${p.name}: carers of ${p.agesFrom} to ${p.agesTo} year olds, ${p.sessions} sessions`;

/** Starts a KEEP group: its sessions follow weekly from the first. */
export function KeepGroupForm({ programmes, staff, onDone }: { programmes: KeepProgramme[]; staff: StaffMember[]; onDone: (id?: string) => void }) {
  let created: string | undefined;
  const form = useCarerForm(
    'keep-group:new',
    (): KeepGroupInput => ({ name: '', programmeId: '', facilitator1: '', facilitator2: '', startOn: '' }),
    (v) => validateKeepGroup(v, { programmeIds: programmes.map((p) => p.id), staffIds: staff.map((s) => s.id), today: todayIso() }),
    async (value) => {
      created = await keepGroupsRepo.create(value, byName());
    },
    () => onDone(created),
  );
  const { values, errors, set } = form;
  const people = staff.map((s) => ({ value: s.id, label: s.name }));
  return (
    <CarerFormCard id="keep-group" title="Start a KEEP group" save="Start group" form={form} order={KEEP_GROUP_FIELDS} onCancel={() => onDone()}>
      <TextField id="keep-group-name" label="Name" hint="For example, the term and place" value={values.name} onInput={set('name')} error={errors.name} />
      <RadioGroup id="keep-group-programmeId" label="Programme" options={programmes.map((p) => ({ value: p.id, label: programmeLabel(p) }))} value={values.programmeId} onChange={set('programmeId')} error={errors.programmeId} />
      <SelectField id="keep-group-facilitator1" label="First facilitator" placeholder="Select a person" options={people} value={values.facilitator1} onChange={set('facilitator1')} error={errors.facilitator1} />
      <SelectField id="keep-group-facilitator2" label="Second facilitator" placeholder="Select a person" options={people} value={values.facilitator2} onChange={set('facilitator2')} error={errors.facilitator2} />
      <DateInput id="keep-group-startOn" label="Date of the first session" value={values.startOn} onInput={set('startOn')} error={errors.startOn} />
    </CarerFormCard>
  );
}

type RecordProps = { record: KeepGroupRecord; today: IsoDate; onDone: () => void };

/** Enrols a carer household on the register in the group. */
export function EnrolForm({ record, onDone }: Omit<RecordProps, 'today'>) {
  const form = useCarerForm(
    `keep-enrol:${record.group.id}`,
    (): EnrolInput => ({ householdId: '' }),
    (v) => validateEnrol(v, record.eligible.map((c) => c.householdId)),
    (householdId) => keepGroupsRepo.enrol(record.group.id, householdId, byName()),
    onDone,
  );
  return (
    <CarerFormCard id="enrol" title="Enrol a household" save="Enrol" form={form} order={['householdId']} onCancel={onDone}>
      <SelectField
        id="enrol-householdId"
        label="Carer household"
        placeholder="Select a household"
        options={record.eligible.map((c) => ({ value: c.householdId, label: `${c.names} (${c.reference})` }))}
        value={form.values.householdId}
        onChange={form.set('householdId')}
        error={form.errors.householdId}
      />
    </CarerFormCard>
  );
}

/** The facilitators' weekly phone check: the child's behaviour and the carer's stress, 1 to 5. */
export function CallForm({ record, today, onDone }: RecordProps) {
  const form = useCarerForm(
    `keep-call:${record.group.id}`,
    (): CallInput => ({ householdId: '', on: '', behaviour: '', stress: '', note: '' }),
    (v) => validateCall(v, { enrolledIds: record.carers.map((c) => c.enrolment.householdId), startOn: record.group.startOn, today }),
    (value) => keepGroupsRepo.logCall(record.group.id, value, byName()),
    onDone,
  );
  const { values, errors, set } = form;
  const scale = optionsFrom(SCALE);
  return (
    <CarerFormCard id="call" title="Record a phone check" save="Record phone check" form={form} order={CALL_FIELDS} onCancel={onDone}>
      <SelectField id="call-householdId" label="Carer household" placeholder="Select a household" options={record.carers.map((c) => ({ value: c.enrolment.householdId, label: c.names }))} value={values.householdId} onChange={set('householdId')} error={errors.householdId} />
      <DateInput id="call-on" label="Date of the call" value={values.on} onInput={set('on')} error={errors.on} />
      <RadioGroup id="call-behaviour" label="The child’s behaviour this week" hint="1 is settled, 5 is very difficult" inline options={scale} value={values.behaviour} onChange={set('behaviour')} error={errors.behaviour} />
      <RadioGroup id="call-stress" label="The carer’s stress this week" hint="1 is calm, 5 is very stressed" inline options={scale} value={values.stress} onChange={set('stress')} error={errors.stress} />
      <TextArea id="call-note" label="Note (optional)" value={values.note} onInput={set('note')} error={errors.note} />
    </CarerFormCard>
  );
}
