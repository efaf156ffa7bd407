/**
 * A crisis or safety event: what happened, what was done, who was contacted and what allowed it
 * (one of the limits of confidentiality the person was told about, their permission, or nothing
 * identifying was shared), and the follow-up. It links to the disclosure of limits in force, so
 * anyone reading later can see the person had been told.
 */
import { z } from 'zod';
import { CONFIDENTIALITY_LIMIT_IDS, confidentialityLimit, type ConfidentialityDisclosureFields, type ConfidentialityLimitId } from './confidentiality';
import { datePart, isoDateTime, optionalIsoDate } from './dates';
import { isSigned, type RecordWithFields } from './signed-versions';
import { text } from './text';

export const CONTACT_GROUNDS = [...CONFIDENTIALITY_LIMIT_IDS, 'with-consent', 'no-information-shared'] as const;
export type ContactGround = (typeof CONTACT_GROUNDS)[number];

export const CrisisContact = z.object({
  who: text(300).min(1, 'Add who you contacted.'),
  /** Where they work; the federal rules ask for it after sharing in a medical emergency (§2.51). */
  organization: text(300).default(''),
  why: text(2000).min(1, 'Add why you contacted them.'),
  underLimit: z.enum(CONTACT_GROUNDS, {
    error: "Choose what allowed this contact: one of the limits of confidentiality, the person's permission, or no personal information was shared.",
  }),
});
export type CrisisContact = z.infer<typeof CrisisContact>;

export const CrisisEventFields = z
  .object({
    occurredAt: isoDateTime('Add when it happened.'),
    whatHappened: text(10000).min(1, 'Write down what happened, in plain words.'),
    actionsTaken: text(10000).min(1, 'Write down what you did, even if it was listening and staying with them.'),
    contacts: z.array(CrisisContact).default([]),
    followUp: text(5000).default(''),
    followUpDate: optionalIsoDate('Add the follow-up date as a full date.'),
    /** The disclosure of confidentiality limits in force when this happened. */
    disclosureRecordId: z.string().nullable().default(null),
  })
  .superRefine((fields, ctx) => {
    if (fields.followUpDate && fields.followUpDate < datePart(fields.occurredAt)) {
      ctx.addIssue({ code: 'custom', path: ['followUpDate'], message: "The follow-up date can't be before the day it happened." });
    }
  });
export type CrisisEventFields = z.infer<typeof CrisisEventFields>;
export type CrisisEventInput = z.input<typeof CrisisEventFields>;

export interface CrisisNote {
  /** The contact the note is about, when it is about one. */
  contactIndex: number | null;
  message: string;
}

const isLimit = (ground: ContactGround): ground is ConfidentialityLimitId => (CONFIDENTIALITY_LIMIT_IDS as readonly string[]).includes(ground);

/**
 * Gentle reminders after the fact, never a block: in a crisis the peer does what keeps people
 * safe, and writes it down well afterwards. Pass the linked disclosure of limits (or null).
 */
export function crisisEventNotes(
  fields: CrisisEventFields,
  disclosure: RecordWithFields<ConfidentialityDisclosureFields> | null,
  personName: string,
): CrisisNote[] {
  const who = personName.trim() || 'the person';
  const notes: CrisisNote[] = [];
  if (!fields.disclosureRecordId || !disclosure) {
    notes.push({ contactIndex: null, message: `Link the limits of confidentiality ${who} was told about, so it's clear what they knew.` });
  } else if (!isSigned(disclosure.fields)) {
    notes.push({ contactIndex: null, message: "The linked explanation of the limits of confidentiality isn't signed yet." });
  }
  fields.contacts.forEach((contact, index) => {
    if (isLimit(contact.underLimit)) {
      const limit = confidentialityLimit(contact.underLimit);
      if (disclosure && !disclosure.fields.limitsExplained.includes(contact.underLimit)) {
        notes.push({
          contactIndex: index,
          message: `You contacted ${contact.who} under “${limit.name}”, which wasn't among the limits explained to ${who}. Write down why it applied, and go over the limits together again.`,
        });
      }
      if (contact.underLimit === 'medical-emergency' && !contact.organization) {
        notes.push({ contactIndex: index, message: `Add where ${contact.who} works (the hospital or service): the federal rules ask for it after a medical emergency.` });
      }
    } else if (contact.underLimit === 'with-consent') {
      notes.push({ contactIndex: index, message: `You shared with ${contact.who} with ${who}'s permission: add it to the disclosure log under ${who}'s release, so ${who} can see who was told.` });
    }
  });
  return notes;
}
