import { RESOURCE_ID } from './resource';

/**
 * Addresses a service pack or a resource may hold, kept strict because a pack is a file anyone can
 * write: an address must only ever reach the person it names, and a link only a secure web page.
 */

/** Letters, digits and `. _ + ' -` before the @; labels of letters, digits and hyphens after. */
const STRICT_EMAIL = /^[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/**
 * The address alone, or nothing: no query (`?bcc=`, `&cc=`), no encoded line breaks, no spaces,
 * no second address after a comma. Such an address is refused, never trimmed into shape.
 */
export function strictEmail(input: string): string | undefined {
  const email = input.trim();
  return email.length <= 254 && STRICT_EMAIL.test(email) ? email : undefined;
}

/** An https address with a host and no user name or password in it; nothing else is a web link. */
export function httpsLink(input: string): string | undefined {
  const href = input.trim();
  if (!/^https:\/\/[^\s/?#]/i.test(href) || /[\s\u0000-\u001f\u007f"<>\\`]/.test(href)) return undefined;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && url.hostname && !url.username && !url.password ? href : undefined;
  } catch {
    return undefined;
  }
}

export type LinkTarget = { kind: 'resource'; id: string } | { kind: 'web'; href: string } | { kind: 'email'; href: string };

/**
 * Where a link in a resource may go: another resource, a secure web page, or an email address
 * written as plain text (Markdown makes it a mailto: link). Anything else is shown as text.
 */
export function linkTarget(raw: string): LinkTarget | undefined {
  const href = raw.trim();
  const id = href.replace(/^\.\//, '').replace(/\.md$/, '');
  if (RESOURCE_ID.test(id)) return { kind: 'resource', id };
  const web = httpsLink(href);
  if (web) return { kind: 'web', href: web };
  const mail = /^mailto:(.*)$/i.exec(href);
  const email = mail ? strictEmail(mail[1] ?? '') : undefined;
  return email ? { kind: 'email', href: `mailto:${email}` } : undefined;
}
