import { useEffect, useRef } from 'preact/hooks';

/** Sets the document title; "Error: " goes first while a form on the page shows errors (GOV.UK). */
export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – Fostering`;
  }, [title, hasError]);
}

let focusOnNextHeading = false;

/**
 * Called when the route changes. The new page's data loads after the route does, so the heading
 * takes focus itself when it first renders, not when the router thinks the page is ready.
 */
export function focusNextPageHeading(): void {
  focusOnNextHeading = true;
}

let headingShown: () => void;
/** Once the first page's heading is on screen: what only later pages need waits for it, not for an idle moment that may not come. */
export const firstHeadingShown = new Promise<void>((resolve) => (headingShown = resolve));

/** Where pages open: loaded only once the first has shown, or for a link to a part of one. */
const pagePlace = () => import('./page-place');
// Back and Forward return to where the person was on each page: needed only once they have scrolled.
void firstHeadingShown.then(pagePlace).then((m) => m.keepHistoryPlaces());

export function PageHeading({ children, caption }: { children: preact.ComponentChildren; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingShown();
    if (focusOnNextHeading && ref.current && !document.querySelector('.error-summary')) {
      focusOnNextHeading = false;
      const heading = ref.current;
      const part = location.hash.slice(1);
      // A link to a part of the page: focus goes there once it is drawn (see page-place.ts).
      if (part) void pagePlace().then((m) => m.revealHashTarget(part, () => heading.focus()), () => heading.focus());
      else heading.focus();
    }
  }, []);
  return (
    <h1 id="page-heading" tabIndex={-1} ref={ref}>
      {caption && <span class="caption">{caption}</span>}
      {children}
    </h1>
  );
}
