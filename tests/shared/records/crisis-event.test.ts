import { describe, expect, it } from 'vitest';
import { english, englishOfIssue } from '../../support/english';
import { ConfidentialityDisclosureFields } from '@shared/records/confidentiality';
import { CrisisEventFields, crisisEventNotes, followUpOpen, type CrisisEventInput } from '@shared/records/crisis-event';

const event = (over: Partial<CrisisEventInput> = {}): CrisisEventInput => ({
  occurredAt: '2026-03-01T21:40',
  whatHappened: 'Dana called upset after losing her housing voucher and said she had thought about ending her life.',
  actionsTaken: 'Stayed on the phone, made a safety plan together, and called the mobile crisis team with her.',
  contacts: [{ who: 'Mobile crisis team', why: 'To come and sit with Dana tonight', underLimit: 'harm-to-self' }],
  followUp: 'Check in tomorrow morning.',
  followUpDate: '2026-03-02',
  disclosureRecordId: 'limits-2',
  ...over,
});

const disclosure = {
  id: 'limits-2',
  fields: ConfidentialityDisclosureFields.parse({
    seriesId: 'limits',
    limitsExplained: ['harm-to-self', 'harm-to-others', 'medical-emergency'],
    explainedOn: '2026-01-10',
    explainedBy: 'Sam Peer',
    acknowledgement: 'signed-on-screen',
    nextReviewDate: '2026-07-10',
    signature: { method: 'typed', signedAt: '2026-01-10T11:00:00-05:00', signerName: 'Dana Reyes' },
  }),
};

describe('a crisis or safety event', () => {
  it('parses when it says what happened, what was done, and who was contacted under what', () => {
    expect(CrisisEventFields.parse(event())).toMatchObject({
      contacts: [{ organization: '', underLimit: 'harm-to-self' }],
      disclosureRecordId: 'limits-2',
    });
  });

  it('asks plainly for what happened, what was done, and when', () => {
    const result = CrisisEventFields.safeParse({ occurredAt: 'last night', whatHappened: '', actionsTaken: ' ' });
    expect(result.error?.issues.map(englishOfIssue)).toEqual([
      'Add when it happened.',
      'Write down what happened, in plain words.',
      'Write down what you did, even if it was listening and staying with them.',
    ]);
  });

  it('asks who was contacted, why, and what allowed it', () => {
    const result = CrisisEventFields.safeParse(event({ contacts: [{ who: '', why: '', underLimit: 'because' as never }] }));
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), englishOfIssue(issue)])).toEqual([
      ['contacts.0.who', 'Add who you contacted.'],
      ['contacts.0.why', 'Add why you contacted them.'],
      [
        'contacts.0.underLimit',
        "Choose what allowed this contact: one of the limits of confidentiality, the person's permission, or no personal information was shared.",
      ],
    ]);
  });

  it('accepts every limit, consent, and "no information shared" as grounds', () => {
    for (const underLimit of ['court-order', 'crime-on-premises', 'with-consent', 'no-information-shared'] as const) {
      expect(CrisisEventFields.safeParse(event({ contacts: [{ who: '988', why: 'Advice', underLimit }] })).success).toBe(true);
    }
  });

  it('refuses a follow-up before the day it happened', () => {
    expect(CrisisEventFields.safeParse(event({ followUpDate: '2026-02-28' })).error?.issues.map(englishOfIssue)[0]).toBe(
      "The follow-up date can't be before the day it happened.",
    );
    expect(CrisisEventFields.safeParse(event({ followUpDate: '' })).success).toBe(true);
  });
});

describe('notes after a crisis', () => {
  it('none when the contact was under a limit the person was told about', () => {
    expect(english(crisisEventNotes(CrisisEventFields.parse(event()), disclosure, 'Dana'))).toEqual([]);
  });

  it('asks to link the limits the person was told about', () => {
    expect(english(crisisEventNotes(CrisisEventFields.parse(event({ disclosureRecordId: null })), null, 'Dana'))).toEqual([
      { contactIndex: null, message: "Link the limits of confidentiality Dana was told about, so it's clear what they knew." },
    ]);
  });

  it('points out a limit that was not among those explained', () => {
    const fields = CrisisEventFields.parse(
      event({ contacts: [{ who: 'Wake County Sheriff', why: 'Court order served', underLimit: 'court-order' }] }),
    );
    expect(english(crisisEventNotes(fields, disclosure, 'Dana'))).toEqual([
      {
        contactIndex: 0,
        message:
          "You contacted Wake County Sheriff under “A court order”, which wasn't among the limits explained to Dana. Write down why it applied, and go over the limits together again.",
      },
    ]);
  });

  it('asks where medical staff work after a medical emergency, and to log consented sharing', () => {
    const fields = CrisisEventFields.parse(
      event({
        contacts: [
          { who: 'ER nurse', why: 'Dana was unconscious', underLimit: 'medical-emergency' },
          { who: 'Aunt Rose', why: 'Dana asked me to call her', underLimit: 'with-consent' },
          { who: '988', why: 'Advice, no names given', underLimit: 'no-information-shared' },
        ],
      }),
    );
    expect(english(crisisEventNotes(fields, disclosure, 'Dana'))).toEqual([
      {
        contactIndex: 0,
        message: 'Add where ER nurse works (the hospital or service): the federal rules ask for it after a medical emergency.',
      },
      {
        contactIndex: 1,
        message:
          "You shared with Aunt Rose with Dana's permission: add it to the disclosure log under Dana's release, so Dana can see who was told.",
      },
    ]);
  });

  it('keeps a dated follow-up open until the peer marks it done; one with no date asks for nothing', () => {
    const parsed = CrisisEventFields.parse(event());
    expect(parsed.followUpDone).toBe(false);
    expect(followUpOpen(parsed)).toBe(true);
    expect(followUpOpen({ ...parsed, followUpDone: true })).toBe(false);
    expect(followUpOpen(CrisisEventFields.parse(event({ followUpDate: '' })))).toBe(false);
  });
});
