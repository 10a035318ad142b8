import { describe, expect, it } from 'vitest';
import { subjectAccessRecord } from '../../src/data/repositories/subject-access';
import { SECRETS, writeHousehold } from './vault-helpers';

describe('a subject access record', () => {
  it('holds every part of one household that says something about it, and none of the app’s own workings', async () => {
    const id = await writeHousehold();
    const other = await writeHousehold('Jo Worker');
    const record = (await subjectAccessRecord(id))!;
    const text = JSON.stringify(record);
    for (const secret of [...SECRETS.names, SECRETS.email, SECRETS.postcode, SECRETS.correctedAddress, SECRETS.note, SECRETS.chair, SECRETS.enquiryNote]) {
      expect(text).toContain(secret);
    }
    expect(record.parts.map((p) => p.table)).toEqual(expect.arrayContaining(['households', 'householdDetails', 'people', 'events', 'notes']));
    const fields = record.parts.flatMap((p) => p.rows.flatMap((r) => Object.keys(r)));
    for (const internal of ['searchKeys', 'nameKeys', 'revision', 'chainHash']) expect(fields).not.toContain(internal);
    expect(text).not.toContain(other);
    expect(await subjectAccessRecord('no-such-household')).toBeUndefined();
  });
});
