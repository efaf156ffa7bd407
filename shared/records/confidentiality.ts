/**
 * The limits of confidentiality, told up front. What is said to a peer stays with the peer except
 * in a few situations, and the person hears which ones before anything else (seed 001). This
 * records what was explained, when, by whom, and how the person acknowledged it, and reminds the
 * peer to go over it again. Under 42 CFR Part 2 (substance use records) two more limits apply:
 * crimes on the program's premises and crimes against its staff (§2.12(c)(5)).
 */
import { z } from 'zod';
import { say } from '../messages';
import { dueState, formatDate, isoDate } from './dates';
import { isSigned, signedVersionShape, type RecordWithFields } from './signed-versions';
import { text } from './text';

export const CONFIDENTIALITY_LIMIT_IDS = [
  'harm-to-self',
  'harm-to-others',
  'abuse-or-neglect',
  'court-order',
  'medical-emergency',
  'crime-on-premises',
  'crime-against-staff',
] as const;
export type ConfidentialityLimitId = (typeof CONFIDENTIALITY_LIMIT_IDS)[number];

export interface ConfidentialityLimit {
  id: ConfidentialityLimitId;
  /** A short name for lists and checkboxes. */
  name: string;
  /** Said to the person, as is: the peer can read it aloud. */
  label: string;
  /** One of the limits 42 CFR Part 2 adds for substance use programs. */
  part2: boolean;
}

export const CONFIDENTIALITY_LIMITS: readonly ConfidentialityLimit[] = [
  {
    id: 'harm-to-self',
    name: 'Harm to yourself',
    label: 'If you tell me you plan to seriously hurt yourself, I may need to get help to keep you safe.',
    part2: false,
  },
  {
    id: 'harm-to-others',
    name: 'Harm to someone else',
    label: 'If you tell me you plan to seriously hurt someone else, I may need to get help to keep everyone safe, and that can mean warning the person.',
    part2: false,
  },
  {
    id: 'abuse-or-neglect',
    name: 'Abuse or neglect of a child or vulnerable adult',
    label: "If I learn that a child, or an adult who can't protect themselves, is being abused or neglected, the law says I have to report it.",
    part2: false,
  },
  {
    id: 'court-order',
    name: 'A court order',
    label: 'If a judge orders it, I may have to share some of what is in my notes. A subpoena on its own is not enough; it takes a court order that follows the federal rules.',
    part2: false,
  },
  {
    id: 'medical-emergency',
    name: 'A medical emergency',
    label: "If you have a medical emergency and can't give permission, I can tell the medical staff what they need to know to help you.",
    part2: false,
  },
  {
    id: 'crime-on-premises',
    name: 'A crime at the program',
    label: 'If someone commits a crime at our program, or threatens to, staff can report that to the police. Only what is needed about that crime is shared.',
    part2: true,
  },
  {
    id: 'crime-against-staff',
    name: 'A crime against staff',
    label: 'If someone commits a crime against a staff member, me included, or threatens to, that can be reported to the police too.',
    part2: true,
  },
];

export function confidentialityLimit(id: ConfidentialityLimitId): ConfidentialityLimit {
  const limit = CONFIDENTIALITY_LIMITS.find((candidate) => candidate.id === id);
  if (!limit) throw new RangeError(`unknown confidentiality limit: ${id}`);
  return limit;
}

/**
 * Said on the screens where the limits are explained: the notebook is encrypted, but not out of
 * the agency's reach, and the person should know that.
 */
export const AGENCY_RECOVERY_STATEMENT =
  'The agency I work for keeps a recovery key that can open these notes, so your records are not lost if my computer is lost or I leave.';

export const ACKNOWLEDGEMENT_METHODS = ['signed-on-screen', 'verbal-with-witness'] as const;
export type AcknowledgementMethod = (typeof ACKNOWLEDGEMENT_METHODS)[number];

/** A suggestion for the next review date; the peer chooses the real one. */
export const SUGGESTED_LIMITS_REVIEW_MONTHS = 12;

export const ConfidentialityDisclosureFields = z
  .object({
    // A draft may still lack these; confidentialityMissing says what signing needs.
    limitsExplained: z.array(z.enum(CONFIDENTIALITY_LIMIT_IDS)),
    explainedOn: isoDate(say('confidentiality.explainedOnRequired')),
    explainedBy: text(200).default(''),
    acknowledgement: z.enum(ACKNOWLEDGEMENT_METHODS, {
      error: say('confidentiality.acknowledgementRequired'),
    }),
    witnessName: text(200).default(''),
    nextReviewDate: isoDate(say('confidentiality.nextReviewRequired')),
    notes: text(5000).default(''),
    ...signedVersionShape,
  })
  .superRefine((fields, ctx) => {
    if (new Set(fields.limitsExplained).size !== fields.limitsExplained.length) {
      ctx.addIssue({ code: 'custom', path: ['limitsExplained'], message: say('confidentiality.limitListedTwice') });
    }
    // A signed explanation is complete: the same list the signing step checks.
    if (fields.signature) for (const message of confidentialityMissing(fields)) ctx.addIssue({ code: 'custom', message });
    if (fields.nextReviewDate <= fields.explainedOn) {
      ctx.addIssue({ code: 'custom', path: ['nextReviewDate'], message: say('confidentiality.reviewAfterExplained') });
    }
    const method = fields.signature?.method;
    if (method && (method === 'verbal-with-witness') !== (fields.acknowledgement === 'verbal-with-witness')) {
      ctx.addIssue({
        code: 'custom',
        path: ['signature'],
        message: say('confidentiality.signatureMismatch'),
      });
    }
  });
export type ConfidentialityDisclosureFields = z.infer<typeof ConfidentialityDisclosureFields>;

/** What must still be written before the person can sign that they were told the limits. */
export function confidentialityMissing(fields: Pick<ConfidentialityDisclosureFields, 'limitsExplained' | 'explainedBy' | 'acknowledgement' | 'witnessName'>): string[] {
  const missing: string[] = [];
  if (fields.limitsExplained.length === 0) missing.push(say('confidentiality.limitsMissing'));
  if (!fields.explainedBy) missing.push(say('confidentiality.explainedByMissing'));
  if (fields.acknowledgement === 'verbal-with-witness' && !fields.witnessName) missing.push(say('confidentiality.witnessMissing'));
  return missing;
}
export type ConfidentialityDisclosureInput = z.input<typeof ConfidentialityDisclosureFields>;

type DisclosureRecord = RecordWithFields<ConfidentialityDisclosureFields>;

/** The most recent signed explanation (by the day it was given, then signing time, then version). */
function latestSigned<R extends DisclosureRecord>(disclosures: readonly R[]): R | null {
  let latest: R | null = null;
  for (const record of disclosures) {
    if (!isSigned(record.fields)) continue;
    if (!latest || sortKey(record) > sortKey(latest)) latest = record;
  }
  return latest;
}

const sortKey = ({ fields }: DisclosureRecord): string =>
  `${fields.explainedOn}|${fields.signature?.signedAt ?? ''}|${String(fields.version).padStart(6, '0')}`;

/**
 * The explanation in force today: the latest signed one, as long as its review date has not
 * passed. (The latest one governs: an older one with a later review date does not revive.)
 * Pass one person's disclosures.
 */
export function currentDisclosure<R extends DisclosureRecord>(disclosures: readonly R[], today: string): R | null {
  const latest = latestSigned(disclosures);
  return latest && latest.fields.nextReviewDate >= today ? latest : null;
}

export type DisclosureState = 'none' | 'current' | 'review-due' | 'overdue';

export interface DisclosureStatus<R extends DisclosureRecord = DisclosureRecord> {
  state: DisclosureState;
  message: string;
  /** The latest signed explanation, if there is one (also when it is overdue). */
  disclosure: R | null;
}

/** Where things stand with one person, recomputed from `today` every time it is shown. */
export function disclosureStatus<R extends DisclosureRecord>(disclosures: readonly R[], today: string, personName: string): DisclosureStatus<R> {
  const name = personName.trim() || say('confidentiality.thisPerson');
  const latest = latestSigned(disclosures);
  if (!latest) {
    return {
      state: 'none',
      message: say('confidentiality.notToldYet', { name }),
      disclosure: null,
    };
  }
  const reviewBy = formatDate(latest.fields.nextReviewDate);
  const due = dueState(latest.fields.nextReviewDate, today);
  if (due === 'overdue') {
    return {
      state: 'overdue',
      message: say('confidentiality.reviewOverdue', { name, reviewBy }),
      disclosure: latest,
    };
  }
  if (due === 'due-soon') {
    return {
      state: 'review-due',
      message: say('confidentiality.reviewDueSoon', { name, reviewBy }),
      disclosure: latest,
    };
  }
  const explainedOn = formatDate(latest.fields.explainedOn);
  return {
    state: 'current',
    message: say('confidentiality.current', { name, explainedOn, reviewBy }),
    disclosure: latest,
  };
}
