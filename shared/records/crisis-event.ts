/**
 * A crisis or safety event: what happened, what was done, who was contacted and what allowed it
 * (one of the limits of confidentiality the person was told about, their permission, or nothing
 * identifying was shared), and the follow-up. It links to the disclosure of limits in force, so
 * anyone reading later can see the person had been told.
 */
import { z } from 'zod';
import { issue, issueWith, type Message, say } from '../messages';
import {
  CONFIDENTIALITY_LIMIT_IDS,
  confidentialityLimit,
  type ConfidentialityDisclosureFields,
  type ConfidentialityLimitId,
} from './confidentiality';
import { datePart, isoDateTime, optionalIsoDate } from './dates';
import { isSigned, type RecordWithFields } from './signed-versions';
import { text } from './text';

export const CONTACT_GROUNDS = [...CONFIDENTIALITY_LIMIT_IDS, 'with-consent', 'no-information-shared'] as const;
export type ContactGround = (typeof CONTACT_GROUNDS)[number];

export const CrisisContact = z.object({
  who: text(300).min(1, issue('crisis.whoMissing')),
  /** Where they work; the federal rules ask for it after sharing in a medical emergency (§2.51). */
  organization: text(300).default(''),
  why: text(2000).min(1, issue('crisis.whyMissing')),
  underLimit: z.enum(CONTACT_GROUNDS, {
    error: issue('crisis.groundMissing'),
  }),
});
export type CrisisContact = z.infer<typeof CrisisContact>;

export const CrisisEventFields = z
  .object({
    occurredAt: isoDateTime(issue('crisis.occurredAtMissing')),
    whatHappened: text(10000).min(1, issue('crisis.whatHappenedMissing')),
    actionsTaken: text(10000).min(1, issue('crisis.actionsMissing')),
    contacts: z.array(CrisisContact).default([]),
    followUp: text(5000).default(''),
    followUpDate: optionalIsoDate(issue('crisis.followUpDateInvalid')),
    /** The peer marked the follow-up done: Today stops asking for it. */
    followUpDone: z.boolean().default(false),
    /** The disclosure of confidentiality limits in force when this happened. */
    disclosureRecordId: z.string().nullable().default(null),
  })
  .superRefine((fields, ctx) => {
    if (fields.followUpDate && fields.followUpDate < datePart(fields.occurredAt)) {
      ctx.addIssue({ ...issueWith(say('crisis.followUpBeforeEvent')), path: ['followUpDate'] });
    }
  });
export type CrisisEventFields = z.infer<typeof CrisisEventFields>;

/** A follow-up with a date, not yet done: Today shows it from the event until the peer marks it done. */
export const followUpOpen = (fields: Pick<CrisisEventFields, 'followUpDate' | 'followUpDone'>): boolean =>
  Boolean(fields.followUpDate) && !fields.followUpDone;
export type CrisisEventInput = z.input<typeof CrisisEventFields>;

export interface CrisisNote {
  /** The contact the note is about, when it is about one. */
  contactIndex: number | null;
  message: Message;
}

const isLimit = (ground: ContactGround): ground is ConfidentialityLimitId =>
  (CONFIDENTIALITY_LIMIT_IDS as readonly string[]).includes(ground);

/**
 * Gentle reminders after the fact, never a block: in a crisis the peer does what keeps people
 * safe, and writes it down well afterwards. Pass the linked disclosure of limits (or null).
 */
export function crisisEventNotes(
  fields: CrisisEventFields,
  disclosure: RecordWithFields<ConfidentialityDisclosureFields> | null,
  personName: string,
): CrisisNote[] {
  const who = personName.trim() || say('common.thePerson');
  const notes: CrisisNote[] = [];
  if (!fields.disclosureRecordId || !disclosure) {
    notes.push({ contactIndex: null, message: say('crisis.linkLimits', { person: who }) });
  } else if (!isSigned(disclosure.fields)) {
    notes.push({ contactIndex: null, message: say('crisis.disclosureUnsigned') });
  }
  fields.contacts.forEach((contact, index) => {
    if (isLimit(contact.underLimit)) {
      const limit = confidentialityLimit(contact.underLimit);
      if (disclosure && !disclosure.fields.limitsExplained.includes(contact.underLimit)) {
        notes.push({
          contactIndex: index,
          message: say('crisis.limitNotExplained', { contact: contact.who, limit: limit.name, person: who }),
        });
      }
      if (contact.underLimit === 'medical-emergency' && !contact.organization) {
        notes.push({ contactIndex: index, message: say('crisis.organizationMissing', { contact: contact.who }) });
      }
    } else if (contact.underLimit === 'with-consent') {
      notes.push({ contactIndex: index, message: say('crisis.sharedWithConsent', { contact: contact.who, person: who }) });
    }
  });
  return notes;
}
