import type { BrowserContext } from 'playwright-core';

export interface Violation {
  page: string;
  directive: string;
  blocked: string;
}

/** What a context's pages broke of the Content Security Policy, and every request they and the service worker made. */
export interface PolicyWatch {
  violations: Violation[];
  requests: string[];
}

/**
 * Listens in every page of the context, from before its first script runs, for Content Security
 * Policy violations, and records every request. Pass one watch to several contexts to gather all.
 */
export async function watchPolicy(context: BrowserContext, into: PolicyWatch = { violations: [], requests: [] }): Promise<PolicyWatch> {
  await context.exposeFunction('reportCspViolation', (v: Violation) => into.violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (v: unknown) => void }).reportCspViolation;
      report({ page: location.pathname + location.search, directive: e.effectiveDirective, blocked: e.blockedURI });
    });
  });
  context.on('request', (request) => into.requests.push(request.url()));
  return into;
}

/** Requests to anywhere but `origin` (data: URLs are the page's own). */
export function elsewhere(requests: string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}
