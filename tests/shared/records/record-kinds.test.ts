import { describe, expect, it } from 'vitest';
import { fieldsOpenAfterSigning, isKnownKind, recordKinds } from '@shared/records/record-kinds';

describe('record kinds', () => {
  it("include every kind of a peer's work, and still person", () => {
    const kinds = [
      'person',
      'agreement',
      'confidentiality-disclosure',
      'release',
      'disclosure',
      'crisis-event',
      'recovery-plan',
      'wellness-plan',
      'goal-progress',
      'barc10',
      'service-note',
      'note-addendum',
      'task',
      'resource',
      'referral',
      'peer-profile',
    ];
    expect(Object.keys(recordKinds)).toEqual(expect.arrayContaining(kinds));
    for (const kind of kinds) expect(isKnownKind(kind)).toBe(true);
  });

  it('give each kind a schema that explains itself when fields are missing', () => {
    for (const kind of [
      'agreement',
      'confidentiality-disclosure',
      'disclosure',
      'crisis-event',
      'goal-progress',
      'barc10',
      'service-note',
      'note-addendum',
      'task',
      'resource',
      'referral',
    ] as const) {
      const result = recordKinds[kind].fields.safeParse({ seriesId: 's' });
      expect(result.success).toBe(false);
      expect(result.error?.issues.every((issue) => issue.message.length > 10)).toBe(true);
    }
    // A release may be saved half-written: its schema checks shape; missingElements says what is left.
    expect(recordKinds.release.fields.safeParse({ seriesId: 's' }).success).toBe(true);
    // So may the person's plans: recoveryPlanMissing and wellnessPlanMissing say what is left.
    expect(recordKinds['recovery-plan'].fields.safeParse({ seriesId: 's' }).success).toBe(true);
    expect(recordKinds['wellness-plan'].fields.safeParse({ seriesId: 's' }).success).toBe(true);
  });

  it("let a signed recovery plan take only the peer's and supervisor's signatures", () => {
    expect(fieldsOpenAfterSigning('recovery-plan')).toEqual(['peerSignature', 'supervisorSignature']);
    expect(fieldsOpenAfterSigning('wellness-plan')).toEqual([]);
  });
});
