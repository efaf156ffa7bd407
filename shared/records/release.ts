/**
 * A release of information: the person's written consent to share, under 42 CFR §2.31 as amended
 * in 2024. Information about someone's recovery leaves the notebook only under an active release
 * that names who receives it and why.
 *
 * The schema lets a release be saved half-written (a draft, filled in together over time);
 * `missingElements` says, one plain message per required element, what is still needed. Its
 * status (draft, active, expired, revoked) is computed from the fields and `today` every time it
 * is needed and never stored, so it cannot go stale: a release expires on its own as days pass.
 */
import { z } from 'zod';
import { capitalize, issue, issueWith, type Message, MessageError, type MessagePart, partInEnglish, say } from '../messages';
import { addDays, daysBetween, isoDate, optionalIsoDate } from './dates';
import {
  assertEditable,
  isSigned,
  nextVersionFields,
  signedVersionShape,
  type RecordWithFields,
  type SignedVersionFields,
} from './signed-versions';
import { normalizeText, quoted, sameText, text } from './text';

/**
 * The statement §2.31(a)(4)(iii) requires on a consent for treatment, payment and health care
 * operations, in the person's voice; the screen can offer it to fill element 9.
 */
export const HIPAA_REDISCLOSURE_STATEMENT =
  'Information from my records that is shared under this consent may be shared again as the HIPAA privacy rules allow, except that it may not be used or shared in any civil, criminal, administrative or legislative proceeding against me.';

/** A purpose of "at the request of the patient" is enough when that is so (§2.31(a)(5)). */
export const PATIENT_REQUEST_PURPOSE = 'At the request of the person';

/** The general designation §2.31(a)(4)(i) allows on a treatment, payment and operations consent. */
export const SUGGESTED_TPO_DESIGNATION =
  'My treating providers, health plans, third-party payers, and people helping to operate this program';

export const Recipient = z.object({
  name: text(300).default(''),
  /** A class of recipients such as "my treating providers", rather than one named person or organization. */
  isGeneralDesignation: z.boolean().default(false),
});
export type Recipient = z.infer<typeof Recipient>;

export const Expiration = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: isoDate(issue('release.endDateRequired')) }),
  z.object({ kind: z.literal('event'), description: text(500).default('') }),
  z.object({ kind: z.literal('condition'), description: text(500).default('') }),
]);
export type Expiration = z.infer<typeof Expiration>;

/** Common ways a revocation arrives; any other plain description is accepted too. */
export const REVOCATION_RECEIVED_HOW = ['in-writing', 'verbally'] as const;

export const Revocation = z.object({
  revokedOn: isoDate(issue('release.revokedOnRequired')),
  receivedHow: text(200).min(1, issue('release.revokedHowRequired')),
  notes: text(2000).default(''),
});
export type Revocation = z.infer<typeof Revocation>;

/** Things that happen after signing; the only fields a signed release still takes. */
export const RELEASE_FIELDS_AFTER_SIGNING = ['revocation', 'eventOccurredOn'] as const;

const releaseShape = z.object({
  personName: text(200).default(''),
  discloser: text(300).default(''),
  informationToDisclose: text(2000).default(''),
  recipients: z.array(Recipient).default([]),
  purpose: text(1000).default(''),
  purposeIsPatientRequest: z.boolean().default(false),
  rightToRevokeExplained: z.boolean().default(false),
  revocationHow: text(1000).default(''),
  expiration: Expiration.nullable().default(null),
  /** When an event or condition ending the release happened, as the peer recorded it. */
  eventOccurredOn: optionalIsoDate(issue('release.eventDateInvalid')),
  isTpoConsent: z.boolean().default(false),
  hipaaRedisclosureStatement: text(2000).default(''),
  requiresGuardianSignature: z.boolean().default(false),
  guardianName: text(200).default(''),
  revocation: Revocation.nullable().default(null),
  ...signedVersionShape,
});

export const ReleaseFields = releaseShape.superRefine((fields, ctx) => {
  if (fields.eventOccurredOn && fields.expiration?.kind !== 'event' && fields.expiration?.kind !== 'condition') {
    ctx.addIssue({ ...issueWith(say('release.noEventToRecord')), path: ['eventOccurredOn'] });
  }
  // A signed release is fixed, so it must be complete before it is signed.
  const missing = missingBeforeSigning(fields);
  if (fields.signature && missing.length > 0) {
    ctx.addIssue({ ...issueWith(say('release.finishBeforeSigning', { missing: missing[0]!.message })), path: ['signature'] });
  }
});
export type ReleaseFields = z.infer<typeof releaseShape>;
export type ReleaseInput = z.input<typeof ReleaseFields>;

export type ReleaseElement = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
export interface MissingElement {
  element: ReleaseElement;
  message: Message;
}

// "All records" is not "specific and meaningful" (§2.31(a)(3)).
const TOO_BROAD = new Set([
  'all',
  'any',
  'everything',
  'all records',
  'all my records',
  'my records',
  'my file',
  'my whole file',
  'my entire record',
  'entire record',
  'the entire record',
  'all information',
  'any information',
  'all info',
  'any and all',
  'any and all information',
  'any and all records',
  'all pertinent information',
  'any and all pertinent information',
  'all of it',
]);
// "None" as an expiration is allowed only on a treatment, payment and operations consent (§2.31(a)(7)).
const NO_END = new Set(['none', 'never', 'no end', 'n/a', 'na', 'no expiration', 'does not expire', "doesn't expire"]);

const bare = (value: string): string => normalizeText(value).replace(/[.!]+$/, '');
const personOf = (fields: Pick<ReleaseFields, 'personName'>): MessagePart => fields.personName || say('common.thePerson');

function findMissing(fields: ReleaseFields, includeSignature: boolean): MissingElement[] {
  const who = personOf(fields);
  const missing: MissingElement[] = [];
  const add = (element: ReleaseElement, message: Message) => missing.push({ element, message });

  if (!fields.personName) add(1, say('release.personMissing'));

  if (!fields.discloser) add(2, say('release.discloserMissing'));

  if (!fields.informationToDisclose) {
    add(3, say('release.informationMissing'));
  } else if (TOO_BROAD.has(bare(fields.informationToDisclose))) {
    add(3, say('release.informationTooBroad', { information: quoted(fields.informationToDisclose) }));
  }

  const recipients = fields.recipients;
  if (recipients.length === 0) {
    add(4, say('release.recipientsMissing'));
  } else if (recipients.some((recipient) => !recipient.name)) {
    add(4, say('release.recipientNameMissing'));
  } else if (!fields.isTpoConsent && recipients.some((recipient) => recipient.isGeneralDesignation)) {
    add(4, say('release.generalDesignationNotAllowed'));
  }

  if (!fields.purpose && !fields.purposeIsPatientRequest) {
    add(5, say('release.purposeMissing', { person: who }));
  }

  if (!fields.rightToRevokeExplained) {
    add(6, say('release.rightToRevokeMissing', { person: who }));
  } else if (!fields.revocationHow) {
    add(6, say('release.revocationHowMissing', { person: who }));
  }

  const expiration = fields.expiration;
  if (!expiration || (expiration.kind !== 'date' && !expiration.description)) {
    add(7, say('release.expirationMissing'));
  } else if (expiration.kind !== 'date' && !fields.isTpoConsent && NO_END.has(bare(expiration.description))) {
    add(7, say('release.realEndMissing'));
  }

  if (fields.requiresGuardianSignature && !fields.guardianName) {
    add(8, say('release.guardianMissing'));
  } else if (includeSignature && !isSigned(fields)) {
    const person = who;
    add(
      8,
      fields.requiresGuardianSignature
        ? say('release.personAndGuardianMustSign', { person, guardian: fields.guardianName })
        : say('release.personMustSign', { person }),
    );
  }

  if (fields.isTpoConsent && !fields.hipaaRedisclosureStatement) {
    add(9, say('release.hipaaStatementMissing'));
  }
  return missing;
}

/** One plain message for each required §2.31 element that is missing or not good enough yet. */
export function missingElements(fields: ReleaseFields): MissingElement[] {
  return findMissing(fields, true);
}

/** The same, but without asking for the signature: what must be done before signing. */
export function missingBeforeSigning(fields: ReleaseFields): MissingElement[] {
  return findMissing(fields, false);
}

export function canActivate(fields: ReleaseFields): { ok: true } | { ok: false; missing: MissingElement[] } {
  const missing = missingElements(fields);
  return missing.length === 0 ? { ok: true } : { ok: false, missing };
}

export type ReleaseStatus = 'draft' | 'active' | 'expired' | 'revoked';

/**
 * The day the release ended or will end, when known: its end date, or the day the ending event
 * happened. Null for an event that has not happened yet.
 */
export function releaseEndsOn(fields: Pick<ReleaseFields, 'expiration' | 'eventOccurredOn'>): string | null {
  if (!fields.expiration) return null;
  if (fields.expiration.kind === 'date') return fields.expiration.date;
  return fields.eventOccurredOn || null;
}

/**
 * Revoked wins over everything (even when it has also expired): the person's "no" is what matters.
 * A release is good through its end date and stops on the day its ending event happens.
 * A verbal revocation also counts: stopping is the safe reading; ask for it in writing too.
 */
export function releaseStatus(fields: ReleaseFields, today: string): ReleaseStatus {
  if (fields.revocation) return 'revoked';
  if (missingElements(fields).length > 0) return 'draft';
  const expiration = fields.expiration!;
  if (expiration.kind === 'date' ? expiration.date < today : fields.eventOccurredOn !== '' && fields.eventOccurredOn <= today) {
    return 'expired';
  }
  return 'active';
}

/** The purpose a disclosure must match: the written one, or "at the request of the person". */
export function releasePurpose(fields: Pick<ReleaseFields, 'purpose' | 'purposeIsPatientRequest'>): string {
  return fields.purpose || (fields.purposeIsPatientRequest ? PATIENT_REQUEST_PURPOSE : '');
}

export type CoverageResult = { ok: true } | { ok: false; reason: Message };

export interface CoverageRequest {
  recipient: string;
  purpose: string;
  /**
   * When the recipient is not named on the release but belongs to one of its general
   * designations, the caller says which one (the peer confirms it; the rules can't know who is a
   * "treating provider").
   */
  recipientIsWithinDesignation?: string;
}

/** Why a release that is not active can't be used, in plain words. */
export function inactiveReason(fields: ReleaseFields, today: string): Message | null {
  const who = personOf(fields);
  switch (releaseStatus(fields, today)) {
    case 'active':
      return null;
    case 'draft':
      return say('release.notFinished');
    case 'revoked':
      return say('release.revoked', { person: who, date: { date: fields.revocation!.revokedOn } });
    case 'expired':
      return say('release.expired', { date: { date: releaseEndsOn(fields)! }, person: who });
  }
}

/** Whether an active release allows sharing with this recipient for this purpose, today. */
export function releaseCovers(fields: ReleaseFields, request: CoverageRequest, today: string): CoverageResult {
  const inactive = inactiveReason(fields, today);
  if (inactive) return { ok: false, reason: inactive };
  if (!request.recipient.trim()) return { ok: false, reason: say('release.sharingRecipientMissing') };
  if (!request.purpose.trim()) return { ok: false, reason: say('release.sharingPurposeMissing') };

  const named = fields.recipients.some((recipient) => !recipient.isGeneralDesignation && sameText(recipient.name, request.recipient));
  if (!named) {
    const designation = request.recipientIsWithinDesignation?.trim();
    if (!designation) {
      return { ok: false, reason: say('release.recipientNotNamed', { recipient: request.recipient.trim() }) };
    }
    const covered = fields.recipients.some((recipient) => recipient.isGeneralDesignation && sameText(recipient.name, designation));
    if (!covered) {
      return {
        ok: false,
        reason: say('release.designationNotIncluded', { designation: quoted(designation), recipient: request.recipient.trim() }),
      };
    }
  }

  const purpose = releasePurpose(fields);
  if (!sameText(purpose, request.purpose)) {
    return { ok: false, reason: say('release.otherPurpose', { purpose: quoted(purpose), requested: quoted(request.purpose) }) };
  }
  return { ok: true };
}

/** A value as the end of a sentence, without doubling its own full stop. */
const clause = (value: string): string => value.trim().replace(/[.!?]+$/, '');

const listInWords = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * A plain summary of what the release allows, sent with each disclosure: §2.32(b) asks for a copy
 * of the consent or a clear explanation of its scope.
 */
export function releaseScopeSummary(fields: ReleaseFields): string {
  const recipients = listInWords(fields.recipients.map((recipient) => recipient.name));
  const expiration = fields.expiration;
  const ends = !expiration
    ? ''
    : expiration.kind === 'date'
      ? ` It ends on ${partInEnglish({ date: expiration.date })}.`
      : ` It ends: ${clause(expiration.description)}.`;
  return [
    `${capitalize(partInEnglish(personOf(fields)))} agreed to share this information: ${clause(fields.informationToDisclose)}.`,
    `Who may share it: ${clause(fields.discloser)}.`,
    `Who may receive it: ${clause(recipients)}.`,
    `Why: ${clause(releasePurpose(fields))}.${ends}`,
  ].join(' ');
}

/** Active releases with an end date within `days` of today (today included), soonest first. */
export function releasesExpiringWithin<R extends RecordWithFields<ReleaseFields>>(
  releases: readonly R[],
  days: number,
  today: string,
): { release: R; endsOn: string; daysLeft: number }[] {
  const last = addDays(today, days);
  return releases
    .filter((release) => release.fields.expiration?.kind === 'date' && releaseStatus(release.fields, today) === 'active')
    .map((release) => ({ release, endsOn: releaseEndsOn(release.fields)! }))
    .filter(({ endsOn }) => endsOn <= last)
    .map(({ release, endsOn }) => ({ release, endsOn, daysLeft: daysBetween(today, endsOn) }))
    .sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0));
}

export class RevocationIsFinalError extends MessageError {
  constructor(revokedOn: string) {
    super(say('release.revocationIsFinal', { date: { date: revokedOn } }));
  }
}

/**
 * Before saving changes to a release: a signed release takes only what happens after signing
 * (its revocation, the day its ending event happened), and a revocation, once recorded, stays.
 */
export function assertReleaseEditable(current: ReleaseFields, changes: Record<string, unknown>): void {
  if (current.revocation && changes.revocation !== undefined && JSON.stringify(changes.revocation) !== JSON.stringify(current.revocation)) {
    throw new RevocationIsFinalError(current.revocation.revokedOn);
  }
  assertEditable(current, changes, RELEASE_FIELDS_AFTER_SIGNING);
}

/** The next version of a release: same content, unsigned, without the old one's revocation or event. */
export function nextReleaseVersion(
  previous: RecordWithFields<ReleaseFields>,
): Omit<ReleaseFields, 'revocation' | 'eventOccurredOn' | keyof SignedVersionFields> & SignedVersionFields {
  return nextVersionFields(previous, RELEASE_FIELDS_AFTER_SIGNING);
}
