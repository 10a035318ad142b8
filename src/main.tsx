import { render } from 'preact';
import { App } from './ui/App';
import { firstHeadingShown } from './ui/components/PageTitle';
import { preloadEverydayRoutes, preloadFirstPage } from './ui/routes';
import { openDatabase } from './data/db';
import { endTransactionsWhenCached } from './data/page-leave';
import { startServiceWorker } from './pwa/register';
import { holdTabLock } from './data/tab';
import { showLastStart } from './ui/start-state';
import './styles/app.css';

// Before any form opens, so other tabs can tell this one's drafts are still being typed.
holdTabLock();
// WebKit suspends a cached page's transactions, and the next page would wait on them for ever.
endTransactionsWhenCached();
// The first screen waits for its page's code and for the database (who is using the device):
// both start now, side by side, not one after the other nor after the first paint.
const firstPage = preloadFirstPage(location.pathname);
openDatabase();
// The page's frame as the last start left it, not after the database has opened (a quarter of a
// second at 10,000 households); the database's answer replaces it as it comes.
showLastStart();
render(<App />, document.getElementById('app')!);

// After the first page's code: neither the service worker nor the other pages are needed for the
// first screen, and fetched while the first page's own modules still load they held up its heading.
function afterFirstScreen(): void {
  void startServiceWorker();
  // A change of local targets whose redating was cut short; the lists say so until this finishes.
  void import('./data/repositories/deadlines').then((m) => m.redateIfStale()).catch(() => undefined);
  // Carer households kept before their support summaries were: theirs now, not at every read (while locked, at the next unlock).
  void import('./data/repositories/carer-summary').then((m) => m.fillMissingCarerSummaries()).catch(() => undefined);
  // Drafts hold personal data: one untouched for 30 days goes (while locked, at the next unlock).
  void import('./data/repositories/drafts').then((m) => m.discardOldDrafts()).catch(() => undefined);
}
void firstPage.then(() => {
  if ('requestIdleCallback' in window) requestIdleCallback(afterFirstScreen);
  else setTimeout(afterFirstScreen, 1000);
});
// The everyday pages' code as soon as the first heading shows, while its lists are still read: left
// for an idle moment, it was often still to come when Today's lists were, and a tap on to the list
// then waited for the list's code too (100 ms more at 10,000 households). A page that never shows a
// heading has them a few seconds after its code.
void Promise.race([firstHeadingShown, firstPage.then(() => new Promise((resolve) => setTimeout(resolve, 3000)))]).then(preloadEverydayRoutes);
