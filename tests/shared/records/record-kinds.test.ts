import { describe, expect, it } from 'vitest';
import { isKnownKind, recordKinds } from '@shared/records/record-kinds';

describe('record kinds', () => {
  it('include the peer relationship and confidentiality kinds, and still person', () => {
    const kinds = ['person', 'agreement', 'confidentiality-disclosure', 'release', 'disclosure', 'crisis-event'];
    expect(Object.keys(recordKinds)).toEqual(expect.arrayContaining(kinds));
    for (const kind of kinds) expect(isKnownKind(kind)).toBe(true);
  });

  it('give each kind a schema that explains itself when fields are missing', () => {
    for (const kind of ['agreement', 'confidentiality-disclosure', 'disclosure', 'crisis-event'] as const) {
      const result = recordKinds[kind].fields.safeParse({ seriesId: 's' });
      expect(result.success).toBe(false);
      expect(result.error?.issues.every((issue) => issue.message.length > 10)).toBe(true);
    }
    // A release may be saved half-written: its schema checks shape; missingElements says what is left.
    expect(recordKinds.release.fields.safeParse({ seriesId: 's' }).success).toBe(true);
  });
});
