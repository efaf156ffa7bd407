import { describe, expect, it } from 'vitest';
import { english, englishOfIssue } from '../../support/english';
import {
  AgreementFields,
  agreementMissing,
  agreementReviewDue,
  DEFAULT_BOUNDARIES,
  DEFAULT_WHAT_PEER_IS,
  DEFAULT_WHAT_PEER_IS_NOT,
} from '@shared/records/agreement';
import { assertEditable, SignedRecordLockedError } from '@shared/records/signed-versions';

const base = { seriesId: 'agreement-1', startDate: '2026-01-10', reviewDate: '2026-07-10' };

describe('the peer relationship agreement', () => {
  it('starts from plain words about what a peer is and is not, and the boundaries', () => {
    const agreement = AgreementFields.parse(base);
    expect(agreement).toMatchObject({
      whatPeerIs: english(DEFAULT_WHAT_PEER_IS),
      whatPeerIsNot: english(DEFAULT_WHAT_PEER_IS_NOT),
      boundaries: english(DEFAULT_BOUNDARIES),
      version: 1,
      signature: null,
    });
    expect(english(DEFAULT_WHAT_PEER_IS)).toMatch(/at your pace/);
    expect(english(DEFAULT_WHAT_PEER_IS)).toMatch(/expert on your own recovery/);
    expect(english(DEFAULT_WHAT_PEER_IS)).toMatch(/hope/);
    for (const role of ['therapist', 'sponsor', 'spokesperson', 'babysitter', 'chauffeur', 'friend'])
      expect(english(DEFAULT_WHAT_PEER_IS_NOT)).toContain(role);
    expect(english(DEFAULT_WHAT_PEER_IS_NOT)).toMatch(/won't diagnose you or tell you what to do/);
    expect(english(DEFAULT_WHAT_PEER_IS_NOT)).toMatch(/burdens/);
    expect(english(DEFAULT_BOUNDARIES)).toMatch(/dual relationships/);
    expect(english(DEFAULT_BOUNDARIES)).toMatch(/gifts of real value/);
    expect(english(DEFAULT_BOUNDARIES)).toMatch(/lending or borrowing money/);
    expect(english(DEFAULT_BOUNDARIES)).toMatch(/romantic relationship and no business/);
  });

  it('never uses clinical words in its defaults', () => {
    const all = [DEFAULT_WHAT_PEER_IS, DEFAULT_WHAT_PEER_IS_NOT, DEFAULT_BOUNDARIES].join(' ');
    expect(all).not.toMatch(/\b(patient|client|noncompliant|compliance|intervention|symptom)\b/i);
  });

  it('needs its dates, with the review after the start', () => {
    const result = AgreementFields.safeParse({ seriesId: 'a' });
    expect(result.error?.issues.map(englishOfIssue)).toEqual([
      'Add the date you started working together.',
      'Add a date to look at this agreement again together.',
    ]);
    const backwards = AgreementFields.safeParse({ ...base, reviewDate: '2026-01-01' });
    expect(backwards.error?.issues.map(englishOfIssue)[0]).toBe('The review date needs to come after the start date.');
  });

  it('says what still needs writing before signing', () => {
    const empty = AgreementFields.parse(base);
    expect(english(agreementMissing(empty))).toEqual([
      "Write down how and where you'll meet, like 'at the library or by phone'.",
      'Write down how to reach you (the peer), and when.',
      "Write down when you can't be reached, and who to call then.",
    ]);
    const full = AgreementFields.parse({
      ...base,
      meetingPlaces: 'Library',
      howToReachPeer: 'Text, weekdays 9-5',
      whenNotToReach: 'Weekends: call the warm line',
    });
    expect(english(agreementMissing(full))).toEqual([]);
    expect(english(agreementMissing({ ...full, boundaries: '' }))).toEqual(['Write down the boundaries you agree on.']);
  });

  it("keeps the person's own words", () => {
    const agreement = AgreementFields.parse({ ...base, personAcknowledgement: "I get it, you're not my mom." });
    expect(agreement.personAcknowledgement).toBe("I get it, you're not my mom.");
  });

  it('is fixed once signed', () => {
    const signed = AgreementFields.parse({
      ...base,
      signature: { method: 'typed', signedAt: '2026-01-10T11:00:00-05:00', signerName: 'Dana' },
    });
    expect(() => assertEditable(signed, { meetingPlaces: 'Coffee shop' })).toThrow(SignedRecordLockedError);
  });

  it('is due for review within 14 days, overdue after the date, and moves with today', () => {
    const agreement = AgreementFields.parse(base);
    expect(agreementReviewDue(agreement, '2026-06-25')).toBeNull();
    expect(agreementReviewDue(agreement, '2026-06-26')).toBe('due-soon');
    expect(agreementReviewDue(agreement, '2026-07-10')).toBe('due-soon');
    expect(agreementReviewDue(agreement, '2026-07-11')).toBe('overdue');
  });
});
