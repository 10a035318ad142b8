import { useEffect, useRef, useState } from 'preact/hooks';
import { closeOnEscape } from '../components/close-on-escape';
import type { SummaryError } from '../components/ErrorSummary';

/**
 * Pieces the household record's inline forms share (people, checks, assessment): a form that
 * opens in place of its button and hands focus back to that button when it closes. `escape` goes
 * on the form's container, so Escape closes it and keeps its draft.
 */
export function useDisclosure<T = true>() {
  const [open, setOpen] = useState<T | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && open === null) opener.current?.focus();
    wasOpen.current = open !== null;
  }, [open]);
  const hide = () => setOpen(null);
  return { open, show: (value: T) => setOpen(() => value), hide, opener, escape: closeOnEscape(hide) };
}

/** Field errors in the order the fields appear, each linked to its field's id. */
export function summaryErrors<K extends string>(
  errors: Partial<Record<K, string>>,
  order: readonly K[],
  idFor: (field: K) => string,
): SummaryError[] {
  return order.filter((f) => errors[f]).map((f) => ({ field: idFor(f), message: errors[f]! }));
}

export function FormButtons({ save, onCancel }: { save: string; onCancel: () => void }) {
  return (
    <div class="button-group">
      <button type="submit" class="button">
        {save}
      </button>
      <button type="button" class="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
