import { lazy } from 'preact-iso';
import { RouteLoadFailed } from './components/RouteLoadFailed';

/**
 * Every route is its own chunk. A failed import (offline and not cached, or after a deploy)
 * would otherwise leave the old page showing with no message (preactjs/preact-iso#100).
 */
const safe = <T,>(load: () => Promise<{ default: T }>) =>
  lazy(() => load().catch(() => ({ default: RouteLoadFailed as unknown as T })));

export const TodayPage = safe(() => import('./today/TodayPage'));
export const BoardPage = safe(() => import('./pipeline/BoardPage'));
export const ListPage = safe(() => import('./pipeline/ListPage'));
export const EnquiryPage = safe(() => import('./enquiry/EnquiryPage'));
export const HouseholdPage = safe(() => import('./household/HouseholdPage'));
export const SettingsPage = safe(() => import('./settings/SettingsPage'));
export const WhoPage = safe(() => import('./who/WhoPage'));
