/** Every page of the app, with the heading a user should see on it. */
export const ROUTES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /^Today/ },
  { path: '/pipeline', heading: /^Pipeline$/ },
  { path: '/households', heading: /^Households$/ },
  { path: '/households?stage=stage1', heading: /^Households$/ },
  { path: '/enquiries/new', heading: /^New enquiry$/ },
  { path: '/targets', heading: /^Recruitment targets$/ },
  { path: '/reports', heading: /^Reports$/ },
  { path: '/library', heading: /^Support library$/ },
  { path: '/library/emergency', heading: /What to do in an emergency$/ },
  { path: '/library/glossary', heading: /Glossary of fostering terms$/ },
  { path: '/carers', heading: /^Carer households$/ },
  { path: '/contacts', heading: /^Contacts$/ },
  { path: '/settings', heading: /^Settings$/ },
  { path: '/who', heading: /^Who is using this device\?$/ },
  { path: '/conflicts', heading: /^Conflicts to settle$/ },
];
