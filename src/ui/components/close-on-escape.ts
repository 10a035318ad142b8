/**
 * Escape in a form that opened in place closes it as Cancel would, but keeps what was typed: the
 * form's draft is written as it closes and comes back when it is opened again. A confirmation
 * question inside the form keeps Escape, and stays until answered. A select does not: while its
 * list is open the browser closes the list and the page never hears the key, and many forms start
 * on a select, where keeping Escape from them left it closing nothing.
 */
export function closeOnEscape(close: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.target as Element).closest('.settings-confirm')) return;
    event.preventDefault();
    close();
  };
}
