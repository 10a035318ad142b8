import { Tag } from '../components/Tag';

/** Set by law and national standards: shown beside the local targets, never editable. */
const NATIONAL_RULES = [
  { rule: 'Panel recommendation', timescale: 'Within 8 months of the application', source: 'National Minimum Standard 14.4' },
  { rule: 'Panel papers sent', timescale: 'At least 5 working days before panel', source: 'National Minimum Standard 14.3' },
  { rule: 'Agency decision', timescale: 'Within 7 working days of the final panel minutes', source: 'National Minimum Standard 14' },
  {
    rule: 'Representations or independent review',
    timescale: '28 days after a qualifying determination',
    source: 'Fostering Services (England) Regulations 2011',
  },
  {
    rule: 'Connected person temporary approval',
    timescale: '16 weeks (the last day is the start plus 16 weeks less a day), extendable once by up to 8 weeks by the nominated officer after consulting the panel; it goes on while an independent review is pending',
    source: 'Care Planning, Placement and Case Review (England) Regulations 2010, regulations 24 and 25',
  },
] as const;

export function NationalRules() {
  return (
    <>
      <h3 id="national-rules-heading">National rules</h3>
      <p>
        These come from regulations and national standards. They are not settings and apply to every fostering service in England.
      </p>
      <div class="table-wrap">
        <table class="table table--stack" aria-labelledby="national-rules-heading">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Timescale</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {NATIONAL_RULES.map((r) => (
              <tr key={r.rule}>
                <th scope="row">
                  {r.rule} <Tag tone="national">National rule</Tag>
                </th>
                <td data-label="Timescale">{r.timescale}</td>
                <td data-label="Source">{r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
