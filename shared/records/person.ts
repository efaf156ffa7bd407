/**
 * A person the peer walks beside. Collect only what the work needs: everything here but the
 * preferred name is optional.
 */
import { z } from 'zod';
import { issue } from '../messages';

const text = (max: number) => z.string().trim().max(max);

/**
 * Someone in the person's corner: family, a friend, a sponsor, a neighbour. `okToShareWith`
 * records the person's wish, and nothing more: actually sharing anything still needs an active
 * release of information that names this supporter (42 CFR Part 2).
 */
export const Supporter = z.object({
  id: z.string().trim().min(1),
  name: text(200).min(1, issue('person.supporterNameRequired')),
  relationship: text(100).default(''),
  phone: text(40).default(''),
  isEmergencyContact: z.boolean().default(false),
  okToShareWith: z.boolean().default(false),
});
export type Supporter = z.infer<typeof Supporter>;

export const PersonFields = z.object({
  preferredName: text(200).min(1, issue('person.nameRequired')),
  legalName: text(200).default(''),
  pronouns: text(60).default(''),
  dateOfBirth: z.union([z.literal(''), z.iso.date()]).default(''),
  recordNumber: text(60).default(''),
  phone: text(40).default(''),
  email: z.union([z.literal(''), z.email(issue('person.emailIncomplete'))]).default(''),
  okToCall: z.boolean().default(false),
  okToText: z.boolean().default(false),
  okToLeaveVoicemail: z.boolean().default(false),
  importantToMe: text(5000).default(''),
  howToSupportMe: text(5000).default(''),
  strengths: text(5000).default(''),
  // Defaulted, so people saved before supporters existed still open.
  supporters: z.array(Supporter).default([]),
  /** Set when this person was handed to another peer: their records here are kept read-only. */
  handedOverOn: z.string().optional(),
});
export type PersonFields = z.infer<typeof PersonFields>;
export type PersonInput = z.input<typeof PersonFields>;

export interface PersonSummary {
  id: string;
  preferredName: string;
  pronouns: string;
  rev: string;
}
