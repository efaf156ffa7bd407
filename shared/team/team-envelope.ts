/**
 * A sealed envelope between two team members: signed, then sealed. The sender signs (Ed25519)
 * the payload together with both member ids, so a signed payload cannot be re-sealed to someone
 * else as if it were meant for them; then the whole is sealed (crypto_box_seal, X25519) to the
 * recipient's sealing key from the directory, so the server and anyone on the way see only an
 * anonymous box. The opener checks the signature against the sender's key on its own directory:
 * a sender not on it (removed, or never added) is refused before the payload is read.
 *
 *   envelope = version (1 byte, 1) || crypto_box_seal(inner)
 *   inner    = version (1 byte, 1) || from (16 bytes) || to (16 bytes) || signature (64 bytes) || payload (UTF-8 JSON)
 *   signed   = "peer-notebook/team-envelope/v1\n" || from || to || payload
 */
import type { Sodium } from '../crypto/sodium';
import { concatBytes, fromHex, fromUtf8, toHex, utf8 } from '../crypto/bytes';
import { UnsupportedFormatError } from '../crypto/errors';
import type { TeamDirectory } from './team-directory';
import type { TeamIdentity } from './team-identity';
import { TeamFailure } from './team-errors';
import { TeamPayload } from './team-payload';

export const TEAM_ENVELOPE_VERSION = 1;
const ID_BYTES = 16;
const SIGNATURE_BYTES = 64;
const INNER_HEADER = 1 + 2 * ID_BYTES + SIGNATURE_BYTES;
/** An envelope carries at most a caseload: a few megabytes of records. */
export const MAX_TEAM_ENVELOPE_BYTES = 16 * 1024 * 1024;

const CONTEXT = utf8('peer-notebook/team-envelope/v1\n');
const signedPart = (from: Uint8Array, to: Uint8Array, payload: Uint8Array) => concatBytes(CONTEXT, from, to, payload);

export function sealTeamEnvelope(
  sodium: Sodium,
  input: { from: { memberId: string; identity: TeamIdentity }; to: { memberId: string; sealingKey: Uint8Array }; payload: TeamPayload },
): Uint8Array {
  const from = fromHex(input.from.memberId);
  const to = fromHex(input.to.memberId);
  const payload = utf8(JSON.stringify(TeamPayload.parse(input.payload)));
  const signature = sodium.crypto_sign_detached(signedPart(from, to, payload), input.from.identity.signing.secretKey);
  const inner = concatBytes(new Uint8Array([TEAM_ENVELOPE_VERSION]), from, to, signature, payload);
  return concatBytes(new Uint8Array([TEAM_ENVELOPE_VERSION]), sodium.crypto_box_seal(inner, input.to.sealingKey));
}

export interface OpenedEnvelope {
  from: string;
  payload: TeamPayload;
}

/** Opens an envelope sealed to `me`; throws TeamFailure (or UnsupportedFormatError) and never returns an unchecked payload. */
export function openTeamEnvelope(
  sodium: Sodium,
  envelope: Uint8Array,
  me: { memberId: string; identity: TeamIdentity },
  directory: TeamDirectory,
): OpenedEnvelope {
  if (envelope.length < 1) throw new TeamFailure('envelope-unreadable');
  if (envelope[0] !== TEAM_ENVELOPE_VERSION) throw new UnsupportedFormatError('A team envelope', envelope[0]);
  let inner: Uint8Array;
  try {
    inner = sodium.crypto_box_seal_open(envelope.subarray(1), me.identity.sealing.publicKey, me.identity.sealing.privateKey);
  } catch {
    throw new TeamFailure('envelope-unreadable');
  }
  if (inner.length <= INNER_HEADER) throw new TeamFailure('envelope-unreadable');
  if (inner[0] !== TEAM_ENVELOPE_VERSION) throw new UnsupportedFormatError('A team envelope', inner[0]);
  const from = inner.subarray(1, 1 + ID_BYTES);
  const to = inner.subarray(1 + ID_BYTES, 1 + 2 * ID_BYTES);
  const signature = inner.subarray(1 + 2 * ID_BYTES, INNER_HEADER);
  const payloadBytes = inner.subarray(INNER_HEADER);
  // Sealed to my key but addressed to another id: someone re-sealed a payload meant for another.
  if (toHex(to) !== me.memberId) throw new TeamFailure('envelope-unreadable');
  const sender = directory.members.get(toHex(from));
  if (!sender) throw new TeamFailure('sender-not-in-team');
  if (!sodium.crypto_sign_verify_detached(signature, signedPart(from, to, payloadBytes), sender.signingKey))
    throw new TeamFailure('sender-signature');
  let payload: TeamPayload;
  try {
    payload = TeamPayload.parse(JSON.parse(fromUtf8(payloadBytes)));
  } catch {
    throw new TeamFailure('envelope-unreadable');
  }
  return { from: sender.memberId, payload };
}
