/**
 * Holds the screen at a place while a page fills in: a page is drawn first and its sections read
 * after, so a place found at once is pushed down, or is not yet there to reach, as they load. `step`
 * puts the screen at the place; it runs again as the page changes or scrolls by itself, until the
 * person scrolls, taps or types, the page is left, or the page has been still for `QUIET_MS` (at
 * most `SETTLE_MS` in all). The hold is kept short because a screen reader moving through the page
 * scrolls it with none of those events. One hold at a time: a new one ends the last.
 */

/** Long enough for a page's reads at 10,000 households; after it, what the person sees is theirs. */
const SETTLE_MS = 5_000;
/** A page with nothing drawn or resized for this long has filled in. */
const QUIET_MS = 1_000;

export type HoldKind = 'part' | 'history';

let current: { kind: HoldKind; path: string; stop: () => void } | undefined;

/** The hold now running, if any, and which kind. */
export function holding(): HoldKind | undefined {
  if (current && current.path !== location.pathname) current.stop();
  return current?.kind;
}

/** `step` returns false once the place has gone (its element removed): the hold ends. */
export function holdPlace(kind: HoldKind, step: () => boolean, done: () => void = () => undefined): void {
  current?.stop();
  const path = location.pathname;
  const stops: (() => void)[] = [];
  const stop = () => {
    if (current?.stop === stop) current = undefined;
    for (const s of stops.splice(0)) s();
  };
  current = { kind, path, stop };
  const finish = () => {
    stop();
    done();
  };
  const timer = setTimeout(finish, SETTLE_MS);
  let quiet = setTimeout(finish, QUIET_MS);
  stops.push(() => clearTimeout(timer), () => clearTimeout(quiet));
  // Any move of the person's own ends the holding: the screen is theirs.
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) {
    window.addEventListener(type, stop, { capture: true, passive: true });
    stops.push(() => window.removeEventListener(type, stop, { capture: true }));
  }
  const hold = () => {
    if (location.pathname !== path || !step()) stop();
  };
  // The page scrolled by something other than the person (focus moving to its heading, the browser
  // clamping a short page): back to the place.
  window.addEventListener('scroll', hold, { passive: true });
  stops.push(() => window.removeEventListener('scroll', hold));
  const changed = () => {
    clearTimeout(quiet);
    quiet = setTimeout(finish, QUIET_MS);
    hold();
  };
  const drawn = new MutationObserver(changed);
  drawn.observe(document.body, { childList: true, subtree: true });
  stops.push(() => drawn.disconnect());
  if (typeof ResizeObserver !== 'undefined') {
    const resized = new ResizeObserver(changed);
    resized.observe(document.body);
    stops.push(() => resized.disconnect());
  }
  hold();
}
