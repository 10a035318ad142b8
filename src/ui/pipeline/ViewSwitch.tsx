/** Board | List: two views of the same households. */
export function ViewSwitch({ current }: { current: 'board' | 'list' }) {
  return (
    <nav class="view-switch" aria-label="Pipeline views">
      <a href="/pipeline" aria-current={current === 'board' ? 'page' : undefined}>
        Board
      </a>
      <a href="/households" aria-current={current === 'list' ? 'page' : undefined}>
        List
      </a>
    </nav>
  );
}
