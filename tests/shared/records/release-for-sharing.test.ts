import { describe, expect, it } from 'vitest';
import { findReleaseForSharing, PART2_REDISCLOSURE_NOTICE, type SharingRequest } from '@shared/records/disclosure-log';
import type { ReleaseFields } from '@shared/records/release';
import { release } from './release-fixtures';
import { english } from '../../support/english';

const TODAY = '2026-03-10';
const request: SharingRequest = {
  sharedWith: 'Wake County Housing',
  purpose: 'Housing application',
  whatWasShared: "Dana's record (FHIR file)",
  informationCovered: true,
  sharedOn: TODAY,
  method: 'electronic',
};
const as = (fields: ReleaseFields, id = 'rel-1') => ({ id, fields });

describe('sharing a file about a person only under a release', () => {
  it('finds the active release naming the recipient and covering the purpose, with the log entry ready', () => {
    const found = findReleaseForSharing(request, [as(release({ recipients: [{ name: 'Someone else' }] }), 'other'), as(release())], TODAY);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.release.id).toBe('rel-1');
    expect(found.entry).toMatchObject({
      sharedWith: 'Wake County Housing',
      releaseId: 'rel-1',
      releaseVersion: 1,
      method: 'electronic',
      notice: PART2_REDISCLOSURE_NOTICE,
    });
    expect(found.entry.consentScope).toContain('Attendance and progress in peer support');
  });

  it('refuses when there is no release at all', () => {
    expect(english(findReleaseForSharing(request, [], TODAY))).toEqual({
      ok: false,
      reason: expect.stringMatching(/release/i),
    });
  });

  it('refuses under an expired release, saying when it ended', () => {
    const expired = release({ expiration: { kind: 'date', date: '2026-03-01' } });
    expect(english(findReleaseForSharing(request, [as(expired)], TODAY))).toEqual({
      ok: false,
      reason: 'This release ended on March 1, 2026. If Dana Reyes wants to keep sharing, make a new one together.',
    });
  });

  it('refuses under a revoked release, and the revocation is what it says even when another release is newer', () => {
    const revoked = release({ revocation: { revokedOn: '2026-03-05', receivedHow: 'in writing', notes: '' } });
    const forSomeoneElse = release({ recipients: [{ name: 'Legal Aid' }] });
    expect(english(findReleaseForSharing(request, [as(forSomeoneElse, 'other'), as(revoked)], TODAY))).toEqual({
      ok: false,
      reason: 'Dana Reyes took this release back on March 5, 2026. Nothing more can be shared under it.',
    });
  });

  it('refuses a recipient the release does not name, and a purpose it does not cover', () => {
    const other = findReleaseForSharing({ ...request, sharedWith: 'The Daily News' }, [as(release())], TODAY);
    expect(english(other)).toMatchObject({ ok: false, reason: expect.stringContaining('The Daily News') });
    const purpose = findReleaseForSharing({ ...request, purpose: 'Job application' }, [as(release())], TODAY);
    expect(english(purpose)).toMatchObject({ ok: false, reason: expect.stringContaining('Job application') });
  });

  it("refuses until the peer confirms the release covers what is being sent, quoting the release's words", () => {
    expect(english(findReleaseForSharing({ ...request, informationCovered: false }, [as(release())], TODAY))).toEqual({
      ok: false,
      reason:
        'This release allows sharing only this: "Attendance and progress in peer support". Check that what you are sending is within it, and say so, or make a new release together.',
    });
  });
});
