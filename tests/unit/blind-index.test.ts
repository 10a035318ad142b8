import { describe, expect, it } from 'vitest';
import { blindToken, blindTokens } from '../../src/data/crypto/blind-index';
import { createWrappedDataKey, unlockDataKey } from '../../src/data/crypto/keys';
import { blindSearchTokens } from '../../src/domain/blind-search-tokens';
import { duplicateKeys, searchTerm } from '../../src/domain/search-keys';

async function indexKey(wrapped?: Awaited<ReturnType<typeof createWrappedDataKey>>): Promise<CryptoKey> {
  const result = await unlockDataKey(wrapped ?? (await createWrappedDataKey('test passcode', 1_000)), 'test passcode');
  if (!result.ok) throw new Error(result.reason);
  return result.keys.index;
}

describe('the blind index', () => {
  it('gives the same short value for the same token every time, and after unlocking again', async () => {
    const wrapped = await createWrappedDataKey('test passcode', 1_000);
    const first = await blindToken(await indexKey(wrapped), 'samplewood');
    expect(await blindToken(await indexKey(wrapped), 'samplewood')).toBe(first);
    // 16 bytes as base64url: 22 characters an index can hold, with nothing of the name in them.
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('gives different values for different tokens, and for the same token under another data key', async () => {
    const key = await indexKey();
    expect(await blindToken(key, 'samplewood')).not.toBe(await blindToken(key, 'samplewooe'));
    expect(await blindToken(await indexKey(), 'samplewood')).not.toBe(await blindToken(key, 'samplewood'));
  });

  it('finds a household by what a person types, through hashes alone', async () => {
    const key = await indexKey();
    const stored = new Set(await blindTokens(key, blindSearchTokens({ names: ['Ann Samplewood'], postcode: 'B12 6XY' })));
    expect(stored.has(await blindToken(key, searchTerm('Sampl')))).toBe(true);
    expect(stored.has(await blindToken(key, searchTerm('b12 6')))).toBe(true);
    expect(stored.has(await blindToken(key, searchTerm('Smith')))).toBe(false);
  });

  it('finds a possible duplicate by hashed keys as it does by clear ones', async () => {
    const key = await indexKey();
    const a = await blindTokens(key, duplicateKeys({ names: ['Ann Sample'], email: 'ann@example.org' }));
    const b = await blindTokens(key, duplicateKeys({ names: ['Bo Other'], email: ' ANN@example.org ' }));
    expect(a.filter((k) => b.includes(k))).toHaveLength(1);
  });

  it('hashes each distinct token once', async () => {
    expect(await blindTokens(await indexKey(), ['ann', 'ann', 'bo'])).toHaveLength(2);
  });
});
