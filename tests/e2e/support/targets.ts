import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The design's bar is stricter than WCAG 2.2's 24 px: every control at least 44 × 44 CSS px. */
export const MIN_TARGET = 44;

const CONTROLS = 'a, button, input, select, textarea, summary, [role=button]';

/**
 * Visible controls smaller than 44 × 44 px, described so a person can find them. Links that are
 * plain inline text inside running text are left out, as WCAG 2.5.8's "inline" exception allows.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ selector, min }) => {
      // Half a pixel of slack for sub-pixel layout, so 43.8 px from rem maths still counts as 44.
      const tooSmall = (n: number) => n < min - 0.5;
      const describe = (el: Element, rect: DOMRect) => {
        const id = el.id ? `#${el.id}` : '';
        const classes = [...el.classList].map((c) => `.${c}`).join('');
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `${el.tagName.toLowerCase()}${id}${classes} "${label}" is ${Math.round(rect.width)}×${Math.round(rect.height)} px`;
      };
      // A link in running text: inline, inside a text block that holds other words besides the link.
      // A link that is the only thing in its cell or list item is a control and must be 44 px.
      const isInlineTextLink = (el: Element) => {
        if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
        const block = el.closest('p, li, td, th, dd, blockquote');
        if (!block) return false;
        const words = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
        return block.tagName === 'P' || words(block.textContent).length > words(el.textContent).length + 3;
      };
      const isShown = (el: Element, rect: DOMRect) => {
        if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
        if (!el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) return false;
        if (rect.width === 0 || rect.height === 0) return false;
        // Moved off screen until focused, like the skip link.
        return rect.right > 0 && rect.bottom > 0 && rect.left < document.documentElement.scrollWidth;
      };
      const offenders: string[] = [];
      for (const el of document.querySelectorAll(selector)) {
        const rect = el.getBoundingClientRect();
        if (!isShown(el, rect) || isInlineTextLink(el)) continue;
        if (tooSmall(rect.width) || tooSmall(rect.height)) offenders.push(describe(el, rect));
      }
      return offenders;
    },
    { selector: CONTROLS, min: MIN_TARGET },
  );
}

export async function expectLargeTargets(page: Page, where = new URL(page.url()).pathname): Promise<void> {
  expect(await smallTargets(page), `controls under ${MIN_TARGET}×${MIN_TARGET} px on ${where}`).toEqual([]);
}
