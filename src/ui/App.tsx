import { useEffect } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { PageErrorBoundary } from './components/PageErrorBoundary';
import { focusNextPageHeading } from './components/PageTitle';
import { Layout } from './Layout';
import { NotFound } from './components/NotFound';
import { currentUser, loadCurrentUser } from './current-user';
import { CarerGate } from './carer/CarerGate';
import { carerMode, loadCarerMode } from './carer/carer-mode';
import { BoardPage, CarerModePage, CarerPage, CarersPage, ConflictsPage, ConstellationPage, ConstellationsPage, KeepGroupPage, KeepGroupsPage, ContactsPage, DuplicateMergePage, EnquiryPage, HouseholdPage, LibraryPage, ListPage, ReportsPage, ResourcePage, RetentionPage, SettingsPage, SubjectAccessPage, TargetsPage, TodayPage, WhoPage } from './routes';

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


function Pages() {
  const { path } = useLocation();
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
    void loadCurrentUser();
    void loadCarerMode();
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
