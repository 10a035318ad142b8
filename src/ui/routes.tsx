import { lazy } from 'preact-iso';
import { RouteLoadFailed } from './components/RouteLoadFailed';

/**
 * Every route is its own chunk. A failed import (offline and not cached, or after a deploy)
 * would otherwise leave the old page showing with no message (preactjs/preact-iso#100).
 */
const safe = <T,>(load: () => Promise<{ default: T }>) =>
  lazy(() => load().catch(() => ({ default: RouteLoadFailed as unknown as T })));

export const TodayPage = safe(() => import('./today/TodayPage'));
/** Only a device with passcodes shows it, so it loads with the key code, not the first screen. */
export const LockScreen = safe(() => import('./lock/LockScreen').then((m) => ({ default: m.LockScreen })));
// In the lock screen's code: a wipe is typed at a lock screen, and is seldom seen.
export const WipedNotice = safe(() => import('./lock/LockScreen').then((m) => ({ default: m.WipedNotice })));
export const BoardPage = safe(() => import('./pipeline/BoardPage'));
export const ListPage = safe(() => import('./pipeline/ListPage'));
export const EnquiryPage = safe(() => import('./enquiry/EnquiryPage'));
export const HouseholdPage = safe(() => import('./household/HouseholdPage'));
export const SettingsPage = safe(() => import('./settings/SettingsPage'));
export const WhoPage = safe(() => import('./who/WhoPage'));
export const TargetsPage = safe(() => import('./targets/TargetsPage'));
export const LibraryPage = safe(() => import('./library/LibraryPage'));
export const ResourcePage = safe(() => import('./library/ResourcePage'));
export const ReportsPage = safe(() => import('./reports/ReportsPage'));
export const ContactsPage = safe(() => import('./contacts/ContactsPage'));
export const CarerModePage = safe(() => import('./carer/CarerModePage'));
export const CarersPage = safe(() => import('./carers/CarersPage'));
export const CarerPage = safe(() => import('./carers/CarerPage'));
export const SupportSettingsPage = safe(() => import('./carers/SupportSettingsPage'));
export const ConstellationsPage = safe(() => import('./support/ConstellationsPage'));
export const ConstellationPage = safe(() => import('./support/ConstellationPage'));
export const KeepGroupsPage = safe(() => import('./support/KeepGroupsPage'));
export const KeepGroupPage = safe(() => import('./support/KeepGroupPage'));
export const ConflictsPage = safe(() => import('./merge/ConflictsPage'));
export const DuplicateMergePage = safe(() => import('./merge/DuplicateMergePage'));
export const RetentionPage = safe(() => import('./retention/RetentionPage'));
export const SubjectAccessPage = safe(() => import('./household/SubjectAccessPage'));

function preload(page: unknown): Promise<unknown> {
  return (page as { preload?: () => Promise<unknown> } | undefined)?.preload?.()?.catch(() => undefined) ?? Promise.resolve();
}

/** The page a first load most often opens on, by its address; others load when the router reaches them. */
function firstPageFor(path: string): unknown {
  if (path === '/') return TodayPage;
  if (path === '/pipeline') return BoardPage;
  if (path === '/households') return ListPage;
  if (/^\/households\/[^/]+$/.test(path)) return HouseholdPage;
  if (path === '/library') return LibraryPage;
  if (path.startsWith('/library/')) return ResourcePage;
  if (path === '/who') return WhoPage;
  return undefined;
}

/**
 * Fetches the code of the page at `path` straight away, while the database opens, instead of
 * after it: the router asks for a page only once it knows who is using the device. Settles (never
 * rejects) once that code has loaded.
 */
export function preloadFirstPage(path: string): Promise<unknown> {
  return preload(firstPageFor(path));
}

/**
 * Fetches the everyday pages' code once the first screen is up, so moving between them on a
 * slow tablet waits only for data. Not part of the initial JavaScript.
 */
export function preloadEverydayRoutes(): void {
  for (const page of [TodayPage, BoardPage, ListPage, HouseholdPage, EnquiryPage]) void preload(page);
}
