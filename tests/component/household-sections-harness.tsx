import type { ComponentType } from 'preact';
import type { HouseholdKind } from '../../src/domain/codes';
import type { IsoDate } from '../../src/domain/dates';
import { householdsRepo, type HouseholdRecord } from '../../src/data/repositories/households';
import { useLiveQuery } from '../../src/ui/components/use-live-query';
import { currentUser } from '../../src/ui/current-user';

export const TODAY: IsoDate = '2026-06-15';

type Section = ComponentType<{ record: HouseholdRecord; today: IsoDate }>;

/** Renders sections over the live household record, as the household page does. */
export function LiveRecord({ id, sections, today = TODAY }: { id: string; sections: Section[]; today?: IsoDate }) {
  const record = useLiveQuery(() => householdsRepo.record(id), [id]).data;
  if (!record) return <p>Loading</p>;
  return (
    <main>
      {sections.map((S, i) => (
        <S key={i} record={record} today={today} />
      ))}
    </main>
  );
}

export async function makeHousehold(applicants: string[] = ['Testy McTestface'], kind: HouseholdKind = 'mainstream') {
  currentUser.value = { id: 'staff-1', name: 'Tess Tester', active: 1 };
  return householdsRepo.createEnquiry(
    {
      applicants,
      email: 'testy@example.com',
      phone: '07700 900123',
      postcode: 'AA1 1AA',
      howHeard: 'website',
      interests: ['notSure'],
      enquiryOn: '2026-01-05',
      kind,
    },
    'Tess Tester',
  );
}
