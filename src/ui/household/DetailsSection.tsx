import { useEffect, useRef, useState } from 'preact/hooks';
import { FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD } from '../../domain/codes';
import type { ContactField, HouseholdField } from '../../domain/validation/household-details';
import { formatPhone } from '../../domain/validation/phone';
import type { HouseholdRecord } from '../../data/repositories/households';
import { closeOnEscape } from '../components/close-on-escape';
import { SuccessBanner } from '../components/SuccessBanner';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { useStoredDraft } from '../components/use-form-draft';
import { ContactDetailsForm } from './ContactDetailsForm';
import { HouseholdDetailsForm } from './HouseholdDetailsForm';

type Open = { form: 'contact'; focus: ContactField } | { form: 'household'; focus: HouseholdField } | null;

/**
 * How to reach the household, where it lives and what kind of household it is, each correctable
 * at any time: a Change link opens that group's form at the field it names.
 */
export function DetailsSection({ record, onErrors }: { record: HouseholdRecord; onErrors: (has: boolean) => void }) {
  const { household, details } = record;
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState<{ what: string; n: number }>();
  const heading = useRef<HTMLHeadingElement>(null);
  // A correction half-typed on an earlier visit opens again.
  useStoredDraft(`contact:${household.id}`, () => setOpen((o) => o ?? { form: 'contact', focus: 'email' }));
  useStoredDraft(`household-details:${household.id}`, () => setOpen((o) => o ?? { form: 'household', focus: 'kind' }));

  // The Change button that opened the form, which Escape hands focus back to once the list shows again.
  const opener = useRef<string | undefined>(undefined);
  const [escaped, setEscaped] = useState(0);
  useEffect(() => {
    if (escaped) document.getElementById(opener.current ?? '')?.focus();
  }, [escaped]);
  const escape = closeOnEscape(() => {
    setOpen(null);
    setEscaped((n) => n + 1);
  });

  const action = (next: NonNullable<Open>, hidden: string) => ({
    label: 'Change',
    hidden,
    id: `details-change-${next.focus}`,
    onClick: () => {
      opener.current = `details-change-${next.focus}`;
      setSaved(undefined);
      setOpen(next);
    },
  });
  const done = (what: string) => (wasSaved: boolean) => {
    setOpen(null);
    if (wasSaved) setSaved((s) => ({ what, n: (s?.n ?? 0) + 1 }));
    else heading.current?.focus();
  };

  const contactRows: SummaryRow[] = [
    {
      key: 'Phone',
      value: details.phone ? <a class="link-target" href={`tel:${details.phone}`}>{formatPhone(details.phone)}</a> : 'Not given',
      action: action({ form: 'contact', focus: 'phone' }, 'phone'),
    },
    {
      key: 'Email',
      value: details.email ? <a class="link-target" href={`mailto:${details.email}`}>{details.email}</a> : 'Not given',
      action: action({ form: 'contact', focus: 'email' }, 'email'),
    },
    { key: 'Postcode', value: details.postcode, action: action({ form: 'contact', focus: 'postcode' }, 'postcode') },
    { key: 'Address', value: details.address ? <span class="pre-line">{details.address}</span> : 'Not given', action: action({ form: 'contact', focus: 'address' }, 'address') },
  ];
  const householdRows: SummaryRow[] = [
    { key: 'Type of household', value: HOUSEHOLD_KINDS[household.kind], action: action({ form: 'household', focus: 'kind' }, 'type of household') },
  ];
  if (household.kind === 'connected') {
    householdRows.push({ key: 'Named child', value: details.namedChild || 'Not given', action: action({ form: 'household', focus: 'namedChild' }, 'named child') });
  }
  householdRows.push(
    { key: 'How they heard', value: HOW_HEARD[details.howHeard] ?? details.howHeard, action: action({ form: 'household', focus: 'howHeard' }, 'how they heard') },
    {
      key: 'Interested in',
      value: details.interests.map((i) => FOSTERING_INTERESTS[i] ?? i).join(', ') || 'Not given',
      action: action({ form: 'household', focus: 'interests' }, 'what they are interested in'),
    },
  );

  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading" ref={heading} tabIndex={-1}>
        Household details
      </h2>
      {saved && (
        <SuccessBanner key={saved.n} focus>
          {saved.what} saved
        </SuccessBanner>
      )}
      {open?.form === 'contact' ? (
        <div onKeyDown={escape}>
          <ContactDetailsForm details={details} focus={open.focus} onErrors={onErrors} onDone={done('Contact details')} />
        </div>
      ) : (
        <SummaryList rows={contactRows} />
      )}
      {open?.form === 'household' ? (
        <div onKeyDown={escape}>
          <HouseholdDetailsForm household={household} details={details} focus={open.focus} onErrors={onErrors} onDone={done('Household details')} />
        </div>
      ) : (
        <SummaryList rows={householdRows} />
      )}
    </section>
  );
}
