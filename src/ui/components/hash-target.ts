/**
 * A link to a part of another page, such as Today's "Back up now in Settings" (`/settings#backup`).
 * The router draws the new page itself, so the browser never scrolls to the part, and the page's
 * sections fill in after it is drawn, so a part found at once is pushed down as those above it
 * load. This waits for the part to be drawn, moves focus to its heading, and keeps it at the top of
 * the screen while the page settles, until the person scrolls, taps or types.
 */

/** Long enough for a page's reads at 10,000 households; after it, what the person sees is theirs. */
const SETTLE_MS = 5_000;

/** The heading a screen reader should announce: the part's own, or the part when it is one. */
function headingOf(part: HTMLElement): HTMLElement {
  if (/^H[1-6]$/.test(part.tagName)) return part;
  const labelledBy = part.getAttribute('aria-labelledby');
  return (labelledBy && document.getElementById(labelledBy)) || part.querySelector<HTMLElement>('h2, h3') || part;
}

/**
 * Shows the element with id `id` once it is drawn. `otherwise` runs when it is not drawn in time
 * (a link to a part that has gone), so focus still moves to the page.
 */
export function revealHashTarget(id: string, otherwise: () => void): void {
  const path = location.pathname;
  const stops: (() => void)[] = [];
  const stop = () => {
    for (const s of stops.splice(0)) s();
  };
  const timer = setTimeout(() => {
    const found = document.getElementById(id);
    stop();
    if (!found && document.activeElement === document.body) otherwise();
  }, SETTLE_MS);
  stops.push(() => clearTimeout(timer));
  // Any move of the person's own ends the holding: the screen is theirs.
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) {
    window.addEventListener(type, stop, { capture: true, passive: true });
    stops.push(() => window.removeEventListener(type, stop, { capture: true }));
  }

  let part: HTMLElement | null = null;
  const hold = () => {
    if (location.pathname !== path || (part && !part.isConnected)) return stop();
    part ??= document.getElementById(id);
    if (!part) return;
    if (!part.contains(document.activeElement)) {
      const heading = headingOf(part);
      if (heading.tabIndex < 0 && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
    part.scrollIntoView({ block: 'start' });
  };
  const drawn = new MutationObserver(hold);
  drawn.observe(document.body, { childList: true, subtree: true });
  stops.push(() => drawn.disconnect());
  if (typeof ResizeObserver !== 'undefined') {
    const resized = new ResizeObserver(hold);
    resized.observe(document.body);
    stops.push(() => resized.disconnect());
  }
  hold();
}
