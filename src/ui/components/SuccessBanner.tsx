import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

/**
 * GOV.UK success notification banner. After an action on the same page it takes focus, so
 * keyboard and screen reader users hear the outcome; a banner shown on arrival does not.
 * Give each new outcome its own `key` so a repeated message is announced again.
 */
export function SuccessBanner({ children, focus = false }: { children: ComponentChildren; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div class="notification" ref={ref} tabIndex={-1} role={focus ? 'alert' : 'region'} aria-labelledby={titleId}>
      <h2 class="notification__title" id={titleId}>
        Success
      </h2>
      <div class="notification__body">
        <p>
          <strong>{children}</strong>
        </p>
      </div>
    </div>
  );
}
