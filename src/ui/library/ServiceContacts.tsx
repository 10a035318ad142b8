import { NOT_FILLED_IN } from '../../domain/library/placeholders';
import type { ServiceDetails } from '../../domain/service-details';
import { phoneLink } from '../../domain/library/phone';

function PhoneLink({ phone }: { phone: string }) {
  const { href, text } = phoneLink(phone);
  return (
    <a class="tel-link" href={href}>
      {text}
    </a>
  );
}

function Value({ value, kind }: { value: string; kind: 'phone' | 'email' | 'text' }) {
  if (!value) return <em class="not-filled-in">{NOT_FILLED_IN}</em>;
  if (kind === 'phone') return <PhoneLink phone={value} />;
  if (kind === 'email') return <a href={`mailto:${value}`}>{value}</a>;
  return <>{value}</>;
}

/** The service's own numbers, on every library page, so a carer never has to search for them. */
export function ServiceContacts({ service, headingLevel = 2 }: { service: ServiceDetails; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h2';
  return (
    <section class="card library-contacts" aria-labelledby="library-contacts-heading">
      <Heading id="library-contacts-heading">{service.name || 'Your fostering service'}</Heading>
      <dl class="library-contacts__list">
        <div>
          <dt>Duty line (office hours)</dt>
          <dd>
            <Value value={service.dutyPhone} kind="phone" />
          </dd>
        </div>
        <div>
          <dt>Out of hours</dt>
          <dd>
            <Value value={service.outOfHoursPhone} kind="phone" />
          </dd>
        </div>
        <div>
          <dt>LADO (allegations)</dt>
          <dd>
            <Value value={service.ladoPhone} kind="phone" />
          </dd>
        </div>
        <div>
          <dt>Hub carer (Mockingbird)</dt>
          <dd>
            <Value value={service.hubCarerPhone} kind="phone" />
          </dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>
            <Value value={service.email} kind="email" />
          </dd>
        </div>
        {service.localContacts.map((c, i) => (
          <div key={i}>
            <dt>
              {c.name}
              <span class="library-contacts__role">{c.role}</span>
            </dt>
            <dd>
              {c.phone && (
                <span class="library-contacts__line">
                  <PhoneLink phone={c.phone} />
                </span>
              )}
              {c.email && (
                <span class="library-contacts__line">
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
