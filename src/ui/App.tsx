import { useEffect } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { PageErrorBoundary } from './components/PageErrorBoundary';
import { focusNextPageHeading } from './components/PageTitle';
import { Layout } from './Layout';
import { NotFound } from './components/NotFound';
import { currentUser, loadCurrentUser } from './current-user';
import { BoardPage, EnquiryPage, HouseholdPage, ListPage, SettingsPage, TargetsPage, TodayPage, WhoPage } from './routes';

/** Sends anyone not yet named to the "who is using this device" page first. */
function Gate() {
  const { path, route } = useLocation();
  const user = currentUser.value;
  useEffect(() => {
    if (user === undefined && path !== '/who') route(`/who?next=${encodeURIComponent(path)}`, true);
  }, [user, path]);
  if (user === null) return <p class="loading">Loading…</p>;
  return (
    <Router onRouteChange={focusNextPageHeading}>
      <Route path="/" component={TodayPage} />
      <Route path="/pipeline" component={BoardPage} />
      <Route path="/households" component={ListPage} />
      <Route path="/households/:id" component={HouseholdPage} />
      <Route path="/enquiries/new" component={EnquiryPage} />
      <Route path="/targets" component={TargetsPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route path="/who" component={WhoPage} />
      <Route default component={NotFound} />
    </Router>
  );
}


function Pages() {
  const { path } = useLocation();
  return (
    <PageErrorBoundary resetKey={path}>
      <Gate />
    </PageErrorBoundary>
  );
}

export function App() {
  useEffect(() => {
    void loadCurrentUser();
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
