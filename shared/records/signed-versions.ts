/**
 * "Signed means fixed", shared by agreements, disclosures of the limits of confidentiality,
 * releases of information (and later plans).
 *
 * What the person signed must always be shown exactly as they saw it, so a signed record is never
 * edited in place. A change is a new version in the same series (same `seriesId`, next `version`,
 * unsigned), and the signed one stays as it was. Every version is its own record, so history is
 * kept for free.
 *
 * Not covered here: two devices offline, one signing a draft while the other edits it, merge
 * field by field into a signed record with the other device's edit. Catching that needs a digest
 * of the signed content kept in the signature (a follow-up for the sync work).
 */
import { z } from 'zod';
import { issue, issueWith, MessageError, say } from '../messages';
import { randomId } from '../crypto/bytes';
import { datePart, isoDateTime } from './dates';
import { text } from './text';

export const SIGNATURE_METHODS = ['drawn', 'verbal-with-witness', 'typed'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

/** A drawn signature is a small PNG as a data: URL; this bounds a runaway one (about 750 KB). */
const MAX_DRAWING_CHARS = 1_000_000;

export const SignatureSchema = z
  .object({
    method: z.enum(SIGNATURE_METHODS, { error: issue('signature.methodMissing') }),
    signedAt: isoDateTime(issue('signature.signedAtMissing')),
    signerName: text(200).min(1, issue('signature.signerMissing')),
    witnessName: text(200).optional(),
    // Kept inside the record, so it is encrypted with everything else.
    drawing: z.string().max(MAX_DRAWING_CHARS, issue('signature.drawingTooLarge')).optional(),
  })
  .superRefine((signature, ctx) => {
    if (signature.method === 'verbal-with-witness' && !signature.witnessName) {
      ctx.addIssue({ ...issueWith(say('signature.witnessMissing')), path: ['witnessName'] });
    }
    if (signature.method === 'drawn' && !signature.drawing) {
      ctx.addIssue({ ...issueWith(say('signature.drawingMissing')), path: ['drawing'] });
    } else if (signature.drawing !== undefined && !signature.drawing.startsWith('data:image/')) {
      ctx.addIssue({ ...issueWith(say('signature.drawingNotPicture')), path: ['drawing'] });
    }
  });
export type Signature = z.infer<typeof SignatureSchema>;

/** How a document is to be signed when its own form already said so: drawn on screen, or said out loud before a witness it names. */
export type SigningWay = { method: 'drawn' } | { method: 'verbal-with-witness'; witnessName: string };

/** Spread into each signed kind's schema. */
export const signedVersionShape = {
  seriesId: z.string().trim().min(1, issue('signature.seriesLost')),
  version: z.number().int().min(1).default(1),
  signature: SignatureSchema.nullable().default(null),
  /** The record id of the version this one replaces (null for the first). */
  supersedes: z.string().nullable().default(null),
};

export interface SignedVersionFields {
  seriesId: string;
  version: number;
  signature: Signature | null;
  supersedes: string | null;
}

/** A record as the rules see it: its id and its parsed fields. */
export interface RecordWithFields<F> {
  id: string;
  fields: F;
}

/** The fields of version 1 of a new document. */
export function firstVersionFields(seriesId: string = randomId()): SignedVersionFields {
  return { seriesId, version: 1, signature: null, supersedes: null };
}

export const isSigned = (fields: { signature?: Signature | null | undefined }): boolean => Boolean(fields.signature);

/** How a signed record is put right: a new version replacing it, or an addendum beside it (service notes). */
export type Correction = 'new-version' | 'addendum';

export class SignedRecordLockedError extends MessageError {
  constructor(
    readonly signedAt: string,
    correction: Correction = 'new-version',
  ) {
    super(say(correction === 'addendum' ? 'signature.lockedAddAddendum' : 'signature.locked', { date: { date: datePart(signedAt) } }));
  }
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Throws SignedRecordLockedError when the record is signed. Given the `changes` about to be saved,
 * it lets through changes that alter nothing and changes to `allowedAfterSigning` fields (things
 * that happen after signing, such as a release being revoked) — nothing else.
 */
export function assertEditable(
  fields: { signature?: Signature | null | undefined },
  changes?: Record<string, unknown>,
  allowedAfterSigning: readonly string[] = [],
  correction: Correction = 'new-version',
): void {
  const signature = fields.signature;
  if (!signature) return;
  if (changes) {
    const current = fields as Record<string, unknown>;
    const locked = Object.entries(changes).some(
      ([name, value]) => value !== undefined && !allowedAfterSigning.includes(name) && !sameValue(current[name], value),
    );
    if (!locked) return;
  }
  throw new SignedRecordLockedError(signature.signedAt, correction);
}

/**
 * The fields for the next version: the same content (deep-copied) in the same series, one version
 * up, unsigned, pointing back at the record it supersedes. `notCarriedOver` names fields that
 * belong to one version only (a release's revocation, say); they are left out, so the schema's
 * defaults fill them in.
 */
export function nextVersionFields<F extends SignedVersionFields, K extends keyof F = never>(
  previous: RecordWithFields<F>,
  notCarriedOver: readonly K[] = [],
): Omit<F, K | keyof SignedVersionFields> & SignedVersionFields {
  const content = JSON.parse(JSON.stringify(previous.fields)) as Record<string, unknown>;
  for (const name of notCarriedOver) delete content[name as string];
  return {
    ...(content as Omit<F, K | keyof SignedVersionFields>),
    seriesId: previous.fields.seriesId,
    version: previous.fields.version + 1,
    signature: null,
    supersedes: previous.id,
  };
}

/**
 * Orders versions of one series. Two devices offline can each make "version 2"; both records are
 * kept, and this picks the same one everywhere: a signed one over a draft, then the later
 * signature, then the id.
 */
function compareVersions(a: RecordWithFields<SignedVersionFields>, b: RecordWithFields<SignedVersionFields>): number {
  if (a.fields.version !== b.fields.version) return a.fields.version - b.fields.version;
  const aSigned = a.fields.signature?.signedAt ?? '';
  const bSigned = b.fields.signature?.signedAt ?? '';
  if (aSigned !== bSigned) return aSigned < bSigned ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function latestPerSeries<R extends RecordWithFields<SignedVersionFields>>(records: readonly R[]): R[] {
  const latest = new Map<string, R>();
  for (const record of records) {
    const best = latest.get(record.fields.seriesId);
    if (!best || compareVersions(record, best) > 0) latest.set(record.fields.seriesId, record);
  }
  return records.filter((record) => latest.get(record.fields.seriesId) === record);
}

/** The highest version of each document (a new draft version included), in the order given. */
export function latestVersions<R extends RecordWithFields<SignedVersionFields>>(records: readonly R[]): R[] {
  return latestPerSeries(records);
}

/**
 * The highest signed version of each document: what is in force while a newer version is still
 * a draft waiting to be signed.
 */
export function latestSignedVersions<R extends RecordWithFields<SignedVersionFields>>(records: readonly R[]): R[] {
  return latestPerSeries(records.filter((record) => isSigned(record.fields)));
}

/** Every version of one document, oldest first. */
export function versionHistory<R extends RecordWithFields<SignedVersionFields>>(records: readonly R[], seriesId: string): R[] {
  return records.filter((record) => record.fields.seriesId === seriesId).sort(compareVersions);
}
