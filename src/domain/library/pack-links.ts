import { Lexer, type Token, type Tokens } from 'marked';
import { linkTarget, strictEmail } from './links';

// Kept apart from ./links so the forms that check an email address do not load a Markdown reader.
/**
 * Whether every link in a Markdown text is one a service pack may carry: another resource or an
 * https page. A bare email address, which Markdown links itself, must be a strict address; a
 * written mailto:, tel: or any other scheme is refused. Returns the first link refused.
 */
export function refusedPackLink(source: string): string | undefined {
  let refused: string | undefined;
  const walk = (tokens: readonly Token[] | undefined) => {
    for (const t of tokens ?? []) {
      if (refused !== undefined) return;
      if (t.type === 'link') {
        const { href, text } = t as Tokens.Link;
        const bareEmail = href === `mailto:${text}`;
        const ok = bareEmail ? strictEmail(text) !== undefined : linkTarget(href)?.kind === 'resource' || linkTarget(href)?.kind === 'web';
        if (!ok) refused = href;
      }
      const nested = t as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
      walk(nested.tokens);
      walk(nested.items);
      nested.header?.forEach((cell) => walk(cell.tokens));
      nested.rows?.forEach((row) => row.forEach((cell) => walk(cell.tokens)));
    }
  };
  walk(new Lexer({ gfm: true }).lex(source));
  return refused;
}
