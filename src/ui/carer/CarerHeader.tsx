import { CARER_MODE_HOME } from '../../domain/carer-mode';
import { useServiceDetails } from './use-service-details';
import { MainNav } from '../components/MainNav';

const NAV = [
  { href: CARER_MODE_HOME, label: 'Library' },
  { href: '/contacts', label: 'Contacts' },
  { href: '/carer-mode', label: 'Leave carer mode' },
];

const isCurrent = (path: string, href: string) => path === href || path.startsWith(href + '/');

/** The header on a carer's device: their service's name, no staff name, and only carers' pages. */
export function CarerHeader({ path }: { path: string }) {
  const service = useServiceDetails();
  return (
    <header class="header">
      <div class="header__inner">
        <a class="header__service" href={CARER_MODE_HOME}>
          {service?.name || 'Fostering'}
        </a>
        <p class="header__user">
          <strong class="carer-mode-tag">Carer mode</strong>
        </p>
      </div>
      <MainNav items={NAV.map((item) => ({ ...item, current: isCurrent(path, item.href) }))} />
    </header>
  );
}
