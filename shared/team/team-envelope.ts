/**
 * A sealed envelope to a team member: signed, then sealed. The signer signs (Ed25519) the payload
 * together with both member ids, so a signed payload cannot be re-sealed to someone else as if it
 * were meant for them; then the whole is sealed (crypto_box_seal, X25519) to the recipient's
 * sealing key from the directory, so the server and anyone on the way see only an anonymous box.
 *
 * Format 1, a member sends: the opener checks the signature against the sender's key on its own
 * directory, and a sender not on it (removed, or never added) is refused before the payload is read.
 *
 *   envelope = 1 || crypto_box_seal(inner)
 *   inner    = 1 || from (16 bytes) || to (16 bytes) || signature (64 bytes) || payload (UTF-8 JSON)
 *   signed   = "peer-notebook/team-envelope/v1\n" || from || to || payload
 *
 * Format 2 adds a sender kind; its one kind is the agency (2), handing over the caseload of a
 * member who left: `from` is that member (on whose behalf, so no longer on the list), and the
 * signature is by the agency's policy-signing key, checked against the policy keys built into the
 * installation. It carries only a handoff. Members keep writing format 1, which every app reads.
 *
 *   envelope = 2 || crypto_box_seal(inner)
 *   inner    = 2 || kind (1 byte, 2) || from (16) || to (16) || signature (64) || payload
 *   signed   = "peer-notebook/team-envelope/v2\n" || kind || from || to || payload
 */
import type { Sodium } from '../crypto/sodium';
import { concatBytes, fromHex, fromUtf8, toHex, utf8 } from '../crypto/bytes';
import { UnsupportedFormatError } from '../crypto/errors';
import { decodeAgencyPublicKey } from '../agency/agency-public-key';
import { agencyKeyFingerprint } from '../crypto/agency-key';
import type { TeamDirectory } from './team-directory';
import type { TeamIdentity } from './team-identity';
import { TeamFailure } from './team-errors';
import { Handoff, TeamPayload } from './team-payload';

export const TEAM_ENVELOPE_VERSION = 1;
export const AGENCY_ENVELOPE_VERSION = 2;
const SENDER_AGENCY = 2;
const ID_BYTES = 16;
const SIGNATURE_BYTES = 64;
/** An envelope carries at most a caseload: a few megabytes of records. */
export const MAX_TEAM_ENVELOPE_BYTES = 16 * 1024 * 1024;

const CONTEXT_V1 = utf8('peer-notebook/team-envelope/v1\n');
const CONTEXT_V2 = utf8('peer-notebook/team-envelope/v2\n');
const AGENCY_KIND = new Uint8Array([SENDER_AGENCY]);

const sealed = (sodium: Sodium, version: number, inner: Uint8Array, sealingKey: Uint8Array) =>
  concatBytes(new Uint8Array([version]), sodium.crypto_box_seal(inner, sealingKey));

export function sealTeamEnvelope(
  sodium: Sodium,
  input: { from: { memberId: string; identity: TeamIdentity }; to: { memberId: string; sealingKey: Uint8Array }; payload: TeamPayload },
): Uint8Array {
  const from = fromHex(input.from.memberId);
  const to = fromHex(input.to.memberId);
  const payload = utf8(JSON.stringify(TeamPayload.parse(input.payload)));
  const signature = sodium.crypto_sign_detached(concatBytes(CONTEXT_V1, from, to, payload), input.from.identity.signing.secretKey);
  const version = new Uint8Array([TEAM_ENVELOPE_VERSION]);
  return sealed(sodium, TEAM_ENVELOPE_VERSION, concatBytes(version, from, to, signature, payload), input.to.sealingKey);
}

/** The agency hands a departed member's caseload to `to`, signed with its policy-signing key (64-byte secret key). */
export function sealAgencyEnvelope(
  sodium: Sodium,
  input: { onBehalfOf: string; policySecretKey: Uint8Array; to: { memberId: string; sealingKey: Uint8Array }; payload: Handoff },
): Uint8Array {
  const from = fromHex(input.onBehalfOf);
  const to = fromHex(input.to.memberId);
  const payload = utf8(JSON.stringify(Handoff.parse(input.payload)));
  const signature = sodium.crypto_sign_detached(concatBytes(CONTEXT_V2, AGENCY_KIND, from, to, payload), input.policySecretKey);
  const version = new Uint8Array([AGENCY_ENVELOPE_VERSION]);
  return sealed(sodium, AGENCY_ENVELOPE_VERSION, concatBytes(version, AGENCY_KIND, from, to, signature, payload), input.to.sealingKey);
}

export type OpenedEnvelope =
  /** From a member on my list. */
  | { sentBy: 'member'; from: string; payload: TeamPayload }
  /** From the agency (signed by the policy key `signedBy`, a fingerprint), on behalf of member `from`, who left. */
  | { sentBy: 'agency'; from: string; signedBy: string; payload: Handoff };

interface Inner {
  from: Uint8Array;
  to: Uint8Array;
  signature: Uint8Array;
  payload: Uint8Array;
}

/** Splits `inner` after its `header` bytes (version, and kind in format 2) into ids, signature and payload. */
function split(inner: Uint8Array, header: number): Inner {
  const end = header + 2 * ID_BYTES + SIGNATURE_BYTES;
  if (inner.length <= end) throw new TeamFailure('envelope-unreadable');
  return {
    from: inner.subarray(header, header + ID_BYTES),
    to: inner.subarray(header + ID_BYTES, header + 2 * ID_BYTES),
    signature: inner.subarray(header + 2 * ID_BYTES, end),
    payload: inner.subarray(end),
  };
}

function parsed<T>(schema: { parse(value: unknown): T }, bytes: Uint8Array): T {
  try {
    return schema.parse(JSON.parse(fromUtf8(bytes)));
  } catch {
    throw new TeamFailure('envelope-unreadable');
  }
}

/**
 * Opens an envelope sealed to `me`; throws TeamFailure (or UnsupportedFormatError) and never
 * returns an unchecked payload. `policyKeys`: the installation's, which an agency envelope must be signed by.
 */
export function openTeamEnvelope(
  sodium: Sodium,
  envelope: Uint8Array,
  me: { memberId: string; identity: TeamIdentity },
  directory: TeamDirectory,
  policyKeys: readonly { publicKey: string }[],
): OpenedEnvelope {
  if (envelope.length < 1) throw new TeamFailure('envelope-unreadable');
  const version = envelope[0];
  if (version !== TEAM_ENVELOPE_VERSION && version !== AGENCY_ENVELOPE_VERSION)
    throw new UnsupportedFormatError('A team envelope', version);
  let inner: Uint8Array;
  try {
    inner = sodium.crypto_box_seal_open(envelope.subarray(1), me.identity.sealing.publicKey, me.identity.sealing.privateKey);
  } catch {
    throw new TeamFailure('envelope-unreadable');
  }
  if (inner.length < 2) throw new TeamFailure('envelope-unreadable');
  if (inner[0] !== version) throw new UnsupportedFormatError('A team envelope', inner[0]);
  if (version === AGENCY_ENVELOPE_VERSION && inner[1] !== SENDER_AGENCY)
    throw new UnsupportedFormatError('A team envelope sender', inner[1]);
  const { from, to, signature, payload } = split(inner, version === TEAM_ENVELOPE_VERSION ? 1 : 2);
  // Sealed to my key but addressed to another id: someone re-sealed a payload meant for another.
  if (toHex(to) !== me.memberId) throw new TeamFailure('envelope-unreadable');

  if (version === TEAM_ENVELOPE_VERSION) {
    const sender = directory.members.get(toHex(from));
    if (!sender) throw new TeamFailure('sender-not-in-team');
    if (!sodium.crypto_sign_verify_detached(signature, concatBytes(CONTEXT_V1, from, to, payload), sender.signingKey))
      throw new TeamFailure('sender-signature');
    return { sentBy: 'member', from: sender.memberId, payload: parsed(TeamPayload, payload) };
  }
  const signed = concatBytes(CONTEXT_V2, AGENCY_KIND, from, to, payload);
  const signer = policyKeys
    .map((key) => decodeAgencyPublicKey(sodium, key.publicKey))
    .find((key) => key !== null && sodium.crypto_sign_verify_detached(signature, signed, key));
  if (!signer) throw new TeamFailure('agency-signature');
  return { sentBy: 'agency', from: toHex(from), signedBy: agencyKeyFingerprint(sodium, signer), payload: parsed(Handoff, payload) };
}
