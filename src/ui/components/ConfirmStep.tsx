import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A consequential action behind an in-page question (GOV.UK warning text): one button opens the
 * question, which takes focus because that button is gone, then "Yes, …" or Cancel.
 * `onConfirm` resolves false when the action failed, which closes the question again.
 */
export function ConfirmStep(props: {
  openLabel: string;
  confirmLabel: string;
  warning: ComponentChildren;
  onConfirm: () => Promise<boolean>;
}) {
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  const confirm = async () => {
    if (!(await props.onConfirm())) setConfirming(false);
  };

  if (!confirming) {
    return (
      <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
        {props.openLabel}
      </button>
    );
  }
  return (
    <div class="settings-confirm" ref={questionRef} tabIndex={-1}>
      <p class="warning-text">{props.warning}</p>
      <div class="button-group">
        <button type="button" class="button button--warning" onClick={() => void confirm()}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
