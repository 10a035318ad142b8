import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';

/** The search applies this long after typing stops, so each keystroke does not rerun it. */
const SEARCH_DELAY_MS = 200;

/**
 * A list page's search box and filters kept in the address: the text as typed, put in the address
 * once typing pauses, and `apply` for a filter choice. Text that arrives in the address from a
 * link or Back replaces what the box shows.
 */
export function useUrlSearch<F extends { q: string }>(filters: F, urlFor: (filters: F) => string) {
  const { url, route } = useLocation();
  const [text, setText] = useState(filters.q);
  // The last search text this page put in the address; anything else there came from a link or Back.
  const pushed = useRef(filters.q);

  useEffect(() => {
    if (filters.q !== pushed.current) {
      pushed.current = filters.q;
      setText(filters.q);
    }
  }, [filters.q]);

  useEffect(() => {
    if (text.trim() === filters.q.trim()) return;
    const timer = setTimeout(() => {
      pushed.current = text;
      route(urlFor({ ...filters, q: text }), true);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, url]);

  return {
    text,
    setText,
    /**
     * A filter choice replaces the address rather than adding to history by default: arrowing
     * through a select changes it on every key, and Back should leave the list.
     */
    apply(change: Partial<F>, replace = true) {
      pushed.current = change.q ?? text;
      route(urlFor({ ...filters, q: text, ...change }), replace);
    },
  };
}
