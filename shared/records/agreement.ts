/**
 * The peer relationship agreement: how we work together, written down at the start and looked at
 * again on a schedule (NC CPSS code of ethics). The defaults say, in plain words, what a peer is
 * and is not (seed 000), so every agreement starts from the same honest ground; the peer and the
 * person change them to fit. A signed agreement is fixed: changes are a new version.
 */
import { z } from 'zod';
import { inEnglish, issue, issueWith, type Message, say } from '../messages';
import { dueState, isoDate, type DueState } from './dates';
import { signedVersionShape } from './signed-versions';
import { text } from './text';

export const DEFAULT_WHAT_PEER_IS = say('agreement.defaultWhatPeerIs');

export const DEFAULT_WHAT_PEER_IS_NOT = say('agreement.defaultWhatPeerIsNot');

export const DEFAULT_BOUNDARIES = say('agreement.defaultBoundaries');

/** A suggestion for the first review date; the peer and the person choose the real one. */
export const SUGGESTED_AGREEMENT_REVIEW_MONTHS = 6;

export const AgreementFields = z
  .object({
    startDate: isoDate(issue('agreement.startDateRequired')),
    reviewDate: isoDate(issue('agreement.reviewDateRequired')),
    meetingPlaces: text(2000).default(''),
    howToReachPeer: text(2000).default(''),
    whenNotToReach: text(2000).default(''),
    whatPeerIs: text(5000).default(inEnglish(DEFAULT_WHAT_PEER_IS)),
    whatPeerIsNot: text(5000).default(inEnglish(DEFAULT_WHAT_PEER_IS_NOT)),
    boundaries: text(5000).default(inEnglish(DEFAULT_BOUNDARIES)),
    /** In the person's own words, if they want to add any. */
    personAcknowledgement: text(5000).default(''),
    ...signedVersionShape,
  })
  .superRefine((fields, ctx) => {
    if (fields.reviewDate <= fields.startDate) {
      ctx.addIssue({ ...issueWith(say('agreement.reviewAfterStart')), path: ['reviewDate'] });
    }
  });
export type AgreementFields = z.infer<typeof AgreementFields>;
export type AgreementInput = z.input<typeof AgreementFields>;

/**
 * What still needs writing before the agreement is ready to sign: a blank here would leave the
 * person guessing, which is what the agreement is for.
 */
export function agreementMissing(fields: AgreementFields): Message[] {
  const missing: Message[] = [];
  if (!fields.meetingPlaces) missing.push(say('agreement.meetingPlacesMissing'));
  if (!fields.howToReachPeer) missing.push(say('agreement.howToReachMissing'));
  if (!fields.whenNotToReach) missing.push(say('agreement.whenNotToReachMissing'));
  if (!fields.whatPeerIs) missing.push(say('agreement.whatPeerIsMissing'));
  if (!fields.whatPeerIsNot) missing.push(say('agreement.whatPeerIsNotMissing'));
  if (!fields.boundaries) missing.push(say('agreement.boundariesMissing'));
  return missing;
}

/** 'overdue' once the review date has passed, 'due-soon' within 14 days of it, else null. */
export function agreementReviewDue(fields: Pick<AgreementFields, 'reviewDate'>, today: string): DueState {
  return dueState(fields.reviewDate, today);
}
