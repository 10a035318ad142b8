import type { Route } from './fit';

/**
 * Every page of the app that needs no record's id, with the heading a user should see on it (and,
 * for a page with a part that loads after it, that part's heading). Pages of one record are in
 * `demoRecordRoutes`.
 */
export const ROUTES: Route[] = [
  { path: '/', heading: /^Today/, ready: 'Approved carers' },
  { path: '/pipeline', heading: /^Pipeline$/ },
  { path: '/households', heading: /^Households$/ },
  { path: '/households?stage=stage1', heading: /^Households$/ },
  { path: '/enquiries/new', heading: /^New enquiry$/ },
  { path: '/targets', heading: /^Recruitment targets$/ },
  { path: '/reports', heading: /^Reports$/, ready: 'Support for approved carers' },
  { path: '/library', heading: /^Support library$/ },
  { path: '/library/emergency', heading: /What to do in an emergency$/ },
  { path: '/library/glossary', heading: /Glossary of fostering terms$/ },
  { path: '/carers', heading: /^Carer households$/ },
  { path: '/carers/tiers', heading: /Tiers and KEEP programmes$/ },
  { path: '/constellations', heading: /^Mockingbird constellations$/ },
  { path: '/keep-groups', heading: /^KEEP groups$/ },
  { path: '/contacts', heading: /^Contacts$/ },
  { path: '/settings', heading: /^Settings$/, ready: 'Sync with your service’s server' },
  { path: '/who', heading: /^Who is using this device\?$/ },
  { path: '/conflicts', heading: /^Conflicts to settle$/ },
  { path: '/retention', heading: /^Records due for deletion$/ },
  { path: '/carer-mode', heading: /^Carer mode$/ },
  { path: '/no-such-page', heading: /^Page not found$/ },
];
