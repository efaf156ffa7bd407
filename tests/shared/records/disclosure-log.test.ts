import { describe, expect, it } from 'vitest';
import { english } from '../../support/english';
import {
  accountingOfDisclosures,
  checkDisclosure,
  DisclosureEntryFields,
  PART2_REDISCLOSURE_NOTICE,
  PART2_REDISCLOSURE_NOTICE_SHORT,
  type DisclosureEntryInput,
} from '@shared/records/disclosure-log';
import { HIPAA_REDISCLOSURE_STATEMENT } from '@shared/records/release';
import { draft, release } from './release-fixtures';

const TODAY = '2026-03-01';
const active = { id: 'rel-1', fields: release() };
const entry = (over: Partial<DisclosureEntryInput> = {}): Partial<DisclosureEntryInput> => ({
  whatWasShared: 'Dana has come to 8 of 9 peer support meetings since January.',
  sharedWith: 'Wake County Housing',
  purpose: 'Housing application',
  sharedOn: TODAY,
  method: 'phone',
  ...over,
});

describe('the §2.32 notice', () => {
  it("is the regulation's full statement, as amended in 2024", () => {
    expect(PART2_REDISCLOSURE_NOTICE).toMatch(
      /^This record which has been disclosed to you is protected by Federal confidentiality rules \(42 CFR part 2\)\. /,
    );
    expect(PART2_REDISCLOSURE_NOTICE).toContain(
      'in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient',
    );
    expect(PART2_REDISCLOSURE_NOTICE).toContain(
      'You are a covered entity or business associate and have received the record for treatment, payment, or health care operations',
    );
    expect(PART2_REDISCLOSURE_NOTICE).toMatch(
      /A general authorization for the release of medical or other information is NOT sufficient .* \(see 42 CFR 2\.31\)\.$/,
    );
    expect(PART2_REDISCLOSURE_NOTICE_SHORT).toBe('42 CFR part 2 prohibits unauthorized use or disclosure of these records.');
  });

  it('is attached to an entry by default', () => {
    const parsed = DisclosureEntryFields.parse({ ...entry(), releaseId: 'rel-1', releaseVersion: 1 });
    expect(parsed.notice).toBe(PART2_REDISCLOSURE_NOTICE);
  });
});

describe('checking a disclosure before sharing', () => {
  it('refuses with no release chosen', () => {
    expect(english(checkDisclosure(entry(), null, TODAY))).toEqual({
      ok: false,
      reason: 'Choose the release that allows this sharing. Without an active release, nothing can be shared.',
    });
  });

  it('refuses under a draft release', () => {
    expect(english(checkDisclosure(entry(), { id: 'rel-1', fields: draft() }, TODAY))).toEqual({
      ok: false,
      reason: "This release isn't finished and signed yet, so nothing can be shared under it.",
    });
  });

  it('refuses under an expired release, saying when it ended', () => {
    const ended = { id: 'rel-1', fields: release({ expiration: { kind: 'date', date: '2026-02-15' } }) };
    expect(english(checkDisclosure(entry(), ended, TODAY))).toEqual({
      ok: false,
      reason: 'This release ended on February 15, 2026. If Dana Reyes wants to keep sharing, make a new one together.',
    });
  });

  it('refuses under a revoked release, saying when', () => {
    const revoked = {
      id: 'rel-1',
      fields: { ...release(), revocation: { revokedOn: '2026-02-20', receivedHow: 'verbally', notes: 'Called the office' } },
    };
    expect(english(checkDisclosure(entry(), revoked, TODAY))).toEqual({
      ok: false,
      reason: 'Dana Reyes took this release back on February 20, 2026. Nothing more can be shared under it.',
    });
  });

  it('refuses a recipient the release does not name', () => {
    expect(english(checkDisclosure(entry({ sharedWith: 'Wake County Sheriff' }), active, TODAY))).toEqual({
      ok: false,
      reason: "This release doesn't name Wake County Sheriff as someone who may receive information.",
    });
  });

  it('refuses a purpose the release is not for', () => {
    expect(english(checkDisclosure(entry({ purpose: 'Probation check-in' }), active, TODAY))).toEqual({
      ok: false,
      reason: 'This release is for “Housing application”, not for “Probation check-in”. Sharing for another reason needs its own release.',
    });
  });

  it('refuses a mismatched release link and a date still to come', () => {
    expect(english(checkDisclosure(entry({ releaseId: 'other' }), active, TODAY)).ok).toBe(false);
    expect(english(checkDisclosure(entry({ sharedOn: '2026-03-02' }), active, TODAY))).toEqual({
      ok: false,
      reason: 'The date shared, March 2, 2026, is still to come. Log it on the day you share.',
    });
  });

  it('refuses an incomplete entry with its plain message', () => {
    expect(english(checkDisclosure(entry({ whatWasShared: ' ' }), active, TODAY))).toEqual({
      ok: false,
      reason: 'Write down what was shared.',
    });
  });

  it('accepts a covering active release, linking the exact version, with the §2.32 notice and the scope attached', () => {
    const result = checkDisclosure(entry({ sharedWith: 'wake county  housing', notice: 'something else' }), active, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry).toMatchObject({
      releaseId: 'rel-1',
      releaseVersion: 1,
      notice: PART2_REDISCLOSURE_NOTICE,
      sharedWith: 'wake county  housing',
    });
    expect(result.entry.consentScope).toMatch(/^Dana Reyes agreed to share this information: Attendance and progress in peer support\./);
    expect(DisclosureEntryFields.safeParse(result.entry).success).toBe(true);
  });

  it('accepts a recipient within a general designation, when the peer says so', () => {
    const tpo = {
      id: 'rel-2',
      fields: release({
        isTpoConsent: true,
        recipients: [{ name: 'My treating providers', isGeneralDesignation: true }],
        purpose: 'For treatment, payment, and health care operations',
        hipaaRedisclosureStatement: HIPAA_REDISCLOSURE_STATEMENT,
      }),
    };
    const toClinic = entry({ sharedWith: 'Dr. Lee, Oak Street Clinic', purpose: 'For treatment, payment, and health care operations' });
    expect(english(checkDisclosure(toClinic, tpo, TODAY)).ok).toBe(false);
    expect(english(checkDisclosure({ ...toClinic, sharedWithinDesignation: 'My treating providers' }, tpo, TODAY)).ok).toBe(true);
  });
});

describe('the accounting of disclosures', () => {
  const logged = (id: string, sharedOn: string) => ({
    id,
    fields: DisclosureEntryFields.parse({ ...entry({ sharedOn }), releaseId: 'rel-1', releaseVersion: 1 }),
  });
  const entries = [logged('a', '2026-01-05'), logged('b', '2026-02-20'), logged('c', '2025-12-01'), logged('d', '2026-02-20')];

  it('lists newest first, keeping same-day entries in the order logged', () => {
    expect(accountingOfDisclosures(entries).map((e) => e.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('can be limited to a period', () => {
    expect(accountingOfDisclosures(entries, { from: '2026-01-01' }).map((e) => e.id)).toEqual(['b', 'd', 'a']);
    expect(accountingOfDisclosures(entries, { from: '2026-01-01', to: '2026-01-31' }).map((e) => e.id)).toEqual(['a']);
  });
});
