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

export function PageHeading({ children, caption }: { children: preact.ComponentChildren; caption?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnNextHeading && ref.current && !document.querySelector('.error-summary')) {
      focusOnNextHeading = false;
      ref.current.focus();
    }
  }, []);
  return (
    <h1 id="page-heading" tabIndex={-1} ref={ref}>
      {caption && <span class="caption">{caption}</span>}
      {children}
    </h1>
  );
}
