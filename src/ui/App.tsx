import { useEffect } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { PageErrorBoundary } from './components/PageErrorBoundary';
import { focusNextPageHeading } from './components/PageTitle';
import { Layout } from './Layout';
import { NotFound } from './components/NotFound';
import { currentUser, loadCurrentUser } from './current-user';
import { deviceWiped, loadVaultState, vaultState } from './lock/lock-state';
import { useIdleLock } from './lock/use-idle-lock';
import { CarerGate } from './carer/CarerGate';
import { carerMode, loadCarerMode } from './carer/carer-mode';
import { keepStartHint } from './start-state';
import { BoardPage, CarerModePage, LockScreen, WipedNotice, CarerPage, CarersPage, SupportSettingsPage, ConflictsPage, ConstellationPage, ConstellationsPage, KeepGroupPage, KeepGroupsPage, ContactsPage, DuplicateMergePage, EnquiryPage, HouseholdPage, LibraryPage, ListPage, ReportsPage, ResourcePage, RetentionPage, SettingsPage, SubjectAccessPage, TargetsPage, TodayPage, WhoPage } from './routes';

/**
 * Sends anyone not yet named to the "who is using this device" page first. Carers are not staff:
 * in carer mode they are not asked, and only carers' pages open.
 */
function Gate() {
  const { path, route } = useLocation();
  const user = currentUser.value;
  const carer = carerMode.value;
  useEffect(() => {
    if (carer === false && user === undefined && path !== '/who') route(`/who?next=${encodeURIComponent(path)}`, true);
  }, [carer, user, path]);
  if (user === null || carer === null) return <p class="loading">Loading…</p>;
  return (
    <Router onRouteChange={focusNextPageHeading}>
      <Route path="/" component={TodayPage} />
      <Route path="/pipeline" component={BoardPage} />
      <Route path="/households" component={ListPage} />
      <Route path="/households/:id" component={HouseholdPage} />
      <Route path="/households/:id/merge/:otherId" component={DuplicateMergePage} />
      <Route path="/households/:id/record" component={SubjectAccessPage} />
      <Route path="/enquiries/new" component={EnquiryPage} />
      <Route path="/carers" component={CarersPage} />
      <Route path="/carers/tiers" component={SupportSettingsPage} />
      <Route path="/carers/:id" component={CarerPage} />
      <Route path="/constellations" component={ConstellationsPage} />
      <Route path="/constellations/:id" component={ConstellationPage} />
      <Route path="/keep-groups" component={KeepGroupsPage} />
      <Route path="/keep-groups/:id" component={KeepGroupPage} />
      <Route path="/targets" component={TargetsPage} />
      <Route path="/reports" component={ReportsPage} />
      <Route path="/library" component={LibraryPage} />
      <Route path="/library/:id" component={ResourcePage} />
      <Route path="/settings" component={SettingsPage} />
      <Route path="/who" component={WhoPage} />
      <Route path="/contacts" component={ContactsPage} />
      <Route path="/carer-mode" component={CarerModePage} />
      <Route path="/conflicts" component={ConflictsPage} />
      <Route path="/retention" component={RetentionPage} />
      <Route default component={NotFound} />
    </Router>
  );
}


/**
 * While passcodes exist and no one has unlocked, the lock screen stands in for every page, so no
 * page (and none of its decrypted records) is mounted; the person unlocking becomes the user.
 * A carer's device is never asked: carers have no passcode, and carers' pages hold nothing sealed.
 */
function Pages() {
  const { path } = useLocation();
  const state = vaultState.value;
  useIdleLock(state === 'unlocked');
  if (deviceWiped.value) return <WipedNotice />;
  if (state === null || carerMode.value === null) return <p class="loading">Loading…</p>;
  if (!carerMode.value && (state === 'locked' || (state === 'unlocked' && !currentUser.value))) return <LockScreen />;
  return (
    <PageErrorBoundary resetKey={path}>
      <CarerGate>
        <Gate />
      </CarerGate>
    </PageErrorBoundary>
  );
}

export function App() {
  useEffect(() => {
    // With passcodes, the user is whoever unlocks, never the name last chosen.
    void loadCurrentUser(loadVaultState().then(() => vaultState.value === 'open'));
    void loadCarerMode();
    return keepStartHint();
  }, []);
  return (
    <LocationProvider>
      <ErrorBoundary>
        <Layout>
          <Pages />
        </Layout>
      </ErrorBoundary>
    </LocationProvider>
  );
}
