/**
 * What travels inside a team envelope (team-envelope.ts), by kind:
 *  - review-request: a peer's note or plan for their supervisor to review, as it stands;
 *  - review-answer:  the supervisor's answer, co-signed (with the co-signature) or returned with a comment;
 *  - handoff:        one person, or a whole caseload, moved to another peer: every record with its history.
 * Only the envelope's recipient ever reads these; the sender's name is inside, never on the server.
 */
import { z } from 'zod';
import { RecordBody } from '../records/record-body';
import { AuditEvent } from '../audit/audit-chain';
import { CoSignature } from './co-signature';
import { TEAM_ID } from './team-directory';

export const TEAM_PAYLOAD_VERSION = 1;
const Id = z.string().regex(TEAM_ID);
const Text = z.string().max(10_000);

/** One record as it stands in the sender's notebook: its id, its revision and its whole body. */
export const SharedRecord = z.object({ id: z.string().min(1).max(64), rev: z.string().min(1).max(64), body: RecordBody });
export type SharedRecord = z.infer<typeof SharedRecord>;

export const ReviewRequest = z.object({
  v: z.literal(TEAM_PAYLOAD_VERSION),
  kind: z.literal('review-request'),
  submissionId: Id,
  senderName: Text,
  /** The name the peer calls the person by, so the supervisor knows whose note it is. */
  personName: Text,
  sentAt: z.string(),
  record: SharedRecord,
});
export type ReviewRequest = z.infer<typeof ReviewRequest>;

export const ReviewAnswer = z.object({
  v: z.literal(TEAM_PAYLOAD_VERSION),
  kind: z.literal('review-answer'),
  submissionId: Id,
  reviewerName: Text,
  answeredAt: z.string(),
  decision: z.enum(['co-signed', 'returned']),
  /** Plain words: what to change (returned), or anything the supervisor adds (co-signed). */
  comment: Text,
  coSignature: CoSignature.nullable(),
});
export type ReviewAnswer = z.infer<typeof ReviewAnswer>;

/** The person's agreement to their records moving to another peer, as the sending peer recorded it. */
export const HandoffConsent = z.object({
  givenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  how: z.enum(['signed', 'verbal', 'peer-left']),
  note: Text,
});
export type HandoffConsent = z.infer<typeof HandoffConsent>;

export const Handoff = z.object({
  v: z.literal(TEAM_PAYLOAD_VERSION),
  kind: z.literal('handoff'),
  handoffId: Id,
  senderName: Text,
  sentAt: z.string(),
  /** Each person handed over: their consent and every record that belongs to them (history, releases, plans). */
  people: z
    .array(
      z.object({
        personId: z.string().min(1).max(64),
        consent: HandoffConsent,
        records: z.array(SharedRecord).max(50_000),
        /** Their lines of the sender's audit trail, so the receiver's History starts with everything that happened before. */
        history: z.array(AuditEvent).max(100_000),
      }),
    )
    .min(1),
});
export type Handoff = z.infer<typeof Handoff>;

export const TeamPayload = z.discriminatedUnion('kind', [ReviewRequest, ReviewAnswer, Handoff]);
export type TeamPayload = z.infer<typeof TeamPayload>;
