import { formatDate } from '../../domain/dates';
import { standingText } from '../../domain/stages';
import { valueInWords } from '../../domain/merge/words';
import type { HouseholdRecord } from '../../data/repositories/households';

export function applicantsOf(record: HouseholdRecord): string {
  return record.people
    .filter((p) => p.role === 'applicant')
    .map((p) => p.name)
    .join(' and ');
}

/** The two households side by side, with how much is recorded on each, so the person can tell them apart. */
export function DuplicateComparison({ a, b, staffName }: { a: HouseholdRecord; b: HouseholdRecord; staffName: (id: string) => string | undefined }) {
  const rows: [string, (r: HouseholdRecord) => string][] = [
    ['Applicants', applicantsOf],
    ['Where they stand', (r) => standingText(r.household.stage, r.household.state)],
    ['Enquiry', (r) => formatDate(r.household.enquiryOn)],
    ['Worker', (r) => valueInWords('households', 'workerId', r.household.workerId, staffName)],
    ['Email', (r) => valueInWords('householdDetails', 'email', r.details.email, staffName)],
    ['Phone', (r) => valueInWords('householdDetails', 'phone', r.details.phone, staffName)],
    ['Postcode', (r) => r.details.postcode],
    ['People', (r) => String(r.people.length)],
    ['Checks', (r) => String(r.checks.length)],
    ['Moves between stages', (r) => String(r.moves.length)],
    ['Appointments', (r) => String(r.appointments.length)],
  ];
  return (
    <div class="table-wrap">
      <table class="table table--stack duplicate-table">
        <caption class="caption">The two households</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{a.household.reference}</th>
            <th scope="col">{b.household.reference}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td data-label={a.household.reference}>{value(a)}</td>
              <td data-label={b.household.reference}>{value(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
