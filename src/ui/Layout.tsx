import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { currentUser } from './current-user';
import { CarerHeader } from './carer/CarerHeader';
import { carerMode } from './carer/carer-mode';
import { UpdateBanner } from '../pwa/UpdateBanner';
import { OfflineNotice } from '../pwa/OfflineNotice';
import { StorageProblemBanner } from './components/PageErrorBoundary';
import { MainNav } from './components/MainNav';
import { ConnectionBanner } from './components/ConnectionBanner';
import { LockButton } from './lock/LockButton';
import { vaultState } from './lock/lock-state';

const NAV = [
  { href: '/', label: 'Today' },
  { href: '/pipeline', label: 'Pipeline' },
  { href: '/households', label: 'Households' },
  { href: '/carers', label: 'Carers' },
  { href: '/constellations', label: 'Constellations', more: true },
  { href: '/keep-groups', label: 'KEEP groups', more: true },
  { href: '/enquiries/new', label: 'New enquiry' },
  { href: '/targets', label: 'Targets', more: true },
  { href: '/reports', label: 'Reports', more: true },
  { href: '/library', label: 'Library', more: true },
  { href: '/settings', label: 'Settings', more: true },
];

function isCurrent(path: string, href: string): boolean {
  if (href === '/') return path === '/';
  if (href === '/households') return path === '/households' || (path.startsWith('/households/') && path !== '/households/');
  return path === href || path.startsWith(href + '/');
}

/** The header's sync status, loaded after the first screen: most devices never switch sync on. */
function useSyncStatus(): FunctionComponent | undefined {
  const [status, setStatus] = useState<FunctionComponent>();
  useEffect(() => {
    void import('./settings/SyncStatus').then((m) => setStatus(() => m.default)).catch(() => undefined);
  }, []);
  return status;
}

export function Layout({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const user = currentUser.value;
  const SyncStatus = useSyncStatus();
  const vault = vaultState.value;
  // With passcodes, a person changes by locking and unlocking with their own; never by a name list.
  const unlocked = vault === 'unlocked';
  return (
    <>
      {carerMode.value ? (
        <CarerHeader path={path} />
      ) : (
        <header class="header">
          <div class="header__inner">
            <a class="header__service" href="/">
              Fostering
            </a>
            {user && vault !== 'locked' && (
              <p class="header__user">
                Using this device: <strong>{user.name}</strong> {!unlocked && <a href="/who">Change</a>}
              </p>
            )}
            {user && vault !== 'locked' && SyncStatus && <SyncStatus />}
            {unlocked && user && <LockButton />}
          </div>
          {user && vault !== 'locked' && (
            <MainNav items={NAV.map((item) => ({ ...item, current: isCurrent(path, item.href) }))} />
          )}
        </header>
      )}
      <ConnectionBanner />
      <OfflineNotice />
      <UpdateBanner />
      <StorageProblemBanner />
      <main id="main" class="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
