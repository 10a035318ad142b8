import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { main } from './journey';

export interface Route {
  path: string;
  heading: RegExp;
  /** A second heading that shows only once a lazily loaded part of the page has come in. */
  ready?: string;
}

/** A carer's small phone, a carer's phone, a team tablet upright, a manager's laptop. */
export const WIDTHS = [320, 390, 768, 1366];

/**
 * The widths whose style sheets differ: no media query falls between 320 and 390 px, so axe-core
 * finds at 390 what it finds at 320, and runs at these only (fit and targets are checked at all).
 */
export const AXE_WIDTHS = [320, 768, 1366];

export const heightFor = (width: number) => (width < 700 ? 844 : width < 1000 ? 1024 : 768);

export async function openRoute(page: Page, { path, heading, ready }: Route): Promise<void> {
  await page.goto(path);
  await shown(page, heading, ready);
}

async function shown(page: Page, heading: RegExp, ready?: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  if (ready) await main(page).getByRole('heading', { name: ready, exact: true }).waitFor();
  // Live queries fill the page just after the heading; wait until nothing says it is loading.
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

/**
 * Goes to a page as a link in the app does, without loading the app again: for checking many
 * pages' layout in turn, where starting the app for each was half the time. A page not yet showing
 * the app, or another view of the page shown (the same address but its query), is opened as
 * `openRoute` does: only a new heading says the page changed.
 */
export async function visitRoute(page: Page, { path, heading, ready }: Route): Promise<void> {
  const inApp = await page
    .evaluate((to) => document.querySelector('h1') !== null && new URL(to, location.href).pathname !== location.pathname, path)
    .catch(() => false);
  if (!inApp) return openRoute(page, { path, heading, ready });
  await page.evaluate((to) => {
    // The heading shown now, so the wait below knows the next page's (a page for another record may reuse the element).
    const h1 = document.querySelector('h1')!;
    Object.assign(window, { leftHeading: h1, leftHeadingText: h1.textContent });
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForFunction(() => {
    const { leftHeading, leftHeadingText } = window as unknown as { leftHeading: Element; leftHeadingText: string };
    const h1 = document.querySelector('h1');
    return h1 !== null && (h1 !== leftHeading || h1.textContent !== leftHeadingText);
  });
  await shown(page, heading, ready);
}

/**
 * What makes the page wider than the screen, or scrolls sideways inside it without being a
 * labelled scrolling region (a table a user can find and scroll on purpose): nothing when it fits.
 */
export async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (el: Element) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
      let widest: Element | undefined;
      let right = window.innerWidth;
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > right) [widest, right] = [el, r.right];
      }
      found.push(`${root.scrollWidth} px wide in ${window.innerWidth} px (widest: ${widest ? name(widest) : 'nothing found'} to ${Math.round(right)} px)`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      const labelled = el.getAttribute('role') === 'region' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'));
      if (!labelled) found.push(`${name(el)} scrolls sideways (${el.scrollWidth} px in ${el.clientWidth} px) with no label`);
    }
    return found;
  });
}

/** Longer than any word of the app's own or of an ordinary name: typed text that may break anywhere. */
const LONGEST_WORD = 20;

/**
 * Ordinary words broken across two lines ("Enqui / ries"): a table given room to squeeze its
 * columns below their words. Only unbroken typed text longer than `LONGEST_WORD` may break.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate((longest) => {
    const broken = new Set<string>();
    const range = document.createRange();
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // Within each run of text with no space (an email address is one), each word.
      for (const run of text.matchAll(/\S+/g)) {
        if (run[0].length > longest) continue;
        for (const word of run[0].matchAll(/[\p{L}\p{N}]{2,}/gu)) {
          range.setStart(node, run.index + word.index);
          range.setEnd(node, run.index + word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.add(word[0]);
        }
      }
    }
    return [...broken].map((word) => `"${word}" is broken across lines`);
  }, LONGEST_WORD);
}

async function firstHrefs(page: Page, route: Route, prefix: string, count = 1): Promise<string[]> {
  await visitRoute(page, route);
  const links = main(page).locator(`a[href^="${prefix}"]`);
  await links.first().waitFor();
  const hrefs = [...new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))].slice(0, count);
  expect(hrefs.length, `links to ${prefix} on ${route.path}`).toBe(count);
  return hrefs;
}

/** The pages that show one record, with real ids from the demo data (which must be loaded). */
export async function demoRecordRoutes(page: Page): Promise<Route[]> {
  const households = (stage: string, count = 1) =>
    firstHrefs(page, { path: `/households?stage=${stage}`, heading: /^Households$/ }, '/households/demo-', count);
  const [enquiry, other] = await households('enquiry', 2);
  const [stage1] = await households('stage1');
  const [stage2] = await households('stage2');
  const [approved] = await households('approved');
  const [carer] = await firstHrefs(page, { path: '/carers', heading: /^Carer households$/ }, '/carers/');
  const [constellation] = await firstHrefs(page, { path: '/constellations', heading: /^Mockingbird constellations$/ }, '/constellations/');
  const [keepGroup] = await firstHrefs(page, { path: '/keep-groups', heading: /^KEEP groups$/ }, '/keep-groups/');
  return [
    { path: enquiry!, heading: /./ },
    { path: stage1!, heading: /./ },
    { path: stage2!, heading: /./ },
    { path: approved!, heading: /./ },
    { path: `${stage2}/record`, heading: /^Everything recorded about/ },
    { path: `${enquiry}/merge/${other!.split('/').pop()}`, heading: /./ },
    { path: carer!, heading: /./ },
    { path: constellation!, heading: /./ },
    { path: keepGroup!, heading: /./ },
  ];
}
