import { useEffect, type Inputs } from 'preact/hooks';

/**
 * Reads when the component is first shown (and again when `deps` change) and hands the result over
 * only while it is still shown. A read that ends after its page has gone, or after its database was
 * closed under it, changes nothing; a failure while the page is shown still reaches the storage banner.
 */
export function useLoad<T>(load: () => Promise<T>, apply: (value: T) => void, deps: Inputs = []): void {
  useEffect(() => {
    let shown = true;
    void load().then(
      (value) => {
        if (shown) apply(value);
      },
      (error: unknown) => {
        if (shown) throw error;
      },
    );
    return () => {
      shown = false;
    };
  }, deps);
}
