/**
 * The wellness and crisis plan, in the person's own words and laid out the way they asked for
 * (WRAP-style, under plain section names): what keeps them well, what can throw them, the signs
 * that things are getting harder and what they'll do, and a crisis plan that tells supporters how
 * to step in. It is the person's plan, so only the person signs it; signed means fixed, and a
 * change is a new version, compared with plan-outline's compareVersions.
 */
import { z } from 'zod';
import { issueWith, type Message, say } from '../messages';
import type { Supporter } from './person';
import type { OutlineNode } from './plan-outline';
import { isSigned, nextVersionFields, signedVersionShape, type RecordWithFields } from './signed-versions';
import { text } from './text';

const words = () => text(5000).default('');

// Every part of the plan is free text in the person's words.
const wellnessWords = {
  toolbox: words(),
  likeWhenWell: words(),
  everyDay: words(),
  triggers: words(),
  triggersPlan: words(),
  earlySigns: words(),
  earlySignsPlan: words(),
  breakingDownSigns: words(),
  breakingDownPlan: words(),
  crisisSigns: words(),
  crisisSupporters: words(),
  crisisNotInvolved: words(),
  crisisMedications: words(),
  crisisTreatments: words(),
  crisisPreferredCare: words(),
  crisisAvoidedCare: words(),
  crisisWhatHelps: words(),
  crisisWhatDoesNotHelp: words(),
  crisisPlanNoLongerNeeded: words(),
  afterCrisis: words(),
};
export type WellnessPart = keyof typeof wellnessWords;

export interface WellnessSection {
  id: string;
  title: string;
  parts: readonly { field: WellnessPart; title: string }[];
}

/**
 * The sections in order. "What I'm like when I'm well" is written once and shows in both daily
 * maintenance and the crisis plan, so it is never typed twice.
 */
export const WELLNESS_SECTIONS: readonly WellnessSection[] = [
  { id: 'wellness-toolbox', title: 'My wellness toolbox', parts: [{ field: 'toolbox', title: 'Things that help me stay well' }] },
  {
    id: 'daily-maintenance',
    title: 'Staying well every day',
    parts: [
      { field: 'likeWhenWell', title: "What I'm like when I'm well" },
      { field: 'everyDay', title: 'What I do every day to stay well' },
    ],
  },
  {
    id: 'triggers',
    title: "Triggers, and what I'll do",
    parts: [
      { field: 'triggers', title: 'Things that can upset me or throw me off' },
      { field: 'triggersPlan', title: "What I'll do" },
    ],
  },
  {
    id: 'early-warning-signs',
    title: "Early warning signs, and what I'll do",
    parts: [
      { field: 'earlySigns', title: 'Early warning signs' },
      { field: 'earlySignsPlan', title: "What I'll do" },
    ],
  },
  {
    id: 'breaking-down',
    title: "When things are breaking down, and what I'll do",
    parts: [
      { field: 'breakingDownSigns', title: 'How I can tell things are breaking down' },
      { field: 'breakingDownPlan', title: "What I'll do" },
    ],
  },
  {
    id: 'crisis-plan',
    title: 'Crisis plan',
    parts: [
      { field: 'likeWhenWell', title: "What I'm like when I'm well" },
      { field: 'crisisSigns', title: 'Signs that others should step in and help' },
      { field: 'crisisSupporters', title: 'People who can help, and how to reach them' },
      { field: 'crisisNotInvolved', title: "People I don't want involved" },
      { field: 'crisisMedications', title: 'Medications' },
      { field: 'crisisTreatments', title: 'Treatments' },
      { field: 'crisisPreferredCare', title: "Places I'd like to go for care" },
      { field: 'crisisAvoidedCare', title: "Places I don't want to go for care" },
      { field: 'crisisWhatHelps', title: 'What helps' },
      { field: 'crisisWhatDoesNotHelp', title: "What doesn't help" },
      { field: 'crisisPlanNoLongerNeeded', title: 'When this plan is no longer needed' },
    ],
  },
  { id: 'after-crisis', title: 'After a crisis', parts: [{ field: 'afterCrisis', title: 'What I want to happen after a crisis' }] },
];

const wellnessPlanShape = z.object({ ...wellnessWords, ...signedVersionShape });

export const WellnessPlanFields = wellnessPlanShape.superRefine((fields, ctx) => {
  // A signed plan is fixed, so it must be ready when the person signs it.
  if (isSigned(fields)) for (const message of wellnessPlanMissing(fields)) ctx.addIssue({ ...issueWith(message), path: ['signature'] });
});
export type WellnessPlanFields = z.infer<typeof wellnessPlanShape>;
export type WellnessPlanInput = z.input<typeof WellnessPlanFields>;

const WELLNESS_PART_FIELDS = Object.keys(wellnessWords) as WellnessPart[];

/**
 * What signing needs, kept small so the plan can grow over time: something written, and who can
 * help in a crisis (or a note that there is nobody yet, which is worth knowing too).
 */
export function wellnessPlanMissing(fields: Pick<WellnessPlanFields, WellnessPart>): Message[] {
  const missing: Message[] = [];
  if (WELLNESS_PART_FIELDS.every((field) => !fields[field])) missing.push(say('wellnessPlan.nothingWritten'));
  if (!fields.crisisSupporters) missing.push(say('wellnessPlan.crisisSupportersMissing'));
  return missing;
}

/** A supporter as one line of "People who can help": name, relationship, phone, as the profile has them. */
export const supporterLine = ({ name, relationship, phone }: Pick<Supporter, 'name' | 'relationship' | 'phone'>): string =>
  [name, relationship, phone].filter(Boolean).join(', ');

const lineNames = (written: string, name: string) =>
  written.split('\n').some((line) => {
    const start = line.trim().toLowerCase();
    // "Ana" names the line "Ana, sister" or "Ana (sister)", not "Anabel".
    return start.startsWith(name) && !/[\p{L}\p{N}]/u.test(start.charAt(name.length));
  });

/**
 * The profile's supporters the crisis plan could name and does not yet: any whose name no line of
 * "People who can help" starts with, so one picked (or typed by hand) is not offered again.
 */
export function supportersToOffer<S extends Pick<Supporter, 'name'>>(supporters: readonly S[], crisisSupporters: string): S[] {
  return supporters.filter(({ name }) => name.trim() !== '' && !lineNames(crisisSupporters, name.trim().toLowerCase()));
}

/** "People who can help" with a supporter added on a line of their own. */
export function withSupporter(crisisSupporters: string, supporter: Pick<Supporter, 'name' | 'relationship' | 'phone'>): string {
  const written = crisisSupporters.trimEnd();
  return written ? `${written}\n${supporterLine(supporter)}` : supporterLine(supporter);
}

/** The next version: the same words, unsigned. */
export function nextWellnessPlanVersion(previous: RecordWithFields<WellnessPlanFields>): WellnessPlanFields {
  return nextVersionFields(previous);
}

/** The plan as a reader sees it, section by section: for comparing versions and for the printed copy. */
export function wellnessPlanOutline(fields: WellnessPlanFields): OutlineNode[] {
  return WELLNESS_SECTIONS.map((section) => ({
    key: section.id,
    part: section.id,
    title: section.title,
    value: '',
    format: 'text',
    children: section.parts.map((part) => ({
      key: part.field,
      part: part.field,
      title: part.title,
      value: fields[part.field],
      format: 'text',
      children: [],
    })),
  }));
}
