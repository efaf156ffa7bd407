/** Typed failures of the team formats, each a plain message (shared/messages.ts); callers branch on `reason`. */
import { MessageError, say, type PlainMessageKey } from '../messages';

const REASONS = {
  'directory-malformed': 'team.directoryMalformed',
  'directory-not-signed': 'team.directoryNotSigned',
  'directory-older': 'team.directoryOlder',
  'directory-other-team': 'team.directoryOtherTeam',
  'not-in-team': 'team.notInTeam',
  'recipient-not-in-team': 'team.recipientNotInTeam',
  'envelope-unreadable': 'team.envelopeUnreadable',
  'sender-not-in-team': 'team.senderNotInTeam',
  'sender-signature': 'team.senderSignature',
  'co-signature-invalid': 'team.coSignatureInvalid',
} as const satisfies Record<string, PlainMessageKey>;

export type TeamFailureReason = keyof typeof REASONS;

export class TeamFailure extends MessageError {
  constructor(readonly reason: TeamFailureReason) {
    super(say(REASONS[reason]));
  }
}
