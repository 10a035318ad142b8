import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { NOT_FILLED_IN } from '../../src/domain/library/placeholders';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import { Markdown } from '../../src/ui/library/Markdown';

const SERVICE = { ...EMPTY_SERVICE_DETAILS, name: 'Exampleshire Fostering', dutyPhone: '01632960123' };
const draw = (source: string, title?: string) => render(<Markdown source={source} title={title} service={SERVICE} />);

describe('resource Markdown', () => {
  it('renders no script, image, frame or raw HTML from the content', () => {
    const { container } = draw(
      [
        '<script>alert("block")</script>',
        '',
        'Before <img src=x onerror="alert(1)"> after <b onclick="alert(2)">bold?</b>',
        '',
        '<iframe src="https://example.org"></iframe>',
        '',
        '<div style="position:fixed">covering div</div>',
        '',
        '[Click me](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD4=) and ![pic](https://example.org/x.png)',
      ].join('\n'),
    );
    expect(container.querySelector('script, img, iframe, b, .markdown div, [onclick], [onerror], [style]')).toBeNull();
    expect(container.innerHTML).not.toMatch(/javascript:|data:text/);
    expect(container.textContent).toContain('Before');
    expect(container.textContent).toContain('after');
    expect(container.textContent).not.toContain('alert("block")');
    expect(screen.getByText('Click me').closest('a')).toBeNull();
    expect(screen.getByText('pic')).toBeTruthy();
  });

  it('shows characters that look like markup as text', () => {
    const { container } = draw('Use 3 &lt; 4 &amp; `<script>` in code');
    expect(container.textContent).toBe('Use 3 < 4 & <script> in code');
    expect(container.querySelector('script')).toBeNull();
  });

  it('renders a table with column and row headers', () => {
    draw('| Age | Weekly |\n| --- | ---: |\n| 0 to 4 | £200 |\n| 5 to 10 | £230 |');
    expect(screen.getByRole('columnheader', { name: 'Age' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Weekly' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: '5 to 10' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '£230' })).toBeTruthy();
  });

  it('makes phone numbers tap-to-call, including the service number filled in', () => {
    draw('Call 999, or the duty line on {{service.dutyPhone}}, or 07700 900123.');
    expect(screen.getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999');
    expect(screen.getByRole('link', { name: '01632 960123' }).getAttribute('href')).toBe('tel:01632960123');
    expect(screen.getByRole('link', { name: '07700 900123' }).getAttribute('href')).toBe('tel:07700900123');
  });

  it('says plainly when the service has not filled a detail in', () => {
    draw('Out of hours: {{service.outOfHoursPhone}}.');
    expect(screen.getByText(NOT_FILLED_IN)).toBeTruthy();
  });

  it('links resource ids inside the library and lets https links open normally', () => {
    draw('See [Safer caring](safer-caring) and [the guidance](https://www.gov.uk/foster-carers) and [insecure](http://example.org).');
    expect(screen.getByRole('link', { name: 'Safer caring' }).getAttribute('href')).toBe('/library/safer-caring');
    expect(screen.getByRole('link', { name: 'the guidance' }).getAttribute('href')).toBe('https://www.gov.uk/foster-carers');
    expect(screen.queryByRole('link', { name: 'insecure' })).toBeNull();
  });

  it('drops the repeated title and keeps headings below the page h1, in order', () => {
    const { container } = draw('# A guide\n\nIntro\n\n## First\n\n### Detail\n\n## Second', 'A guide');
    expect(container.querySelector('h1')).toBeNull();
    expect([...container.querySelectorAll('h2, h3, h4')].map((h) => `${h.tagName}:${h.textContent}`)).toEqual([
      'H2:First',
      'H3:Detail',
      'H2:Second',
    ]);
  });

  it('renders lists, emphasis and quotes', () => {
    const { container } = draw('1. **Stay calm**\n2. Call *someone*\n\n> A carer said this');
    expect(container.querySelectorAll('ol li')).toHaveLength(2);
    expect(container.querySelector('strong')?.textContent).toBe('Stay calm');
    expect(container.querySelector('em')?.textContent).toBe('someone');
    expect(container.querySelector('blockquote')?.textContent).toBe('A carer said this');
  });
});
