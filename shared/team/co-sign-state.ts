/**
 * Where a note or plan of a kind the agency wants co-signed (`policies.coSignRequired`) stands
 * with its supervisor, from the reviews the peer sent of it. A co-signature covers one revision
 * (co-signature.ts): once the record changes, the co-signature no longer holds and it needs review
 * again ('changed'), as if never co-signed.
 */
import type { ReviewSubmissionFields } from '../records/team-records';

export type CoSignState =
  | { state: 'needed' }
  | { state: 'waiting'; sentAt: string }
  | { state: 'co-signed'; reviewer: string; answeredAt: string }
  | { state: 'returned'; reviewer: string; comment: string; answeredAt: string }
  /** Co-signed, then changed: the co-signature was for an earlier revision. */
  | { state: 'changed'; reviewer: string; answeredAt: string };

type Submission = Pick<ReviewSubmissionFields, 'submittedAt' | 'status' | 'comment' | 'reviewerName' | 'answeredAt' | 'coSignature'>;

/** `submissions`: the reviews sent of this record, in any order. */
export function coSignStateOf(record: { rev: string }, submissions: readonly Submission[]): CoSignState {
  const byTime = [...submissions].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const holding = [...byTime].reverse().find((item) => item.status === 'co-signed' && item.coSignature?.rev === record.rev);
  if (holding) return { state: 'co-signed', reviewer: holding.reviewerName, answeredAt: holding.answeredAt ?? '' };
  const latest = byTime.at(-1);
  switch (latest?.status) {
    case undefined:
      return { state: 'needed' };
    case 'waiting':
      return { state: 'waiting', sentAt: latest.submittedAt };
    case 'returned':
      return { state: 'returned', reviewer: latest.reviewerName, comment: latest.comment, answeredAt: latest.answeredAt ?? '' };
    case 'co-signed':
      return { state: 'changed', reviewer: latest.reviewerName, answeredAt: latest.answeredAt ?? '' };
  }
}

/** Still the peer's to do: never sent, sent back, or changed since it was co-signed. */
export const coSignStillNeeded = (state: CoSignState): boolean =>
  state.state === 'needed' || state.state === 'returned' || state.state === 'changed';
