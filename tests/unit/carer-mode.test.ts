import { describe, expect, it } from 'vitest';
import { isAllowedInCarerMode } from '../../src/domain/carer-mode';

describe('carer mode allow-list', () => {
  it.each(['/library', '/library/', '/library/resource-1', '/library/emergencies/out-of-hours', '/contacts', '/contacts/', '/carer-mode', '/library?q=allowances', '/contacts#duty'])(
    'allows %s',
    (path) => {
      expect(isAllowedInCarerMode(path)).toBe(true);
    },
  );

  it.each([
    '/',
    '/pipeline',
    '/households',
    '/households/',
    '/households/h-1',
    '/enquiries/new',
    '/targets',
    '/settings',
    '/who',
    '/reports',
    '/reports/funnel',
  ])('refuses the data route %s', (path) => {
    expect(isAllowedInCarerMode(path)).toBe(false);
  });

  it.each([
    '/households/../library',
    '/library/../households',
    '/library/%2e%2e/households',
    '/library/%2E%2E',
    '/library/./x',
    '/library/..%2fhouseholds',
    '/library/%5c..%5chouseholds',
    '//households',
    '//library',
    '/library//',
    '/library\\..\\households',
    '/households?x=/library',
    '/households#/library',
    '/Library',
    '/CONTACTS',
    '/librarything',
    '/contacts/h-1',
    '/carer-mode/households',
    '/library/%',
    'library',
    '',
    'https://example.org/library',
  ])('refuses the odd path %s', (path) => {
    expect(isAllowedInCarerMode(path)).toBe(false);
  });
});
