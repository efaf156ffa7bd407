import { describe, expect, it } from 'vitest';
import { englishOfIssue } from '../../support/english';
import {
  assertEditable,
  firstVersionFields,
  isSigned,
  latestSignedVersions,
  latestVersions,
  nextVersionFields,
  SignatureSchema,
  SignedRecordLockedError,
  versionHistory,
  type Signature,
  type SignedVersionFields,
} from '@shared/records/signed-versions';

const typed: Signature = { method: 'typed', signedAt: '2026-03-04T10:15:00-05:00', signerName: 'Dana Reyes' };

interface Doc extends SignedVersionFields {
  body: string;
  tags: string[];
  revocation?: string | null;
}
const doc = (id: string, seriesId: string, version: number, signature: Signature | null = null, body = `v${version}`) => ({
  id,
  fields: { seriesId, version, signature, supersedes: null, body, tags: ['a'] } as Doc,
});

describe('signatures', () => {
  it('accept a typed signature', () => {
    expect(SignatureSchema.safeParse(typed).success).toBe(true);
  });

  it('need a witness when agreed out loud', () => {
    const result = SignatureSchema.safeParse({ ...typed, method: 'verbal-with-witness' });
    expect(result.error?.issues.map((issue) => ({ ...issue, message: englishOfIssue(issue) }))).toEqual([
      expect.objectContaining({ path: ['witnessName'], message: 'Add the name of the person who witnessed the spoken agreement.' }),
    ]);
    expect(SignatureSchema.safeParse({ ...typed, method: 'verbal-with-witness', witnessName: 'Sam Lee' }).success).toBe(true);
  });

  it('need the drawing when drawn, as a picture', () => {
    const missing = SignatureSchema.safeParse({ ...typed, method: 'drawn' });
    expect(missing.error?.issues.map(englishOfIssue)[0]).toBe('Draw the signature in the box, or choose another way to sign.');
    const notPicture = SignatureSchema.safeParse({ ...typed, method: 'drawn', drawing: 'javascript:alert(1)' });
    expect(notPicture.error?.issues.map(englishOfIssue)[0]).toBe("The drawn signature didn't save as a picture. Please draw it again.");
    expect(SignatureSchema.safeParse({ ...typed, method: 'drawn', drawing: 'data:image/png;base64,iVBORw0KGgo=' }).success).toBe(true);
  });

  it('need the signer and the time', () => {
    const result = SignatureSchema.safeParse({ method: 'typed', signedAt: 'yesterday', signerName: '' });
    expect(result.error?.issues.map(englishOfIssue)).toEqual([
      'Add the date and time this was signed.',
      'Add the name of the person signing.',
    ]);
  });
});

describe('signed means fixed', () => {
  it('an unsigned draft can be changed, and signed', () => {
    const draft = doc('r1', 's', 1).fields;
    expect(isSigned(draft)).toBe(false);
    expect(() => assertEditable(draft)).not.toThrow();
    expect(() => assertEditable(draft, { body: 'new', signature: typed })).not.toThrow();
  });

  it('a signed record is locked, and says why in plain words', () => {
    const signed = doc('r1', 's', 1, typed).fields;
    expect(isSigned(signed)).toBe(true);
    expect(() => assertEditable(signed)).toThrow(SignedRecordLockedError);
    expect(() => assertEditable(signed, { body: 'changed' })).toThrow(
      "This was signed on March 4, 2026, so it can't be changed. Make a new version instead; the signed one stays as it was.",
    );
    expect(() => assertEditable(signed, { signature: null })).toThrow(SignedRecordLockedError);
  });

  it('a signed record lets through saves that change nothing, and what happens after signing', () => {
    const signed = doc('r1', 's', 1, typed).fields;
    expect(() => assertEditable(signed, { body: 'v1', tags: ['a'], unused: undefined })).not.toThrow();
    expect(() => assertEditable(signed, { revocation: 'revoked' }, ['revocation'])).not.toThrow();
    expect(() => assertEditable(signed, { revocation: 'revoked', body: 'sneaky' }, ['revocation'])).toThrow(SignedRecordLockedError);
  });

  it('the next version copies the content, bumps the version, is unsigned and points back', () => {
    const previous = doc('r1', 'series-1', 1, typed);
    const next = nextVersionFields(previous);
    expect(next).toEqual({ seriesId: 'series-1', version: 2, signature: null, supersedes: 'r1', body: 'v1', tags: ['a'] });
    next.tags.push('b');
    expect(previous.fields.tags).toEqual(['a']);
  });

  it('the next version leaves out fields that belonged to the old one only', () => {
    const previous = { id: 'r1', fields: { ...doc('r1', 's', 1, typed).fields, revocation: 'revoked' } };
    expect(nextVersionFields(previous, ['revocation'])).not.toHaveProperty('revocation');
  });

  it('a first version gets a fresh random series', () => {
    const a = firstVersionFields();
    expect(a).toMatchObject({ version: 1, signature: null, supersedes: null });
    expect(a.seriesId).toMatch(/^[0-9a-f]{32}$/);
    expect(firstVersionFields().seriesId).not.toBe(a.seriesId);
  });
});

describe('versions of a document', () => {
  const records = [doc('a1', 'A', 1, typed), doc('b1', 'B', 1, typed), doc('a3', 'A', 3), doc('a2', 'A', 2, typed)];

  it('latest is the highest version of each series, drafts included', () => {
    expect(latestVersions(records).map((r) => r.id)).toEqual(['b1', 'a3']);
  });

  it('latest signed is what is in force while a newer draft waits', () => {
    expect(latestSignedVersions(records).map((r) => r.id)).toEqual(['b1', 'a2']);
  });

  it('history is one series, oldest first', () => {
    expect(versionHistory(records, 'A').map((r) => r.id)).toEqual(['a1', 'a2', 'a3']);
    expect(versionHistory(records, 'none')).toEqual([]);
  });

  it('two devices making the same version offline: the same one wins everywhere, signed first', () => {
    const draft = doc('x-draft', 'A', 4);
    const signed = doc('y-signed', 'A', 4, typed);
    expect(latestVersions([...records, draft, signed]).find((r) => r.fields.seriesId === 'A')?.id).toBe('y-signed');
    expect(latestVersions([signed, draft, ...records]).find((r) => r.fields.seriesId === 'A')?.id).toBe('y-signed');
    const other = doc('z-draft', 'A', 4);
    expect(latestVersions([other, draft]).map((r) => r.id)).toEqual(['z-draft']);
    expect(latestVersions([draft, other]).map((r) => r.id)).toEqual(['z-draft']);
  });
});
