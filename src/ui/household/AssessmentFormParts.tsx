import { useEffect, useRef, useState } from 'preact/hooks';
import { closeOnEscape } from '../components/close-on-escape';
import type { SummaryError } from '../components/ErrorSummary';

/**
 * Pieces the household record's inline forms share (people, checks, assessment): a form that
 * opens in place of its button and hands focus back to that button when it closes. `panel` goes
 * on the form's container: Escape there closes it and keeps its draft.
 *
 * `show` is a person's own opening: focus moves to the form's first field, so a keyboard or screen
 * reader user lands in it rather than at the top of the page (the button they pressed is gone). As
 * the form closes, focus goes back to `from`, the button pressed, when it is still on the page, or
 * else to `opener`; unless something else took it meanwhile, such as a "saved" banner.
 * `reopen` is for a form opened again with its draft as the page opens: focus stays where it is.
 * The drafts are read as the page opens and may answer after a person has opened or closed the
 * form themselves: `reopen` then does nothing, so a form the person closed stays closed.
 */
export function useDisclosure<T = true>() {
  const [open, setOpen] = useState<T | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  const focusIn = useRef(false);
  const byPerson = useRef(false);
  const returnTo = useRef<HTMLElement | undefined>(undefined);
  useEffect(() => {
    // Cleared only once used: a press can come before the effect of the first render has run.
    if (open !== null && focusIn.current) {
      focusIn.current = false;
      firstField(container.current)?.focus();
    }
    const lost = !document.activeElement || document.activeElement === document.body;
    if (wasOpen.current && open === null && lost) (returnTo.current?.isConnected ? returnTo.current : opener.current)?.focus();
    wasOpen.current = open !== null;
  }, [open]);
  const hide = () => {
    byPerson.current = true;
    setOpen(null);
  };
  const set = (value: T, focus: boolean) => {
    focusIn.current = focus;
    setOpen(() => value);
  };
  return {
    open,
    show: (value: T, from?: HTMLElement) => {
      byPerson.current = true;
      returnTo.current = from;
      set(value, true);
    },
    reopen: (value: T) => byPerson.current || set(value, false),
    hide,
    opener,
    panel: { ref: (element: HTMLElement | null) => void (container.current = element), onKeyDown: closeOnEscape(hide) },
  };
}

/**
 * Where typing starts in a form: its first field, or else its first button. A first field that is a
 * radio button is its group's chosen one, where Tab would land, so an arrow key or Space does not
 * change the answer by surprise.
 */
function firstField(container: HTMLElement | null): HTMLElement | null {
  const first = container?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea') ?? container?.querySelector<HTMLElement>('button') ?? null;
  if (!(first instanceof HTMLInputElement) || first.type !== 'radio') return first;
  const group = [...container!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === first.name);
  return group.find((r) => r.checked) ?? first;
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
