/**
 * The limits of confidentiality, told up front. What is said to a peer stays with the peer except
 * in a few situations, and the person hears which ones before anything else (seed 001). This
 * records what was explained, when, by whom, and how the person acknowledged it, and reminds the
 * peer to go over it again. Under 42 CFR Part 2 (substance use records) two more limits apply:
 * crimes on the program's premises and crimes against its staff (§2.12(c)(5)).
 */
import { z } from 'zod';
import { issue, issueWith, type Message, say } from '../messages';
import { dueState, isoDate } from './dates';
import { isSigned, signedVersionShape, type RecordWithFields, type SigningWay } from './signed-versions';
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
  name: Message;
  /** Said to the person, as is: the peer can read it aloud. */
  label: Message;
  /** One of the limits 42 CFR Part 2 adds for substance use programs. */
  part2: boolean;
}

export const CONFIDENTIALITY_LIMITS: readonly ConfidentialityLimit[] = [
  {
    id: 'harm-to-self',
    name: say('limit.harm-to-self.name'),
    label: say('limit.harm-to-self.label'),
    part2: false,
  },
  {
    id: 'harm-to-others',
    name: say('limit.harm-to-others.name'),
    label: say('limit.harm-to-others.label'),
    part2: false,
  },
  {
    id: 'abuse-or-neglect',
    name: say('limit.abuse-or-neglect.name'),
    label: say('limit.abuse-or-neglect.label'),
    part2: false,
  },
  {
    id: 'court-order',
    name: say('limit.court-order.name'),
    label: say('limit.court-order.label'),
    part2: false,
  },
  {
    id: 'medical-emergency',
    name: say('limit.medical-emergency.name'),
    label: say('limit.medical-emergency.label'),
    part2: false,
  },
  {
    id: 'crime-on-premises',
    name: say('limit.crime-on-premises.name'),
    label: say('limit.crime-on-premises.label'),
    part2: true,
  },
  {
    id: 'crime-against-staff',
    name: say('limit.crime-against-staff.name'),
    label: say('limit.crime-against-staff.label'),
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
export const AGENCY_RECOVERY_STATEMENT = say('agency.recoveryStatement');

export const ACKNOWLEDGEMENT_METHODS = ['signed-on-screen', 'verbal-with-witness'] as const;
export type AcknowledgementMethod = (typeof ACKNOWLEDGEMENT_METHODS)[number];

/** A suggestion for the next review date; the peer chooses the real one. */
export const SUGGESTED_LIMITS_REVIEW_MONTHS = 12;

export const ConfidentialityDisclosureFields = z
  .object({
    // A draft may still lack these; confidentialityMissing says what signing needs.
    limitsExplained: z.array(z.enum(CONFIDENTIALITY_LIMIT_IDS)),
    explainedOn: isoDate(issue('confidentiality.explainedOnRequired')),
    explainedBy: text(200).default(''),
    acknowledgement: z.enum(ACKNOWLEDGEMENT_METHODS, {
      error: issue('confidentiality.acknowledgementRequired'),
    }),
    witnessName: text(200).default(''),
    nextReviewDate: isoDate(issue('confidentiality.nextReviewRequired')),
    notes: text(5000).default(''),
    ...signedVersionShape,
  })
  .superRefine((fields, ctx) => {
    if (new Set(fields.limitsExplained).size !== fields.limitsExplained.length) {
      ctx.addIssue({ ...issueWith(say('confidentiality.limitListedTwice')), path: ['limitsExplained'] });
    }
    // A signed explanation is complete: the same list the signing step checks.
    if (fields.signature) for (const message of confidentialityMissing(fields)) ctx.addIssue(issueWith(message));
    if (fields.nextReviewDate <= fields.explainedOn) {
      ctx.addIssue({ ...issueWith(say('confidentiality.reviewAfterExplained')), path: ['nextReviewDate'] });
    }
    const method = fields.signature?.method;
    if (method && (method === 'verbal-with-witness') !== (fields.acknowledgement === 'verbal-with-witness')) {
      ctx.addIssue({ ...issueWith(say('confidentiality.signatureMismatch')), path: ['signature'] });
    }
  });
export type ConfidentialityDisclosureFields = z.infer<typeof ConfidentialityDisclosureFields>;

/** What must still be written before the person can sign that they were told the limits. */
export function confidentialityMissing(
  fields: Pick<ConfidentialityDisclosureFields, 'limitsExplained' | 'explainedBy' | 'acknowledgement' | 'witnessName'>,
): Message[] {
  const missing: Message[] = [];
  if (fields.limitsExplained.length === 0) missing.push(say('confidentiality.limitsMissing'));
  if (!fields.explainedBy) missing.push(say('confidentiality.explainedByMissing'));
  if (fields.acknowledgement === 'verbal-with-witness' && !fields.witnessName) missing.push(say('confidentiality.witnessMissing'));
  return missing;
}
export type ConfidentialityDisclosureInput = z.input<typeof ConfidentialityDisclosureFields>;

/**
 * How the person signs follows how they showed they understood, chosen once on the form: drawn on
 * screen, or said out loud before the witness named there (never asked for a second time).
 */
export function confidentialitySigning(fields: Pick<ConfidentialityDisclosureFields, 'acknowledgement' | 'witnessName'>): SigningWay {
  return fields.acknowledgement === 'verbal-with-witness'
    ? { method: 'verbal-with-witness', witnessName: fields.witnessName }
    : { method: 'drawn' };
}

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
  message: Message;
  /** The latest signed explanation, if there is one (also when it is overdue). */
  disclosure: R | null;
}

/** Where things stand with one person, recomputed from `today` every time it is shown. */
export function disclosureStatus<R extends DisclosureRecord>(
  disclosures: readonly R[],
  today: string,
  personName: string,
): DisclosureStatus<R> {
  const name = personName.trim() || say('confidentiality.thisPerson');
  const latest = latestSigned(disclosures);
  if (!latest) {
    return {
      state: 'none',
      message: say('confidentiality.notToldYet', { name }),
      disclosure: null,
    };
  }
  const reviewBy = { date: latest.fields.nextReviewDate };
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
  const explainedOn = { date: latest.fields.explainedOn };
  return {
    state: 'current',
    message: say('confidentiality.current', { name, explainedOn, reviewBy }),
    disclosure: latest,
  };
}
