import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { endOpenTransactions } from '../../src/data/page-leave';

describe('leaving a page for the back/forward cache', () => {
  it('ends a write still open, storing none of it, and the next reads and writes of its tables answer', async () => {
    const d = db();
    await d.vault.put({ key: 'kept', value: 1 });
    // A save still going on as the page is left: it keeps asking until it is ended.
    const saving = d.transaction('rw', d.vault, async () => {
      await d.vault.put({ key: 'half-saved', value: 2 });
      for (;;) await d.vault.get('kept');
    });
    await new Promise((r) => setTimeout(r, 20));

    expect(endOpenTransactions()).toBe(1);
    await expect(saving).rejects.toThrow();
    expect(await d.vault.get('half-saved')).toBeUndefined();
    expect((await d.vault.get('kept'))?.value).toBe(1);
    await d.vault.put({ key: 'after', value: 3 });
    expect((await d.vault.get('after'))?.value).toBe(3);
    // Finished transactions are forgotten once IndexedDB says they completed.
    await new Promise((r) => setTimeout(r, 20));
    expect(endOpenTransactions()).toBe(0);
  });
});
