import { beforeAll, describe, expect, it } from 'vitest';
import { isSealed, openValue, sealValue } from '../../src/data/crypto/field-cipher';
import { openRecord, sealRecord, SEALED_FIELD } from '../../src/data/crypto/sealed-record';
import { createWrappedDataKey, unlockDataKey } from '../../src/data/crypto/keys';

let key: CryptoKey;
let otherKey: CryptoKey;

async function dataKey(): Promise<CryptoKey> {
  const result = await unlockDataKey(await createWrappedDataKey('test passcode', 1_000), 'test passcode');
  if (!result.ok) throw new Error(result.reason);
  return result.keys.data;
}

beforeAll(async () => {
  key = await dataKey();
  otherKey = await dataKey();
});

const text = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);

describe('one sealed value', () => {
  it('round-trips any JSON value in a small versioned shape of ArrayBuffers', async () => {
    for (const value of ['Ann Sample', 42, null, true, { name: 'Bo', dob: '1990-01-01' }, ['a', { b: [1, 2] }]]) {
      const sealed = await sealValue(key, value);
      expect(isSealed(sealed)).toBe(true);
      expect(sealed.iv.byteLength).toBe(12);
      expect(await openValue(key, sealed)).toEqual(value);
    }
  });

  it('does not contain the text it hides, and differs each time the same value is sealed', async () => {
    const a = await sealValue(key, 'Ann Samplewood');
    const b = await sealValue(key, 'Ann Samplewood');
    expect(text(a.ct)).not.toContain('Samplewood');
    expect(new Uint8Array(a.iv)).not.toEqual(new Uint8Array(b.iv));
    expect(new Uint8Array(a.ct)).not.toEqual(new Uint8Array(b.ct));
  });

  it('does not open with another key, with altered bytes, or on another record', async () => {
    const sealed = await sealValue(key, 'note text', 'notes/n1');
    await expect(openValue(otherKey, sealed, 'notes/n1')).rejects.toThrow('could not be opened');
    await expect(openValue(key, sealed, 'notes/n2')).rejects.toThrow('could not be opened');
    const altered = new Uint8Array(sealed.ct.slice(0));
    altered[0]! ^= 1;
    await expect(openValue(key, { ...sealed, ct: altered.buffer }, 'notes/n1')).rejects.toThrow('could not be opened');
  });
});

describe('a record with its sensitive fields sealed', () => {
  const household = {
    id: 'h1',
    stage: 'stage2',
    listNames: 'Ann Sample and Bo Sample',
    assessment: { applicationOn: '2026-03-02', panel: { panelOn: '2026-10-01', chair: 'Pat Chairperson' }, training: [] },
  };
  const paths = ['listNames', 'listPostcode', 'assessment.panel.chair', 'assessment.decision'];

  it('keeps what the indexes need in clear and nothing it hides', async () => {
    const stored = await sealRecord(key, household, paths, 'households/h1');
    expect(stored).toMatchObject({ id: 'h1', stage: 'stage2', assessment: { applicationOn: '2026-03-02', panel: { panelOn: '2026-10-01' } } });
    expect(stored).not.toHaveProperty('listNames');
    expect(stored).not.toHaveProperty('assessment.panel.chair');
    expect(isSealed(stored[SEALED_FIELD])).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(/Sample|Chairperson/);
  });

  it('opens to exactly the record sealed, with absent fields still absent, and leaves the original alone', async () => {
    const original = structuredClone(household);
    const opened = await openRecord(key, await sealRecord(key, household, paths, 'households/h1'), 'households/h1');
    expect(opened).toEqual(household);
    expect(opened).not.toHaveProperty('listPostcode');
    expect(household).toEqual(original);
  });

  it('survives being stored: structured cloning keeps the sealed buffers', async () => {
    const stored = structuredClone(await sealRecord(key, household, paths, 'households/h1'));
    expect(await openRecord(key, stored, 'households/h1')).toEqual(household);
  });

  it('leaves a record with nothing to hide as it is, and reads one written before encryption as it is', async () => {
    const plain = { id: 'h2', stage: 'enquiry' };
    expect(await sealRecord(key, plain, paths, 'households/h2')).toEqual(plain);
    expect(await openRecord(key, household, 'households/h1')).toEqual(household);
  });

  it('does not open as another record', async () => {
    const stored = await sealRecord(key, household, paths, 'households/h1');
    await expect(openRecord(key, stored, 'households/h9')).rejects.toThrow('could not be opened');
  });
});
