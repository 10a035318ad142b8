import type { ComponentChildren } from 'preact';
import { useDisclosure } from '../household/AssessmentFormParts';

/**
 * A section's form opens in place of its button, with focus in its first field; Escape closes it
 * as Cancel would, and focus goes back to the button when it closes.
 */
export function Opens({ label, children }: { label: string; children: (done: () => void) => ComponentChildren }) {
  const form = useDisclosure();
  return form.open ? (
    <div {...form.panel}>{children(form.hide)}</div>
  ) : (
    <button type="button" class="button button--secondary" ref={form.opener} onClick={() => form.show(true)}>
      {label}
    </button>
  );
}
