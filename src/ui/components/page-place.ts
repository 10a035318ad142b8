/**
 * Where a page opens when the router draws it, rather than at its top:
 * - at a part a link names, such as Today's "Back up now in Settings" (`/settings#backup`). The
 *   browser scrolls to a part only on a full load; here the page waits for the part to be drawn,
 *   moves focus to its heading and holds it at the top of the screen;
 * - after Back or Forward, where the person was. The browser restores the scroll as the history
 *   moves, before the page is drawn, so on a page still "Loading…" it landed at the top: a worker
 *   going down Today's lists, opening each household and going back, lost their place every time.
 *   Each history entry is given a key as its page is scrolled, and its place is kept by that key.
 * Either way the page fills in after it is drawn, so the place is held while it does (hold-place.ts).
 */
import { holding, holdPlace } from './hold-place';

/** The heading a screen reader should announce: the part's own, or the part when it is one. */
function headingOf(part: HTMLElement): HTMLElement {
  if (/^H[1-6]$/.test(part.tagName)) return part;
  const labelledBy = part.getAttribute('aria-labelledby');
  return (labelledBy && document.getElementById(labelledBy)) || part.querySelector<HTMLElement>('h2, h3') || part;
}

/**
 * Shows the element with id `id` once it is drawn. `otherwise` runs when it is not drawn in time
 * (a link to a part that has gone), or when Back or Forward returns to a place of its own, so that
 * focus still moves to the page.
 */
export function revealHashTarget(id: string, otherwise: () => void): void {
  if (holding() === 'history') return otherwise();
  let part: HTMLElement | null = null;
  holdPlace(
    'part',
    () => {
      if (part && !part.isConnected) return false;
      part ??= document.getElementById(id);
      if (!part) return true;
      if (!part.contains(document.activeElement)) {
        const heading = headingOf(part);
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
      part.scrollIntoView({ block: 'start' });
      return true;
    },
    () => {
      if (!part && document.activeElement === document.body) otherwise();
    },
  );
}

const places = new Map<string, number>();
let lastKey = 0;

function keyOfEntry(): string | undefined {
  const state: unknown = history.state;
  return state && typeof state === 'object' && 'place' in state && typeof state.place === 'string' ? state.place : undefined;
}

function keep(): void {
  let key = keyOfEntry();
  if (!key) {
    key = `${Date.now().toString(36)}-${++lastKey}`;
    const state: unknown = history.state;
    history.replaceState({ ...(state && typeof state === 'object' ? state : {}), place: key }, '');
  }
  places.set(key, scrollY);
}

/** Started once, after the first page shows: no place is kept before anyone has scrolled. */
export function keepHistoryPlaces(): void {
  addEventListener('scroll', keep, { passive: true });
  // Also as a link is followed: a scroll's event comes a frame after it, and a tap that quick
  // would leave the entry with the place from before the scroll.
  addEventListener('click', keep, { capture: true, passive: true });
  addEventListener('popstate', () => {
    const key = keyOfEntry();
    const y = key === undefined ? undefined : places.get(key);
    if (!y) return;
    holdPlace('history', () => {
      if (Math.abs(scrollY - y) >= 1) scrollTo(0, y);
      return true;
    });
  });
}
