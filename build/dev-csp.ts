import type { Plugin } from 'vite';

/**
 * The Content Security Policy in index.html holds for the built app only. The dev server puts each
 * stylesheet into a `<style>` element for hot reloading, which `style-src 'self'` rightly refuses.
 */
export function devWithoutCsp(): Plugin {
  return {
    name: 'dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}
