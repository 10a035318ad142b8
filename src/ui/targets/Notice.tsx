import { useEffect, useRef } from 'preact/hooks';

export interface NoticeMessage {
  tone: 'success' | 'warning';
  text: string;
  /** When it was raised; a new value is a new message to announce. */
  at: number;
}

/** The outcome of an action on the page, focused so keyboard and screen reader users hear it. */
export function Notice({ message }: { message: NoticeMessage }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const title = message.tone === 'success' ? 'Done' : 'Important';
  return (
    <div
      class={`notification${message.tone === 'warning' ? ' notification--warning' : ''}`}
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="targets-notice-title"
    >
      <h2 class="notification__title" id="targets-notice-title">
        {title}
      </h2>
      <div class="notification__body">
        <p>{message.text}</p>
      </div>
    </div>
  );
}
