import { describe, expect, it } from 'vitest';
import { english, englishOfIssue } from '../../support/english';
import { inEnglish } from '@shared/messages';
import {
  AGENCY_RECOVERY_STATEMENT,
  CONFIDENTIALITY_LIMIT_IDS,
  CONFIDENTIALITY_LIMITS,
  ConfidentialityDisclosureFields,
  confidentialityLimit,
  confidentialityMissing,
  confidentialitySigning,
  currentDisclosure,
  disclosureStatus,
  type ConfidentialityDisclosureInput,
} from '@shared/records/confidentiality';
import type { Signature } from '@shared/records/signed-versions';

const signature = (signedAt: string): Signature => ({ method: 'typed', signedAt, signerName: 'Dana Reyes' });

const input = (over: Partial<ConfidentialityDisclosureInput> = {}): ConfidentialityDisclosureInput => ({
  seriesId: 'limits-1',
  limitsExplained: ['harm-to-self', 'harm-to-others'],
  explainedOn: '2026-01-10',
  explainedBy: 'Sam Peer',
  acknowledgement: 'signed-on-screen',
  nextReviewDate: '2026-07-10',
  signature: signature('2026-01-10T11:00:00-05:00'),
  ...over,
});
const record = (id: string, over: Partial<ConfidentialityDisclosureInput> = {}) => ({
  id,
  fields: ConfidentialityDisclosureFields.parse(input(over)),
});

describe('the limits of confidentiality', () => {
  it('are data, each with words a peer can read aloud', () => {
    expect(CONFIDENTIALITY_LIMITS.map((limit) => limit.id)).toEqual([...CONFIDENTIALITY_LIMIT_IDS]);
    expect(english(confidentialityLimit('harm-to-self').label)).toBe(
      'If you tell me you plan to seriously hurt yourself, I may need to get help to keep you safe.',
    );
    for (const limit of CONFIDENTIALITY_LIMITS) {
      expect(english(limit.label)).toMatch(/^If /);
      expect(english(limit.label)).not.toMatch(/\b(patient|client|ideation|mandated reporter)\b/i);
    }
  });

  it('mark the two Part 2 additions', () => {
    expect(CONFIDENTIALITY_LIMITS.filter((limit) => limit.part2).map((limit) => limit.id)).toEqual([
      'crime-on-premises',
      'crime-against-staff',
    ]);
  });

  it('come with one plain sentence about the agency recovery key', () => {
    expect(inEnglish(AGENCY_RECOVERY_STATEMENT)).toMatch(/recovery key/);
    expect(
      inEnglish(AGENCY_RECOVERY_STATEMENT)
        .split(/[.!?](\s|$)/)
        .filter((part) => part.trim()).length,
    ).toBe(1);
  });
});

describe('a disclosure of the limits', () => {
  it('parses when complete', () => {
    expect(ConfidentialityDisclosureFields.parse(input())).toMatchObject({ witnessName: '', notes: '', version: 1 });
  });

  it('may be a draft without limits, the explainer or a witness, but not signed so', () => {
    const draft = { limitsExplained: [], explainedBy: '', acknowledgement: 'verbal-with-witness' as const, signature: null };
    const parsed = ConfidentialityDisclosureFields.parse(input(draft));
    expect(english(confidentialityMissing(parsed))).toEqual([
      'Choose at least one limit you went over together.',
      'Add the name of the peer who explained the limits.',
      'Add the name of the witness who heard the person agree.',
    ]);
    const signedIncomplete = ConfidentialityDisclosureFields.safeParse(input({ limitsExplained: [] }));
    expect(signedIncomplete.error?.issues.map(englishOfIssue)).toEqual(['Choose at least one limit you went over together.']);
  });

  it('needs the dates and how it was acknowledged, even as a draft', () => {
    const result = ConfidentialityDisclosureFields.safeParse({
      seriesId: 's',
      limitsExplained: ['court-order'],
      explainedBy: ' ',
      acknowledgement: 'nodded',
    });
    expect(result.error?.issues.map(englishOfIssue)).toEqual([
      'Add the date you went over the limits together.',
      'Choose how the person showed they understood: signed on screen, or said so out loud with a witness.',
      'Add a date to go over the limits together again.',
    ]);
  });

  it('needs a witness when acknowledged out loud, and a signature of the same kind', () => {
    const noWitness = ConfidentialityDisclosureFields.safeParse(
      input({
        acknowledgement: 'verbal-with-witness',
        signature: { ...signature('2026-01-10T11:00:00-05:00'), method: 'verbal-with-witness', witnessName: 'Lee' },
      }),
    );
    expect(noWitness.error?.issues.map(englishOfIssue)[0]).toBe('Add the name of the witness who heard the person agree.');
    const mismatch = ConfidentialityDisclosureFields.safeParse(input({ acknowledgement: 'verbal-with-witness', witnessName: 'Lee' }));
    expect(mismatch.error?.issues.map(englishOfIssue)[0]).toBe(
      "How this was signed doesn't match how the person acknowledged it. Choose the same way for both.",
    );
    const verbal = ConfidentialityDisclosureFields.safeParse(
      input({
        acknowledgement: 'verbal-with-witness',
        witnessName: 'Lee',
        signature: { ...signature('2026-01-10T11:00:00-05:00'), method: 'verbal-with-witness', witnessName: 'Lee' },
      }),
    );
    expect(verbal.success).toBe(true);
  });

  it('is signed the way it was acknowledged, chosen once: on screen, or out loud with the witness already named', () => {
    expect(confidentialitySigning({ acknowledgement: 'signed-on-screen', witnessName: '' })).toEqual({ method: 'drawn' });
    const outLoud = confidentialitySigning({ acknowledgement: 'verbal-with-witness', witnessName: 'Lee' });
    expect(outLoud).toEqual({ method: 'verbal-with-witness', witnessName: 'Lee' });
    // Signed that way, the disclosure is whole: the signature matches how it was acknowledged.
    const signed = ConfidentialityDisclosureFields.safeParse(
      input({
        acknowledgement: 'verbal-with-witness',
        witnessName: 'Lee',
        signature: { ...signature('2026-01-10T11:00:00-05:00'), ...outLoud },
      }),
    );
    expect(signed.success).toBe(true);
  });

  it('refuses a review date on or before the day it was explained, and a limit listed twice', () => {
    expect(ConfidentialityDisclosureFields.safeParse(input({ nextReviewDate: '2026-01-10' })).error?.issues.map(englishOfIssue)[0]).toBe(
      'The next review needs to come after the day you went over the limits.',
    );
    expect(
      ConfidentialityDisclosureFields.safeParse(input({ limitsExplained: ['court-order', 'court-order'] })).error?.issues.map(
        englishOfIssue,
      )[0],
    ).toBe('Each limit only needs to be listed once.');
  });
});

describe('disclosure status', () => {
  const older = record('d1', {
    explainedOn: '2025-07-01',
    nextReviewDate: '2026-01-01',
    signature: signature('2025-07-01T10:00:00-04:00'),
  });
  const latest = record('d2', { version: 2 });

  it('is none with no signed disclosure at all, naming the person', () => {
    const draft = record('d0', { signature: null });
    for (const disclosures of [[], [draft]]) {
      expect(english(disclosureStatus(disclosures, '2026-02-01', 'Dana'))).toEqual({
        state: 'none',
        message: "Dana hasn't been told the limits of confidentiality yet. Go over them together before anything else.",
        disclosure: null,
      });
    }
    expect(currentDisclosure([draft], '2026-02-01')).toBeNull();
  });

  it('is current when the latest signed one is not yet due', () => {
    const status = disclosureStatus([older, latest], '2026-02-01', 'Dana');
    expect(status.state).toBe('current');
    expect(status.disclosure?.id).toBe('d2');
    expect(english(status.message)).toBe(
      'You went over the limits of confidentiality with Dana on January 10, 2026. Next time to go over them: by July 10, 2026.',
    );
    expect(currentDisclosure([older, latest], '2026-02-01')?.id).toBe('d2');
  });

  it('is review-due within 14 days of the review date, and still current for crisis links', () => {
    const status = disclosureStatus([latest], '2026-06-26', 'Dana');
    expect(status.state).toBe('review-due');
    expect(english(status.message)).toBe("It's almost time to go over the limits of confidentiality with Dana again, by July 10, 2026.");
    expect(english(disclosureStatus([latest], '2026-07-10', 'Dana')).state).toBe('review-due');
    expect(currentDisclosure([latest], '2026-07-10')?.id).toBe('d2');
  });

  it('is overdue the day after, and nothing is current then', () => {
    const status = disclosureStatus([latest], '2026-07-11', 'Dana');
    expect(status.state).toBe('overdue');
    expect(english(status.message)).toBe(
      "It's time to go over the limits of confidentiality with Dana again. The review was due on July 10, 2026.",
    );
    expect(currentDisclosure([latest], '2026-07-11')).toBeNull();
  });

  it('is recomputed as today moves, never stale', () => {
    expect(['2026-02-01', '2026-06-26', '2026-07-11'].map((today) => disclosureStatus([latest], today, 'Dana').state)).toEqual([
      'current',
      'review-due',
      'overdue',
    ]);
  });

  it('goes by the latest explanation, not an older one with a later review date', () => {
    const oldLongReview = record('old', {
      explainedOn: '2025-01-01',
      nextReviewDate: '2027-01-01',
      signature: signature('2025-01-01T10:00:00Z'),
    });
    const newShortReview = record('new', { explainedOn: '2026-01-10', nextReviewDate: '2026-02-01' });
    expect(currentDisclosure([oldLongReview, newShortReview], '2026-03-01')).toBeNull();
    expect(english(disclosureStatus([oldLongReview, newShortReview], '2026-03-01', 'Dana')).state).toBe('overdue');
  });

  it('ignores a newer unsigned draft', () => {
    const draft = record('draft', { explainedOn: '2026-03-01', nextReviewDate: '2027-03-01', signature: null, version: 3 });
    expect(currentDisclosure([latest, draft], '2026-03-02')?.id).toBe('d2');
  });
});
