/**
 * Finding an element as a user would (by role and name, by label, by text), in the page itself, so
 * the three engines find exactly the same element: each driver only clicks and types on the result.
 *
 * Support code, not a test: it asserts nothing itself. The engine journeys (`engines-*.e2e.ts`) call
 * it and make the assertions, and a target it cannot find fails their wait with a timeout.
 */

/** A string matches a whole name or label (spaces collapsed) and any part of a text; a RegExp, any part. */
export type Name = string | RegExp;

/** The roles the journeys use so far; add one (and its HTML elements below) as a journey needs it. */
export type Role = 'alert' | 'banner' | 'button' | 'group' | 'heading' | 'link' | 'main' | 'navigation' | 'region' | 'table';

/** What to find, optionally inside the first element another target finds. */
export type Target = ({ role: Role; name?: Name; level?: number } | { label: Name } | { text: Name }) & { within?: Target };

type SentName = { whole: string } | { source: string; flags: string };
type SentTarget = ({ role: Role; name?: SentName; level?: number } | { label: SentName } | { text: SentName }) & { within?: SentTarget };

const send = (name: Name): SentName => (typeof name === 'string' ? { whole: name } : { source: name.source, flags: name.flags });

function sendTarget(target: Target): SentTarget {
  const within = target.within && sendTarget(target.within);
  if ('role' in target) return { role: target.role, level: target.level, name: target.name === undefined ? undefined : send(target.name), within };
  if ('label' in target) return { label: send(target.label), within };
  return { text: send(target.text), within };
}

/** For error messages: `button "Save move"`, `label "Postcode"`, `text /Moved to/`. */
export function describeTarget(target: Target): string {
  const name = (n: Name | undefined) => (n === undefined ? '' : typeof n === 'string' ? ` "${n}"` : ` ${String(n)}`);
  const inside = target.within ? ` in ${describeTarget(target.within)}` : '';
  if ('role' in target) return `${target.role}${target.level ? ` (level ${target.level})` : ''}${name(target.name)}${inside}`;
  if ('label' in target) return `field labelled${name(target.label)}${inside}`;
  return `text${name(target.text)}${inside}`;
}

/**
 * Runs in the page: the first visible element the target finds, or null. Self-contained, as it is
 * sent to the browser as source text.
 */
function locateInPage(target: SentTarget): Element | null {
  const IMPLICIT: Record<Role, string> = {
    alert: '',
    banner: 'header:not(main header, article header, section header)',
    button: 'button, input[type=submit], input[type=button], summary',
    group: 'fieldset',
    heading: 'h1, h2, h3, h4, h5, h6',
    link: 'a[href]',
    main: 'main',
    navigation: 'nav',
    // A section is a region only once it has a name.
    region: 'section[aria-label], section[aria-labelledby]',
    table: 'table',
  };
  const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matches = (name: SentName, text: string | null | undefined) =>
    'whole' in name ? collapse(text) === name.whole : new RegExp(name.source, name.flags).test(collapse(text));
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const labelsOf = (el: Element) => [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ');
  const nameOf = (el: Element): string => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const aria = el.getAttribute('aria-label');
    if (aria) return aria;
    if ((el as HTMLInputElement).labels?.length) return labelsOf(el);
    if (el.tagName === 'TABLE') return el.querySelector('caption')?.textContent ?? '';
    if (el.tagName === 'FIELDSET') return el.querySelector(':scope > legend')?.textContent ?? '';
    if (el.tagName === 'INPUT') return (el as HTMLInputElement).value;
    return el.textContent ?? '';
  };
  const find = (t: SentTarget, root: ParentNode): Element | null => {
    let found: Element[];
    if ('role' in t) {
      const selector = [`[role="${t.role}"]`, IMPLICIT[t.role]].filter(Boolean).join(', ');
      found = [...root.querySelectorAll(selector)].filter(
        (el) =>
          (!el.hasAttribute('role') || el.getAttribute('role') === t.role) &&
          (t.name === undefined || matches(t.name, nameOf(el))) &&
          (t.level === undefined || el.tagName === `H${t.level}` || el.getAttribute('aria-level') === String(t.level)),
      );
    } else if ('label' in t) {
      found = [...root.querySelectorAll('input, select, textarea')].filter((el) => matches(t.label, labelsOf(el) || el.getAttribute('aria-label')));
    } else {
      const text = t.text;
      const has = (el: Element) => ('whole' in text ? collapse(el.textContent).includes(text.whole) : matches(text, el.textContent));
      // The innermost elements holding the text, as a user reads it.
      found = [...root.querySelectorAll('body *')].filter((el) => has(el) && ![...el.children].some(has));
    }
    return found.find(shown) ?? null;
  };
  const scope = target.within ? find(target.within, document) : document;
  return scope && find(target, scope);
}

/** The page expression that finds `target`, for a driver to evaluate. */
export const locateScript = (target: Target): string => `(${locateInPage.toString()})(${JSON.stringify(sendTarget(target))})`;

/** The page expression that calls `fn` with `args` (sent as JSON) and gives its result. */
export const callScript = (fn: (...args: never[]) => unknown, args: unknown[]): string => `(${fn.toString()})(...${JSON.stringify(args)})`;
