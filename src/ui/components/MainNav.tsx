import { useRef, useState } from 'preact/hooks';

export interface NavItem {
  href: string;
  label: string;
  current: boolean;
  /** On a phone, kept behind "More" so the navigation takes two rows, not four. */
  more?: boolean;
}

function NavLinks({ items, onFollow }: { items: NavItem[]; onFollow?: () => void }) {
  return (
    <>
      {items.map((item) => (
        <li key={item.href}>
          <a class="nav__link" href={item.href} aria-current={item.current ? 'page' : undefined} onClick={onFollow}>
            {item.label}
          </a>
        </li>
      ))}
    </>
  );
}

/**
 * The header's navigation: the same markup for staff and for carer mode, only the items differ.
 * Below 768 px the items marked `more` sit behind a "More" button; on a tablet or wider the button
 * is not shown and every item is in the row.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const first = items.filter((i) => !i.more);
  const more = items.filter((i) => i.more);
  const close = () => setOpen(false);
  return (
    <nav
      class={`nav${open ? ' nav--open' : ''}`}
      aria-label="Main"
      // Escape closes "More" from its own button as from its items.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        close();
        button.current?.focus();
      }}
    >
      <ul class="nav__list">
        <NavLinks items={first} />
        {more.length > 0 && (
          <li class="nav__more">
            <button
              ref={button}
              type="button"
              class={`nav__link nav__more-button${more.some((i) => i.current) ? ' nav__more-button--current' : ''}`}
              aria-expanded={open}
              aria-controls="nav-more"
              onClick={() => setOpen(!open)}
            >
              More
            </button>
          </li>
        )}
        {more.length > 0 && (
          <li class="nav__more-items">
            <ul class="nav__list nav__list--more" id="nav-more">
              <NavLinks items={more} onFollow={close} />
            </ul>
          </li>
        )}
      </ul>
    </nav>
  );
}
