/**
 * Escape in a form that opened in place closes it as Cancel would, but keeps what was typed: the
 * form's draft is written as it closes and comes back when it is opened again. Escape meant for
 * something inside the form is left to it: a select (whose open list closes first) and a
 * confirmation question, which stays until answered.
 */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as Element).closest('select, .settings-confirm')) return;
    event.preventDefault();
    close();
  };
}
