/**
 * Parsing JSON gives every string value its own copy: a household's id repeated in each of its
 * timeline entries, the same person and the same revision in every record they touched, each held
 * again. A backup is held whole between its check and its restore or merge, so those copies were
 * most of its weight; one shared copy of each repeated value keeps it near the file's own size.
 */

/** Strings longer than this are rarely repeated (notes, summaries typed by hand) and are kept as they come. */
const LONGEST = 64;

/** Short strings JSON.parse already shares, so looking them up would cost more than it saves. */
const SHORTEST = 11;

export class StringPool {
  private readonly seen = new Map<string, string>();

  /**
   * Replaces the repeated strings in a parsed row, and in the objects and lists inside it, with
   * the copy seen first. The row's own `id` is left out: it is unique, so pooling it only costs.
   */
  row(row: Record<string, unknown>): void {
    this.fields(row, 'id');
  }

  /**
   * Puts back only strings, each equal to the one it replaces. (A parsed "__proto__" key is an own
   * field; assigning a string to it is ignored, so it keeps its own copy and nothing else changes.)
   */
  private fields(object: Record<string, unknown>, skip?: string): void {
    for (const key of Object.keys(object)) {
      if (key === skip) continue;
      const value = object[key];
      if (typeof value === 'string') object[key] = this.text(value);
      else if (value !== null && typeof value === 'object') this.fields(value as Record<string, unknown>);
    }
  }

  private text(value: string): string {
    if (value.length < SHORTEST || value.length > LONGEST) return value;
    const known = this.seen.get(value);
    if (known !== undefined) return known;
    this.seen.set(value, value);
    return value;
  }
}
