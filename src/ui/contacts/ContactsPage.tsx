import { phoneLink } from '../../domain/library/phone';
import type { LocalContact, ServiceDetails } from '../../domain/service-details';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { useServiceDetails } from '../carer/use-service-details';

function CallButton({ label, phone }: { label: string; phone: string }) {
  const { href, text } = phoneLink(phone);
  return (
    <a class="carer-call" href={href}>
      <span class="carer-call__label">{label}</span>
      <span class="carer-call__number">{text}</span>
    </a>
  );
}

function hasAnyContact(d: ServiceDetails): boolean {
  return Boolean(d.dutyPhone || d.outOfHoursPhone || d.ladoPhone || d.hubCarerPhone || d.email || d.localContacts.length > 0);
}

function LocalContacts({ contacts }: { contacts: LocalContact[] }) {
  return (
    <>
      <h2>Local contacts</h2>
      <ul class="carer-contacts">
        {contacts.map((c, i) => (
          <li key={`${c.name}-${i}`} class="carer-contacts__item">
            <h3>{c.name}</h3>
            {c.role && <p class="muted">{c.role}</p>}
            {c.phone && <CallButton label={`Call ${c.name}`} phone={c.phone} />}
            {c.email && (
              <p>
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** `/contacts`: the fostering service's numbers, big enough to tap in a hurry, and its email. */
export default function ContactsPage() {
  usePageTitle('Contacts');
  const details = useServiceDetails();

  return (
    <div class="two-thirds">
      <PageHeading caption={details?.name || undefined}>Contacts</PageHeading>
      <p class="warning-text">If a child is in immediate danger, call 999.</p>
      {details === undefined ? (
        <p class="loading">Loading contacts…</p>
      ) : !hasAnyContact(details) ? (
        <p>Your fostering service has not added its contact details to this device yet.</p>
      ) : (
        <>
          <h2>Your fostering service</h2>
          {details.dutyPhone ? (
            <CallButton label="Duty line, office hours" phone={details.dutyPhone} />
          ) : (
            <p>The duty line number has not been added to this device yet.</p>
          )}
          {details.outOfHoursPhone ? (
            <CallButton label="Out of hours (emergency duty team)" phone={details.outOfHoursPhone} />
          ) : (
            <p>The out-of-hours number has not been added to this device yet.</p>
          )}
          {details.ladoPhone && <CallButton label="LADO, about an allegation" phone={details.ladoPhone} />}
          {details.hubCarerPhone && <CallButton label="Hub carer (Mockingbird)" phone={details.hubCarerPhone} />}
          {details.email && (
            <p>
              Email: <a href={`mailto:${details.email}`}>{details.email}</a>
            </p>
          )}
          {details.localContacts.length > 0 && <LocalContacts contacts={details.localContacts} />}
        </>
      )}
    </div>
  );
}
