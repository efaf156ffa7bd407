/**
 * The records a notebook keeps of its team work (docs/team-format.md), sealed like every other:
 *  - team-membership: this notebook's own team keys, its member id, the signed team list it holds,
 *    and how far it has read its mailbox (one per notebook, belonging to no one);
 *  - review-submission: a note or plan the peer sent for review, and what came back (the person's);
 *  - review-item: on the supervisor's side, what a peer sent for review and the answer given;
 *  - handoff: a person handed to another peer (the sender's, which keeps them read-only), or
 *    received from one (the receiver's), or from the agency on behalf of one who left, with the
 *    person's consent as recorded.
 */
import { z } from 'zod';
import { StoredTeamIdentity } from '../team/team-identity';
import { TeamDirectoryDocument, TEAM_ID } from '../team/team-directory';
import { CoSignature } from '../team/co-signature';
import { HandoffConsent, SharedRecord } from '../team/team-payload';
import { REVIEWABLE_KINDS } from '../agency/policy-settings';

const Id = z.string().regex(TEAM_ID);
export const ReviewStatus = z.enum(['waiting', 'co-signed', 'returned']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const TeamMembershipFields = z.object({
  identity: StoredTeamIdentity,
  memberId: Id.nullable().default(null),
  directory: TeamDirectoryDocument.nullable().default(null),
  mailCursor: z.number().int().nonnegative().default(0),
});
export type TeamMembershipFields = z.infer<typeof TeamMembershipFields>;

export const ReviewSubmissionFields = z.object({
  submissionId: Id,
  recordId: z.string(),
  recordKind: z.enum(REVIEWABLE_KINDS),
  recordRev: z.string(),
  /** The digest of the fields sent (co-signature.ts), so an answer is checked against what was reviewed, whatever changed since. */
  contentHash: z.string().default(''),
  submittedAt: z.string(),
  status: ReviewStatus.default('waiting'),
  comment: z.string().max(10_000).default(''),
  reviewerName: z.string().max(200).default(''),
  answeredAt: z.string().nullable().default(null),
  coSignature: CoSignature.nullable().default(null),
  /** Whether the peer has read the answer (Today shows it until then). */
  seen: z.boolean().default(false),
});
export type ReviewSubmissionFields = z.infer<typeof ReviewSubmissionFields>;

export const ReviewItemFields = z.object({
  submissionId: Id,
  fromMemberId: Id,
  peerName: z.string().max(10_000),
  personName: z.string().max(10_000),
  sentAt: z.string(),
  receivedAt: z.string(),
  record: SharedRecord,
  status: ReviewStatus.default('waiting'),
  comment: z.string().max(10_000).default(''),
  answeredAt: z.string().nullable().default(null),
});
export type ReviewItemFields = z.infer<typeof ReviewItemFields>;

export const HandoffFields = z.object({
  handoffId: Id,
  direction: z.enum(['sent', 'received']),
  /** The other peer: who it went to, or who it came from. */
  otherMemberId: Id,
  otherName: z.string().max(10_000).default(''),
  /** Received from the agency on behalf of the other peer, who left the team (they did not send it). */
  byAgency: z.boolean().default(false),
  at: z.string(),
  consent: HandoffConsent,
});
export type HandoffFields = z.infer<typeof HandoffFields>;
