import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

/**
 * WebKit (Safari, and every browser on an iPad) keeps a page it navigates away from in its
 * back/forward cache with that page's IndexedDB transactions suspended, not ended: one caught in
 * flight keeps its tables, and every read and write of them from the next page waits for ever
 * (seen in WebKit when an address is typed or a bookmark followed while the app saves or reads).
 * So a page going into that cache ends what it still has open. An ended write changes nothing, as
 * when a tab closes mid-save; the page, if it comes back, reloads rather than show work it lost.
 */

/** This page's transactions that have not yet completed or aborted. */
const open = new Set<IDBTransaction>();
let ended = false;

/** Lowest of the database's middlewares: sees each transaction IndexedDB itself makes. */
export function openTransactionsMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'openTransactions',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        // The base layer's transaction is IndexedDB's own; a test double may be something else.
        if (typeof IDBTransaction !== 'undefined' && tx instanceof IDBTransaction) {
          open.add(tx);
          const done = () => open.delete(tx);
          tx.addEventListener('complete', done);
          tx.addEventListener('abort', done);
        }
        return tx as DBCoreTransaction;
      },
    }),
  };
}

/** Ends this page's open transactions; answers how many were still open. */
export function endOpenTransactions(): number {
  const count = open.size;
  for (const tx of open) {
    try {
      tx.abort();
    } catch {
      // It finished between the listing and the abort.
    }
  }
  open.clear();
  return count;
}

/** Once per page: ends open transactions as the page goes into the back/forward cache, and reloads it if it comes back having lost any. */
export function endTransactionsWhenCached(): void {
  addEventListener('pagehide', (event) => {
    if (event.persisted && endOpenTransactions() > 0) ended = true;
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted && ended) location.reload();
  });
}
