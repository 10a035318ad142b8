import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpsLink, strictEmail } from '../../src/domain/library/links';
import { refusedPackLink } from '../../src/domain/library/pack-links';

/** Strings built from the pieces that make addresses dangerous, so the properties meet them often. */
const risky = fc
  .array(fc.constantFrom('a', 'Z', '0', '.', '-', '_', '+', "'", '@', '?', '&', '=', '%0a', '%0A', ' ', ',', ';', ':', '/', '#', 'bcc', 'example.org', 'https://', 'http://', 'mailto:', 'javascript:', 'tel:', '\n', '\t'), { maxLength: 14 })
  .map((parts) => parts.join(''));

describe('strict email addresses', () => {
  it('accepts a plain address', () => {
    expect(strictEmail(' duty@example.org ')).toBe('duty@example.org');
    expect(strictEmail("pat.o'neill+fostering@council.example.gov.uk")).toBe("pat.o'neill+fostering@council.example.gov.uk");
  });

  it.each(['duty@example.org?bcc=someone@example.net', 'duty@example.org&cc=x@example.net', 'duty@example.org%0abcc:x@example.net', 'a b@example.org', 'duty@example.org,other@example.org', 'duty@example', 'mailto:duty@example.org'])(
    'refuses %s',
    (email) => expect(strictEmail(email)).toBeUndefined(),
  );

  it('never accepts an address holding ?, &, %0a, a space or a comma', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.string()), (input) => {
        const email = strictEmail(input);
        if (email === undefined) return;
        expect(email).not.toMatch(/[?&\s,]|%0a/i);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('links', () => {
  it('accepts https pages only', () => {
    expect(httpsLink('https://www.gov.uk/foster-carers')).toBe('https://www.gov.uk/foster-carers');
    for (const href of ['http://example.org', 'javascript:alert(1)', 'mailto:a@example.org', 'tel:01632960123', 'data:text/html,x', '//example.org', 'https://user:pw@example.org', 'https:///path'])
      expect(httpsLink(href), href).toBeUndefined();
  });

  it('never accepts a link with a scheme other than https', () => {
    fc.assert(
      fc.property(fc.oneof(risky, fc.webUrl(), fc.string()), (input) => {
        const href = httpsLink(input);
        if (href === undefined) return;
        expect(new URL(href).protocol).toBe('https:');
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the first link a service pack may not carry, in any part of the text', () => {
    expect(refusedPackLink('See [the guide](https://www.gov.uk/x), [emergencies](emergency) or write to duty@example.org.')).toBeUndefined();
    expect(refusedPackLink('| a |\n| - |\n| [form](http://example.org/form) |')).toBe('http://example.org/form');
    expect(refusedPackLink('- [write](mailto:duty@example.org?bcc=x@example.net)')).toBe('mailto:duty@example.org?bcc=x@example.net');
    expect(refusedPackLink('[call us](tel:01632960123)')).toBe('tel:01632960123');
    expect(refusedPackLink('> [click](javascript:alert(1))')).toBe('javascript:alert(1)');
  });
});
