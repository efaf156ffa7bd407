/**
 * A supervisor's co-signature on a peer's note or plan: an Ed25519 signature by the supervisor's
 * team key over the record's id, its revision and a digest of its fields (canonical JSON), so it
 * holds for exactly the words reviewed. It travels back inside the sealed review answer and is
 * kept with the record; anyone with the team list checks it against a supervisor on it.
 *
 *   signed = "peer-notebook/co-signature/v1\n" || canonical JSON of
 *            { recordId, rev, contentHash, supervisorId, signedAt }
 */
import { z } from 'zod';
import type { Sodium } from '../crypto/sodium';
import { toHex, utf8 } from '../crypto/bytes';
import { canonicalJson } from '../agency/canonical-json';
import type { TeamDirectory } from './team-directory';
import { TeamFailure } from './team-errors';

export const CO_SIGNATURE_FORMAT_VERSION = 1;

export const CoSignature = z.object({
  format: z.literal(CO_SIGNATURE_FORMAT_VERSION),
  recordId: z.string().min(1).max(64),
  rev: z.string().min(1).max(64),
  /** BLAKE2b-256 of the record's fields in canonical JSON, hex. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  supervisorId: z.string().regex(/^[0-9a-f]{32}$/),
  signedAt: z.string(),
  signature: z.string(),
});
export type CoSignature = z.infer<typeof CoSignature>;

export interface ReviewedRecord {
  id: string;
  rev: string;
  fields: Record<string, unknown>;
}

export const recordContentHash = (sodium: Sodium, fields: Record<string, unknown>): string =>
  toHex(sodium.crypto_generichash(32, utf8(canonicalJson(fields)), null));

function coSignedMessage(signature: Omit<CoSignature, 'signature' | 'format'>): Uint8Array {
  const { recordId, rev, contentHash, supervisorId, signedAt } = signature;
  return utf8(`peer-notebook/co-signature/v1\n${canonicalJson({ recordId, rev, contentHash, supervisorId, signedAt })}`);
}

export function coSignRecord(
  sodium: Sodium,
  input: { supervisorId: string; signingSecretKey: Uint8Array; record: ReviewedRecord; signedAt: string },
): CoSignature {
  const unsigned = {
    recordId: input.record.id,
    rev: input.record.rev,
    contentHash: recordContentHash(sodium, input.record.fields),
    supervisorId: input.supervisorId,
    signedAt: input.signedAt,
  };
  const signature = sodium.crypto_sign_detached(coSignedMessage(unsigned), input.signingSecretKey);
  return { format: CO_SIGNATURE_FORMAT_VERSION, ...unsigned, signature: sodium.to_base64(signature, sodium.base64_variants.ORIGINAL) };
}

/**
 * Checks a co-signature against the record it claims and a supervisor on the team list; throws
 * TeamFailure('co-signature-invalid') otherwise.
 */
export function checkCoSignature(sodium: Sodium, coSignature: CoSignature, record: ReviewedRecord, directory: TeamDirectory): void {
  checkCoSignatureOf(
    sodium,
    coSignature,
    { id: record.id, rev: record.rev, contentHash: recordContentHash(sodium, record.fields) },
    directory,
  );
}

/** The same check against a digest of the fields kept when they were sent, for a record that may have changed since. */
export function checkCoSignatureOf(
  sodium: Sodium,
  coSignature: CoSignature,
  record: { id: string; rev: string; contentHash: string },
  directory: TeamDirectory,
): void {
  const supervisor = directory.members.get(coSignature.supervisorId);
  const matches =
    supervisor?.role === 'supervisor' &&
    coSignature.recordId === record.id &&
    coSignature.rev === record.rev &&
    coSignature.contentHash === record.contentHash;
  if (!matches) throw new TeamFailure('co-signature-invalid');
  let signature: Uint8Array;
  try {
    signature = sodium.from_base64(coSignature.signature, sodium.base64_variants.ORIGINAL);
  } catch {
    throw new TeamFailure('co-signature-invalid');
  }
  if (
    signature.length !== sodium.crypto_sign_BYTES ||
    !sodium.crypto_sign_verify_detached(signature, coSignedMessage(coSignature), supervisor.signingKey)
  )
    throw new TeamFailure('co-signature-invalid');
}
