import { describe, expect, it } from 'vitest';
import { english, englishOfIssue } from '../../support/english';
import {
  assertReleaseEditable,
  canActivate,
  HIPAA_REDISCLOSURE_STATEMENT,
  missingBeforeSigning,
  missingElements,
  nextReleaseVersion,
  PATIENT_REQUEST_PURPOSE,
  releaseCovers,
  releaseEndsOn,
  ReleaseFields,
  releaseScopeSummary,
  releasesExpiringWithin,
  releaseStatus,
  RevocationIsFinalError,
  type ReleaseFields as ReleaseFieldsType,
} from '@shared/records/release';
import { SignedRecordLockedError } from '@shared/records/signed-versions';
import { completeInput, draft, release, signed } from './release-fixtures';

const TODAY = '2026-03-01';
const onlyElement = (fields: ReleaseFieldsType) => {
  const missing = english(missingElements(fields));
  expect(missing).toHaveLength(1);
  return missing[0]!;
};

describe('the nine §2.31 elements', () => {
  it('a complete, signed release is missing nothing', () => {
    expect(english(missingElements(release()))).toEqual([]);
    expect(canActivate(release())).toEqual({ ok: true });
  });

  it('a blank release lists every element, each once, in order', () => {
    const blank = ReleaseFields.parse({ seriesId: 's', isTpoConsent: true });
    expect(english(missingElements(blank)).map((m) => m.element)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("1: the person's name", () => {
    expect(onlyElement(draft({ personName: '', signature: signed }))).toEqual({
      element: 1,
      message: 'Add the name of the person this release is for.',
    });
  });

  it('2: who may share', () => {
    expect(onlyElement({ ...release(), discloser: '' })).toEqual({
      element: 2,
      message: "Add who may share the information: your program's name, or your name and role.",
    });
  });

  it('3: what information, specific', () => {
    expect(onlyElement({ ...release(), informationToDisclose: '' })).toEqual({
      element: 3,
      message: "Add what information may be shared — be specific, like 'attendance and progress in peer support'.",
    });
    expect(onlyElement({ ...release(), informationToDisclose: 'Any and all records.' })).toEqual({
      element: 3,
      message:
        "“Any and all records.” is too broad. Say what kind of information and how much, like 'attendance and progress in peer support'.",
    });
  });

  it('4: who may receive it, named unless this is a treatment/payment/operations consent', () => {
    expect(onlyElement({ ...release(), recipients: [] })).toEqual({
      element: 4,
      message: 'Add who may receive the information: a person or an organization, by name.',
    });
    expect(
      onlyElement({
        ...release(),
        recipients: [
          { name: 'Wake County Housing', isGeneralDesignation: false },
          { name: '', isGeneralDesignation: false },
        ],
      }).message,
    ).toBe('Fill in the name of each recipient, or remove the empty one.');
    expect(onlyElement({ ...release(), recipients: [{ name: 'My treating providers', isGeneralDesignation: true }] }).message).toBe(
      "A general description like 'my treating providers' is only allowed on a release for treatment, payment and health care operations. Name each recipient instead.",
    );
  });

  it('5: why, or that the person asked', () => {
    expect(onlyElement({ ...release(), purpose: '' })).toEqual({
      element: 5,
      message: 'Add why the information is being shared, or mark that Dana Reyes asked for it to be shared.',
    });
    expect(english(missingElements({ ...release(), purpose: '', purposeIsPatientRequest: true }))).toEqual([]);
  });

  it('6: the right to revoke in writing, how, and the reliance exception', () => {
    expect(onlyElement({ ...release(), rightToRevokeExplained: false })).toEqual({
      element: 6,
      message:
        "Explain to Dana Reyes that they can take this release back at any time by saying so in writing, how to do that, and that anything already shared before then can't be undone. Then check the box.",
    });
    expect(onlyElement({ ...release(), revocationHow: '' })).toEqual({
      element: 6,
      message: "Write down how Dana Reyes can take this release back, like 'a signed note to the program office'.",
    });
  });

  it('7: when it ends', () => {
    const message = "Add when this release ends: a date, or an event like 'when I finish the program'.";
    expect(onlyElement({ ...release(), expiration: null })).toEqual({ element: 7, message });
    expect(onlyElement({ ...release(), expiration: { kind: 'event', description: '' } })).toEqual({ element: 7, message });
    expect(onlyElement({ ...release(), expiration: { kind: 'condition', description: 'None' } }).message).toMatch(/needs a real end/);
    expect(english(missingElements({ ...release(), expiration: { kind: 'event', description: 'When I finish the program' } }))).toEqual([]);
  });

  it('8: signature and date, and the guardian where needed', () => {
    expect(onlyElement(draft())).toEqual({ element: 8, message: 'Dana Reyes needs to sign and date this release.' });
    expect(onlyElement({ ...release(), requiresGuardianSignature: true })).toEqual({
      element: 8,
      message: 'Add the name of the parent or guardian who needs to sign too.',
    });
    expect(onlyElement({ ...draft(), requiresGuardianSignature: true, guardianName: 'Maria Reyes' }).message).toBe(
      'Dana Reyes and Maria Reyes need to sign and date this release.',
    );
    expect(english(missingElements({ ...release(), requiresGuardianSignature: true, guardianName: 'Maria Reyes' }))).toEqual([]);
  });

  it('9: the HIPAA redisclosure statement on a treatment/payment/operations consent', () => {
    const tpo = { ...release(), isTpoConsent: true, recipients: [{ name: 'My treating providers', isGeneralDesignation: true }] };
    expect(onlyElement(tpo).element).toBe(9);
    expect(onlyElement(tpo).message).toMatch(/may be shared again as HIPAA allows/);
    expect(english(missingElements({ ...tpo, hipaaRedisclosureStatement: HIPAA_REDISCLOSURE_STATEMENT }))).toEqual([]);
    expect(
      missingElements({
        ...tpo,
        hipaaRedisclosureStatement: HIPAA_REDISCLOSURE_STATEMENT,
        expiration: { kind: 'condition', description: 'none' },
      }),
    ).toEqual([]);
  });

  it('canActivate lists what is missing; before signing, the signature is not asked for yet', () => {
    expect(english(canActivate(draft()))).toEqual({
      ok: false,
      missing: [{ element: 8, message: 'Dana Reyes needs to sign and date this release.' }],
    });
    expect(english(missingBeforeSigning(draft()))).toEqual([]);
  });

  it('cannot be signed while incomplete', () => {
    const result = ReleaseFields.safeParse(completeInput({ purpose: '' }));
    expect(result.error?.issues.map(englishOfIssue)[0]).toBe(
      'Finish the release before signing. Add why the information is being shared, or mark that Dana Reyes asked for it to be shared.',
    );
    expect(ReleaseFields.safeParse(completeInput({ purpose: '', signature: null })).success).toBe(true);
  });
});

describe('release status, computed from today every time', () => {
  it('draft while anything is missing or unsigned', () => {
    expect(releaseStatus(draft(), TODAY)).toBe('draft');
    expect(releaseStatus({ ...release(), discloser: '' }, TODAY)).toBe('draft');
  });

  it('active when complete, signed and not ended', () => {
    expect(releaseStatus(release(), TODAY)).toBe('active');
  });

  it('expired by date: good through the end date, expired the day after', () => {
    expect(releaseStatus(release(), '2026-12-31')).toBe('active');
    expect(releaseStatus(release(), '2027-01-01')).toBe('expired');
    expect(releaseEndsOn(release())).toBe('2026-12-31');
  });

  it('expired by event or condition from the day it happened', () => {
    const byEvent = release({ expiration: { kind: 'event', description: 'When I finish the program' } });
    expect(releaseStatus(byEvent, TODAY)).toBe('active');
    expect(releaseEndsOn(byEvent)).toBeNull();
    const happened = { ...byEvent, eventOccurredOn: '2026-05-01' };
    expect(releaseStatus(happened, '2026-04-30')).toBe('active');
    expect(releaseStatus(happened, '2026-05-01')).toBe('expired');
    const byCondition = release({
      expiration: { kind: 'condition', description: 'While I live at Oak House' },
      eventOccurredOn: '2026-02-15',
    });
    expect(releaseStatus(byCondition, TODAY)).toBe('expired');
  });

  it('revoked when a revocation is recorded, and revoked beats expired', () => {
    const revocation = { revokedOn: '2026-02-20', receivedHow: 'in-writing', notes: '' };
    expect(releaseStatus({ ...release(), revocation }, TODAY)).toBe('revoked');
    expect(releaseStatus({ ...release(), revocation }, '2027-06-01')).toBe('revoked');
    expect(releaseStatus({ ...release(), revocation: { ...revocation, receivedHow: 'verbally' } }, TODAY)).toBe('revoked');
  });

  it('moves as today moves, never stale', () => {
    const fields = release({ expiration: { kind: 'date', date: '2026-03-10' } });
    expect(['2026-03-01', '2026-03-10', '2026-03-11'].map((today) => releaseStatus(fields, today))).toEqual([
      'active',
      'active',
      'expired',
    ]);
  });

  it('has no event date on a release that ends on a date', () => {
    const result = ReleaseFields.safeParse(completeInput({ eventOccurredOn: '2026-02-01' }));
    expect(result.error?.issues.map(englishOfIssue)[0]).toBe('This release ends on a date, so there is no event to record.');
  });
});

describe('what a release covers', () => {
  const request = { recipient: 'Wake County Housing', purpose: 'Housing application' };

  it('covers a listed recipient and its purpose, ignoring case and spacing', () => {
    expect(english(releaseCovers(release(), request, TODAY))).toEqual({ ok: true });
    expect(english(releaseCovers(release(), { recipient: '  wake  county housing ', purpose: 'HOUSING   application' }, TODAY))).toEqual({
      ok: true,
    });
  });

  it('refuses a recipient it does not name', () => {
    expect(english(releaseCovers(release(), { ...request, recipient: 'Durham Housing Authority' }, TODAY))).toEqual({
      ok: false,
      reason: "This release doesn't name Durham Housing Authority as someone who may receive information.",
    });
  });

  it('refuses another purpose', () => {
    expect(english(releaseCovers(release(), { ...request, purpose: 'Court hearing' }, TODAY))).toEqual({
      ok: false,
      reason: 'This release is for “Housing application”, not for “Court hearing”. Sharing for another reason needs its own release.',
    });
  });

  it('a general designation covers a recipient only when the peer says they belong to it', () => {
    const tpo = release({
      isTpoConsent: true,
      recipients: [{ name: 'My treating providers', isGeneralDesignation: true }],
      purpose: 'For treatment, payment, and health care operations',
      hipaaRedisclosureStatement: HIPAA_REDISCLOSURE_STATEMENT,
    });
    const toClinic = { recipient: 'Dr. Lee, Oak Street Clinic', purpose: 'for treatment, payment, and health care operations' };
    expect(english(releaseCovers(tpo, toClinic, TODAY))).toEqual({
      ok: false,
      reason: "This release doesn't name Dr. Lee, Oak Street Clinic as someone who may receive information.",
    });
    expect(english(releaseCovers(tpo, { ...toClinic, recipientIsWithinDesignation: 'my treating providers' }, TODAY))).toEqual({
      ok: true,
    });
    expect(english(releaseCovers(tpo, { ...toClinic, recipientIsWithinDesignation: 'My health plans' }, TODAY))).toEqual({
      ok: false,
      reason: "This release doesn't include “My health plans”, so it doesn't cover Dr. Lee, Oak Street Clinic.",
    });
    expect(
      releaseCovers(release(), { ...request, recipient: 'Dr. Lee', recipientIsWithinDesignation: 'Wake County Housing' }, TODAY).ok,
    ).toBe(false);
  });

  it('"at the request of the person" is the purpose when that is all it says', () => {
    const asked = release({ purpose: '', purposeIsPatientRequest: true });
    expect(english(releaseCovers(asked, { ...request, purpose: PATIENT_REQUEST_PURPOSE }, TODAY))).toEqual({ ok: true });
  });

  it('covers nothing unless active, and says why', () => {
    expect(english(releaseCovers(draft(), request, TODAY))).toEqual({
      ok: false,
      reason: "This release isn't finished and signed yet, so nothing can be shared under it.",
    });
    expect(english(releaseCovers(release(), request, '2027-01-02'))).toEqual({
      ok: false,
      reason: 'This release ended on December 31, 2026. If Dana Reyes wants to keep sharing, make a new one together.',
    });
    expect(
      english(
        releaseCovers({ ...release(), revocation: { revokedOn: '2026-02-20', receivedHow: 'in-writing', notes: '' } }, request, TODAY),
      ),
    ).toEqual({
      ok: false,
      reason: 'Dana Reyes took this release back on February 20, 2026. Nothing more can be shared under it.',
    });
  });

  it('sums up its scope in plain words to send along', () => {
    expect(
      releaseScopeSummary(release({ recipients: [{ name: 'Wake County Housing' }, { name: 'Oak House' }, { name: 'Dr. Lee' }] })),
    ).toBe(
      'Dana Reyes agreed to share this information: Attendance and progress in peer support. Who may share it: Sam Peer, peer support specialist, Hope Street Recovery. ' +
        'Who may receive it: Wake County Housing, Oak House and Dr. Lee. Why: Housing application. It ends on December 31, 2026.',
    );
  });
});

describe('releases ending soon', () => {
  it('lists active releases ending within the window, soonest first', () => {
    const releases = [
      { id: 'late', fields: release({ expiration: { kind: 'date', date: '2026-03-25' } }) },
      { id: 'soon', fields: release({ expiration: { kind: 'date', date: '2026-03-05' } }) },
      { id: 'today', fields: release({ expiration: { kind: 'date', date: TODAY } }) },
      { id: 'far', fields: release({ expiration: { kind: 'date', date: '2026-06-01' } }) },
      { id: 'gone', fields: release({ expiration: { kind: 'date', date: '2026-02-27' } }) },
      { id: 'event', fields: release({ expiration: { kind: 'event', description: 'When I move' } }) },
      {
        id: 'revoked',
        fields: {
          ...release({ expiration: { kind: 'date', date: '2026-03-04' } }),
          revocation: { revokedOn: '2026-02-20', receivedHow: 'in-writing', notes: '' },
        },
      },
      { id: 'draft', fields: draft({ expiration: { kind: 'date', date: '2026-03-04' } }) },
    ];
    expect(releasesExpiringWithin(releases, 30, TODAY).map(({ release: r, endsOn, daysLeft }) => [r.id, endsOn, daysLeft])).toEqual([
      ['today', '2026-03-01', 0],
      ['soon', '2026-03-05', 4],
      ['late', '2026-03-25', 24],
    ]);
    expect(releasesExpiringWithin(releases, 7, TODAY).map(({ release: r }) => r.id)).toEqual(['today', 'soon']);
  });
});

describe('changing a release', () => {
  it('once signed, takes only a revocation or the day its event happened', () => {
    const fields = release({ expiration: { kind: 'event', description: 'When I finish the program' } });
    expect(() =>
      assertReleaseEditable(fields, { revocation: { revokedOn: '2026-03-01', receivedHow: 'in-writing', notes: '' } }),
    ).not.toThrow();
    expect(() => assertReleaseEditable(fields, { eventOccurredOn: '2026-03-01' })).not.toThrow();
    expect(() => assertReleaseEditable(fields, { purpose: 'Something else' })).toThrow(SignedRecordLockedError);
  });

  it('a revocation, once recorded, stays', () => {
    const revocation = { revokedOn: '2026-02-20', receivedHow: 'in-writing', notes: '' };
    const revoked = { ...release(), revocation };
    expect(() => assertReleaseEditable(revoked, { revocation: null })).toThrow(RevocationIsFinalError);
    expect(() => assertReleaseEditable(revoked, { revocation: null })).toThrow(
      'This release was taken back on February 20, 2026, and that stays on record. If the person wants to share again, make a new release together.',
    );
    expect(() => assertReleaseEditable(revoked, { revocation: { ...revocation } })).not.toThrow();
  });

  it('a new version starts unsigned and without the old revocation', () => {
    const revoked = { id: 'r1', fields: { ...release(), revocation: { revokedOn: '2026-02-20', receivedHow: 'in-writing', notes: '' } } };
    const next = ReleaseFields.parse(nextReleaseVersion(revoked));
    expect(next).toMatchObject({
      version: 2,
      supersedes: 'r1',
      seriesId: 'release-1',
      signature: null,
      revocation: null,
      eventOccurredOn: '',
      purpose: 'Housing application',
    });
    expect(releaseStatus(next, TODAY)).toBe('draft');
  });
});
