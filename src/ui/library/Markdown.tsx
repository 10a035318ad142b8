import { Lexer, type Token, type Tokens } from 'marked';
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { linkTarget } from '../../domain/library/links';
import { phoneSegments } from '../../domain/library/phone';
import { placeholderSegments } from '../../domain/library/placeholders';
import type { ServiceDetails } from '../../domain/service-details';
import { foldText } from '../../domain/search-keys';
import { decodeEntities } from './entities';

/**
 * Resource Markdown drawn as Preact elements from marked's tokens; marked's own HTML output is
 * never used. Raw HTML in the content is dropped, so nothing in a resource file can run script,
 * load an image or style the page. Only resource ids, https pages and plain email addresses become links.
 */
export function Markdown({ source, title, service }: { source: string; title?: string; service: ServiceDetails }) {
  const tokens = useMemo(() => withoutRepeatedTitle(new Lexer({ gfm: true }).lex(source), title), [source, title]);
  const ctx: Context = { service, shift: headingShift(tokens), inLink: false };
  return <div class="markdown">{blocks(tokens, ctx)}</div>;
}

interface Context {
  service: ServiceDetails;
  /** Added to each heading depth so the body's top headings are h2 under the page's h1. */
  shift: number;
  /** Inside a link, phone numbers stay text: a link cannot hold another link. */
  inLink: boolean;
}

/** Resource files repeat their title as a `#` heading; the page already shows it as the h1. */
function withoutRepeatedTitle(tokens: Token[], title: string | undefined): Token[] {
  const first = tokens.findIndex((t) => t.type !== 'space');
  const t = tokens[first];
  if (title && t?.type === 'heading' && (t as Tokens.Heading).depth === 1 && foldText(t.text.trim()) === foldText(title.trim())) {
    return tokens.filter((_, i) => i !== first);
  }
  return tokens;
}

function headingShift(tokens: Token[]): number {
  const depths = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => t.depth);
  return depths.length ? 2 - Math.min(...depths) : 0;
}

function blocks(tokens: Token[], ctx: Context): ComponentChildren[] {
  return tokens.map((t, i) => block(t, i, ctx));
}

function block(t: Token, key: number, ctx: Context): ComponentChildren {
  switch (t.type) {
    case 'heading': {
      const level = Math.min(6, Math.max(2, (t as Tokens.Heading).depth + ctx.shift));
      const Tag = `h${level}` as 'h2';
      return <Tag key={key}>{inline((t as Tokens.Heading).tokens, ctx)}</Tag>;
    }
    case 'paragraph':
      return <p key={key}>{inline((t as Tokens.Paragraph).tokens, ctx)}</p>;
    case 'text': {
      const text = t as Tokens.Text;
      return <span key={key}>{text.tokens ? inline(text.tokens, ctx) : leafText(text.text, ctx)}</span>;
    }
    case 'list':
      return list(t as Tokens.List, key, ctx);
    case 'table':
      return table(t as Tokens.Table, key, ctx);
    case 'blockquote':
      return <blockquote key={key}>{blocks((t as Tokens.Blockquote).tokens, ctx)}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{(t as Tokens.Code).text}</code>
        </pre>
      );
    case 'hr':
      return <hr key={key} />;
    default:
      // html, def, space and anything a later marked adds: nothing from them reaches the page.
      return null;
  }
}

function list(t: Tokens.List, key: number, ctx: Context) {
  const items = t.items.map((item, i) => <li key={i}>{blocks(item.tokens, ctx)}</li>);
  if (t.ordered) {
    return (
      <ol key={key} class="list list--number" start={typeof t.start === 'number' && t.start !== 1 ? t.start : undefined}>
        {items}
      </ol>
    );
  }
  return (
    <ul key={key} class="list list--bullet">
      {items}
    </ul>
  );
}

function table(t: Tokens.Table, key: number, ctx: Context) {
  const align = (a: Tokens.TableCell['align']) => (a ? `text-align: ${a}` : undefined);
  return (
    <div key={key} class="table-wrap">
      <table class="table">
        <thead>
          <tr>
            {t.header.map((cell, i) => (
              <th key={i} scope="col" style={align(cell.align)}>
                {inline(cell.tokens, ctx)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" style={align(cell.align)}>
                    {inline(cell.tokens, ctx)}
                  </th>
                ) : (
                  <td key={i} style={align(cell.align)}>
                    {inline(cell.tokens, ctx)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function inline(tokens: Token[] | undefined, ctx: Context): ComponentChildren[] {
  return (tokens ?? []).map((t, key) => {
    switch (t.type) {
      case 'text': {
        const text = t as Tokens.Text;
        return <span key={key}>{text.tokens ? inline(text.tokens, ctx) : leafText(text.text, ctx)}</span>;
      }
      case 'escape':
        return decodeEntities((t as Tokens.Escape).text);
      case 'strong':
        return <strong key={key}>{inline((t as Tokens.Strong).tokens, ctx)}</strong>;
      case 'em':
        return <em key={key}>{inline((t as Tokens.Em).tokens, ctx)}</em>;
      case 'del':
        return <del key={key}>{inline((t as Tokens.Del).tokens, ctx)}</del>;
      case 'codespan':
        return <code key={key}>{decodeEntities((t as Tokens.Codespan).text)}</code>;
      case 'br':
        return <br key={key} />;
      case 'link':
        return link(t as Tokens.Link, key, ctx);
      case 'image':
        // Images would load from anywhere; the description stands in for them.
        return decodeEntities((t as Tokens.Image).text);
      default:
        return null;
    }
  });
}

function link(t: Tokens.Link, key: number, ctx: Context) {
  const children = inline(t.tokens, { ...ctx, inLink: true });
  const href = safeHref(t.href);
  if (!href) return <span key={key}>{children}</span>;
  return (
    <a key={key} href={href}>
      {children}
    </a>
  );
}

/** Where a content link may go (see `linkTarget`); anything else is shown as text. */
function safeHref(raw: string): string | undefined {
  const target = linkTarget(raw);
  if (!target) return undefined;
  return target.kind === 'resource' ? `/library/${target.id}` : target.href;
}

/** Plain text: entities decoded, the service's details filled in, phone numbers made tap-to-call. */
function leafText(raw: string, ctx: Context): ComponentChildren[] {
  return placeholderSegments(decodeEntities(raw), ctx.service).map((seg, i) => {
    if (seg.kind === 'value' && seg.missing) {
      return (
        <em key={i} class="not-filled-in">
          {seg.text}
        </em>
      );
    }
    if (seg.kind === 'value' && seg.field === 'service.email' && !ctx.inLink) {
      return (
        <a key={i} href={`mailto:${seg.text}`}>
          {seg.text}
        </a>
      );
    }
    return <PhoneText key={i} text={seg.text} linked={!ctx.inLink} />;
  });
}

function PhoneText({ text, linked = true }: { text: string; linked?: boolean }) {
  if (!linked) return <>{text}</>;
  return (
    <>
      {phoneSegments(text).map((s, i) =>
        s.kind === 'phone' ? (
          <a key={i} class="tel-link" href={`tel:${s.tel}`}>
            {s.text}
          </a>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
