import { todayIso, type IsoDate } from '../../domain/dates';
import { MEETING_KINDS, satellitesOn, STAY_KINDS, STAY_PLANNING, type ConstellationMember } from '../../domain/support/constellation';
import {
  CONSTELLATION_FIELDS,
  JOIN_FIELDS,
  LEAVE_FIELDS,
  MEETING_FIELDS,
  STAY_FIELDS,
  validateConstellation,
  validateJoin,
  validateLeave,
  validateMeeting,
  validateStay,
  type ConstellationInput,
  type JoinInput,
  type LeaveInput,
  type MeetingInput,
  type StayInput,
} from '../../domain/support/support-forms';
import type { NamedCarer } from '../../data/repositories/carer-names';
import { constellationsRepo, type ConstellationRecord } from '../../data/repositories/constellations';
import type { StaffMember } from '../../domain/household';
import { CheckboxGroup, RadioGroup, SelectField, TextArea, TextField, optionsFrom } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from '../carers/CarerForm';

const carerOptions = (carers: readonly NamedCarer[]) => carers.map((c) => ({ value: c.householdId, label: `${c.names} (${c.reference})` }));

/** Starts a constellation around a hub home carer household. */
export function ConstellationForm({ carers, staff, onDone }: { carers: NamedCarer[]; staff: StaffMember[]; onDone: (id?: string) => void }) {
  const onRegister = carers.filter((c) => c.onRegister);
  let created: string | undefined;
  const form = useCarerForm(
    'constellation:new',
    (): ConstellationInput => ({ name: '', hubHouseholdId: '', liaisonWorkerId: '', startOn: '', bedsKeptFree: '2' }),
    (v) => validateConstellation(v, { carerIds: onRegister.map((c) => c.householdId), staffIds: staff.map((s) => s.id), today: todayIso() }),
    async (value) => {
      created = await constellationsRepo.create(value, byName());
    },
    () => onDone(created),
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id="constellation" title="Start a constellation" save="Start constellation" form={form} order={CONSTELLATION_FIELDS} onCancel={() => onDone()}>
      <TextField id="constellation-name" label="Name" hint="For example, the area it serves" value={values.name} onInput={set('name')} error={errors.name} />
      <SelectField id="constellation-hubHouseholdId" label="Hub home carer household" placeholder="Select a household" options={carerOptions(onRegister)} value={values.hubHouseholdId} onChange={set('hubHouseholdId')} error={errors.hubHouseholdId} />
      <SelectField id="constellation-liaisonWorkerId" label="Liaison worker" placeholder="Select a person" options={staff.map((s) => ({ value: s.id, label: s.name }))} value={values.liaisonWorkerId} onChange={set('liaisonWorkerId')} error={errors.liaisonWorkerId} />
      <DateInput id="constellation-startOn" label="Start date" value={values.startOn} onInput={set('startOn')} error={errors.startOn} />
      <TextField id="constellation-bedsKeptFree" label="Beds the hub keeps free" hint="At least 2, for sleepovers and short breaks" inputMode="numeric" width="number" value={values.bedsKeptFree} onInput={set('bedsKeptFree')} error={errors.bedsKeptFree} />
    </CarerFormCard>
  );
}

type RecordProps = { record: ConstellationRecord; today: IsoDate; onDone: () => void };

/** A carer household on the register joins as a satellite. */
export function JoinForm({ record, today, onDone }: RecordProps) {
  const { constellation } = record;
  const current = new Set(satellitesOn(record.members, today).map((m) => m.householdId));
  const eligible = record.carers.filter((c) => c.onRegister && c.householdId !== constellation.hubHouseholdId && !current.has(c.householdId));
  const form = useCarerForm(
    `constellation-join:${constellation.id}`,
    (): JoinInput => ({ householdId: '', joinedOn: '' }),
    (v) => validateJoin(v, { eligibleIds: eligible.map((c) => c.householdId), startOn: constellation.startOn, today }),
    (value) => constellationsRepo.join(constellation.id, value, byName()),
    onDone,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id="join" title="Add a satellite household" save="Add satellite" form={form} order={JOIN_FIELDS} onCancel={onDone}>
      <SelectField id="join-householdId" label="Carer household" placeholder="Select a household" options={carerOptions(eligible)} value={values.householdId} onChange={set('householdId')} error={errors.householdId} />
      <DateInput id="join-joinedOn" label="Date it joined" value={values.joinedOn} onInput={set('joinedOn')} error={errors.joinedOn} />
    </CarerFormCard>
  );
}

/** A satellite household leaves; its membership stays with when and why. */
export function LeaveForm({ member, names, today, onDone }: { member: ConstellationMember; names: string; today: IsoDate; onDone: () => void }) {
  const form = useCarerForm(
    `constellation-leave:${member.id}`,
    (): LeaveInput => ({ leftOn: '', why: '' }),
    (v) => validateLeave(v, { joinedOn: member.joinedOn, today }),
    (value, baseRev) => constellationsRepo.leave(member.id, value, baseRev, byName()),
    onDone,
    member,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id={`leave-${member.id}`} title={`${names} leaves the constellation`} save="Record leaving" form={form} order={LEAVE_FIELDS} onCancel={onDone}>
      <DateInput id={`leave-${member.id}-leftOn`} label="Date it left" value={values.leftOn} onInput={set('leftOn')} error={errors.leftOn} />
      <TextField id={`leave-${member.id}-why`} label="Why it left" value={values.why} onInput={set('why')} error={errors.why} />
    </CarerFormCard>
  );
}

/** A sleepover or short break at the hub, for children from a satellite household. */
export function StayForm({ record, today, onDone }: RecordProps) {
  const { constellation } = record;
  const satellites = record.members.filter((m) => !m.leftOn);
  const form = useCarerForm(
    `constellation-stay:${constellation.id}`,
    (): StayInput => ({ householdId: '', kind: '', planning: '', fromOn: '', nights: '1', children: '1' }),
    (v) => validateStay(v, { satelliteIds: record.members.map((m) => m.householdId), startOn: constellation.startOn, today }),
    (value) => constellationsRepo.logStay(constellation.id, value, byName()),
    onDone,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id="stay" title="Log a sleepover or short break" save="Log stay" form={form} order={STAY_FIELDS} onCancel={onDone}>
      <SelectField id="stay-householdId" label="Satellite household" placeholder="Select a household" options={satellites.map((m) => ({ value: m.householdId, label: m.names }))} value={values.householdId} onChange={set('householdId')} error={errors.householdId} />
      <RadioGroup id="stay-kind" label="Sleepover or short break?" inline options={optionsFrom(STAY_KINDS)} value={values.kind} onChange={set('kind')} error={errors.kind} />
      <RadioGroup id="stay-planning" label="Planned or emergency?" inline options={optionsFrom(STAY_PLANNING)} value={values.planning} onChange={set('planning')} error={errors.planning} />
      <DateInput id="stay-fromOn" label="First night" value={values.fromOn} onInput={set('fromOn')} error={errors.fromOn} />
      <TextField id="stay-nights" label="Nights" inputMode="numeric" width="number" value={values.nights} onInput={set('nights')} error={errors.nights} />
      <TextField id="stay-children" label="How many children" inputMode="numeric" width="number" value={values.children} onInput={set('children')} error={errors.children} />
    </CarerFormCard>
  );
}

/** A peer support meeting or social activity, with the satellite households that came. */
export function MeetingForm({ record, today, onDone }: RecordProps) {
  const { constellation } = record;
  const members = record.members.filter((m) => !m.leftOn);
  const form = useCarerForm(
    `constellation-meeting:${constellation.id}`,
    (): MeetingInput => ({ kind: '', on: '', attended: '', note: '' }),
    (v) => validateMeeting(v, { memberIds: record.members.map((m) => m.householdId), startOn: constellation.startOn, today }),
    (value) => constellationsRepo.logMeeting(constellation.id, value, byName()),
    onDone,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id="meeting" title="Record a meeting or activity" save="Record meeting" form={form} order={MEETING_FIELDS} onCancel={onDone}>
      <RadioGroup id="meeting-kind" label="What was it?" inline options={optionsFrom(MEETING_KINDS)} value={values.kind} onChange={set('kind')} error={errors.kind} />
      <DateInput id="meeting-on" label="Date it was held" value={values.on} onInput={set('on')} error={errors.on} />
      <CheckboxGroup
        id="meeting-attended"
        label="Households that came"
        options={members.map((m) => ({ value: m.householdId, label: m.names }))}
        values={values.attended ? values.attended.split(',') : []}
        onChange={(ids) => set('attended')(ids.join(','))}
        error={errors.attended}
      />
      <TextArea id="meeting-note" label="Note (optional)" value={values.note} onInput={set('note')} error={errors.note} />
    </CarerFormCard>
  );
}
