export interface NavItem {
  href: string;
  label: string;
  current: boolean;
}

/** The header's navigation: the same markup for staff and for carer mode, only the items differ. */
export function MainNav({ items }: { items: NavItem[] }) {
  return (
    <nav class="nav" aria-label="Main">
      <ul class="nav__list">
        {items.map((item) => (
          <li key={item.href}>
            <a class="nav__link" href={item.href} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
