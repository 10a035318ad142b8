import { useEffect } from 'preact/hooks';

/**
 * Marks the moment a page's own content is on screen (effects run after the frame that painted it),
 * with the address it answers, so `npm run bench` times what a worker waits for from inside the page.
 */
export function useShownMark(name: string, content: unknown): void {
  useEffect(() => {
    if (content) performance.mark(name, { detail: location.pathname + location.search });
  }, [content]);
}
