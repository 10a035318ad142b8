import { useEffect, useRef } from 'preact/hooks';

/**
 * At the top of a form whose save failed for a reason no field explains (storage full, the app
 * updated in another tab): styled as the error summary and focused as it appears, so it is heard.
 */
export function SaveFailed({ message, id, title = 'Not saved' }: { message: string | undefined; id: string; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <h2 class="error-summary__title" id={`${id}-title`}>
        {title}
      </h2>
      <p>{message}</p>
    </div>
  );
}
