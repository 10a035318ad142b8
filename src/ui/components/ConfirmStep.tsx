import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Every destructive action goes behind this in-page question (GOV.UK warning text): one button
 * opens the question, which takes focus because that button is gone, then "Yes, …" or Cancel,
 * which gives focus back to the button. While the action runs both refuse a press, marked
 * aria-disabled rather than disabled so focus stays on the one pressed, and the "Yes" button says
 * so (`busyLabel`). `onConfirm` resolves false when the action failed, which closes
 * the question again; on success the caller usually unmounts it.
 */
export function ConfirmStep(props: {
  openLabel: ComponentChildren;
  /** The opening button's look: a plain button by default, a link in a table or a card. */
  openClass?: string;
  confirmLabel: ComponentChildren;
  busyLabel?: string;
  warning: ComponentChildren;
  onConfirm: () => Promise<boolean>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      if (!(await props.onConfirm())) setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    if (busy) return;
    returnFocus.current = true;
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button type="button" class={props.openClass ?? 'button button--secondary'} ref={openRef} onClick={() => setConfirming(true)}>
        {props.openLabel}
      </button>
    );
  }
  return (
    <div class="settings-confirm" ref={questionRef} tabIndex={-1}>
      <p class="warning-text">{props.warning}</p>
      <div class="button-group">
        <button type="button" class="button button--warning" aria-disabled={busy} onClick={() => void confirm()}>
          {busy && props.busyLabel ? props.busyLabel : props.confirmLabel}
        </button>
        <button type="button" class="button button--secondary" aria-disabled={busy} onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
