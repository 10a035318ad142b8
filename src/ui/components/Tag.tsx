import type { ComponentChildren } from 'preact';

export function Tag({ tone, children }: { tone?: string; children: ComponentChildren }) {
  return <strong class={`tag${tone ? ` tag--${tone}` : ''}`}>{children}</strong>;
}
