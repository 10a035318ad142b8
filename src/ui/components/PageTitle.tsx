import { useEffect } from 'preact/hooks';

/** Sets the document title and moves focus to the page's heading after navigation, as Pinafore does. */
export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – Fostering`;
  }, [title, hasError]);
}

export function PageHeading({ children, caption }: { children: preact.ComponentChildren; caption?: string }) {
  return (
    <h1 id="page-heading" tabIndex={-1}>
      {caption && <span class="caption">{caption}</span>}
      {children}
    </h1>
  );
}
