/**
 * A sync segment (docs/sync-format.md): one device's batch of revisions, as one sealed file in a
 * sync folder, named by its device and sequence number and never rewritten. Written in format 2;
 * format 1 segments, already in folders, still open.
 *
 *   [6 bytes "PNSYNC"][1 byte format][24 bytes nonce][XChaCha20-Poly1305 ciphertext + tag]
 *
 * The whole payload is sealed with the vault's sync subkey, associated data binding it to its
 * vault, device and sequence number, so a segment from another notebook, a renamed one or one
 * damaged in any byte fails to open before anything in it is used. Inside, each revision is the
 * stored row as it is: id, kind, parent, revision, tombstone flag and the record ciphertext (itself
 * sealed with the records key and bound to vault, record and revision). Nothing is in clear in the
 * folder, not even kinds or parents.
 *
 * Payload: [u32 LE length of the index][index][every record ciphertext in index order], the index
 * being the JSON [[id, kind, parentId, rev, deleted, ctBytes], ...]: as it is in format 1, and
 * deflated (raw DEFLATE, RFC 1951) in format 2. The index was a fifth of what a sync wrote (about
 * 106 bytes a record beside 410 of ciphertext); deflated it is about a quarter of that. Only the
 * index is compressed: ciphertexts do not compress, and no record body is ever compressed, so a
 * segment's size says nothing about what anyone said.
 */
import { z } from 'zod';
import { deflateSync, inflateSync } from 'fflate';
import type { Sodium } from '../crypto/sodium';
import { concatBytes, fromUtf8, randomBytes, utf8 } from '../crypto/bytes';
import { readU32le, u32le } from '../backup/backup-layout';
import { isDeviceId } from './hlc';

/** The format this app writes; it opens every format from 1 up to it. */
export const SYNC_SEGMENT_FORMAT = 2;
const MAGIC = utf8('PNSYNC');
const NONCE_BYTES = 24;
const HEADER_BYTES = MAGIC.length + 1 + NONCE_BYTES;
/** A segment file is at most this big; the engine closes a segment well before (see SEGMENT_TARGET_BYTES). */
export const MAX_SYNC_SEGMENT_BYTES = 16 * 1024 * 1024;
/** Revisions go into one segment until their ciphertexts reach about this size. */
export const SEGMENT_TARGET_BYTES = 4 * 1024 * 1024;
export const MAX_SEGMENT_SEQ = 2 ** 31 - 1;

/** Where a segment belongs: its vault, the device that wrote it and its place in that device's series. */
export interface SegmentName {
  vaultId: string;
  deviceId: string;
  seq: number;
}

/** One revision as stored: the record ciphertext and the clear columns the vault indexes by. */
export interface SegmentRevision {
  id: string;
  kind: string;
  parentId: string | null;
  rev: string;
  deleted: 0 | 1;
  ct: Uint8Array;
}

const IndexEntry = z.tuple([
  z.string().min(1).max(200),
  z.string().min(1).max(200),
  z.string().max(200).nullable(),
  z.string().min(1).max(100),
  z.union([z.literal(0), z.literal(1)]),
  z.number().int().nonnegative(),
]);
const SegmentIndex = z.array(IndexEntry);

/** Why a segment was not applied: it is not a segment of this notebook's, or it was changed or cut short. */
export class SyncSegmentUnreadableError extends Error {
  constructor(
    readonly segment: Pick<SegmentName, 'deviceId' | 'seq'>,
    readonly reason: 'not-a-segment' | 'newer-format' | 'does-not-open',
  ) {
    super(`Sync file ${segment.deviceId}/${segment.seq} could not be read (${reason}).`);
    this.name = 'SyncSegmentUnreadableError';
  }
}

export const isSegmentSeq = (seq: number): boolean => Number.isInteger(seq) && seq >= 1 && seq <= MAX_SEGMENT_SEQ;

/** Binds the seal to the segment's name and to its format (the clear format byte cannot be changed unnoticed). */
function associatedData(format: number, { vaultId, deviceId, seq }: SegmentName): Uint8Array {
  return utf8(JSON.stringify([`peer-notebook/sync-segment/v${format}`, vaultId, deviceId, seq]));
}

export function sealSegment(
  sodium: Sodium,
  syncKey: Uint8Array,
  name: SegmentName,
  revisions: readonly SegmentRevision[],
): Uint8Array<ArrayBuffer> {
  if (!isDeviceId(name.deviceId) || !isSegmentSeq(name.seq))
    throw new TypeError('a segment is named by a device id and a sequence number from 1');
  const index = deflateSync(utf8(JSON.stringify(revisions.map((r) => [r.id, r.kind, r.parentId, r.rev, r.deleted, r.ct.length]))));
  const payload = concatBytes(u32le(index.length), index, ...revisions.map((r) => r.ct));
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    payload,
    associatedData(SYNC_SEGMENT_FORMAT, name),
    null,
    nonce,
    syncKey,
  );
  const segment = new Uint8Array(HEADER_BYTES + sealed.length);
  segment.set(MAGIC);
  segment[MAGIC.length] = SYNC_SEGMENT_FORMAT;
  segment.set(nonce, MAGIC.length + 1);
  segment.set(sealed, HEADER_BYTES);
  return segment;
}

/** Opens a segment, or throws SyncSegmentUnreadableError; nothing is returned from one that does not verify. */
export function openSegment(sodium: Sodium, syncKey: Uint8Array, name: SegmentName, bytes: Uint8Array): SegmentRevision[] {
  const unreadable = (reason: SyncSegmentUnreadableError['reason']) => new SyncSegmentUnreadableError(name, reason);
  if (bytes.length < HEADER_BYTES + 16 || MAGIC.some((byte, i) => bytes[i] !== byte)) throw unreadable('not-a-segment');
  const format = bytes[MAGIC.length]!;
  if (format > SYNC_SEGMENT_FORMAT) throw unreadable('newer-format');
  if (format < 1) throw unreadable('not-a-segment');
  let payload: Uint8Array;
  try {
    payload = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      bytes.subarray(HEADER_BYTES),
      associatedData(format, name),
      bytes.subarray(MAGIC.length + 1, HEADER_BYTES),
      syncKey,
    );
  } catch {
    throw unreadable('does-not-open');
  }
  // Authenticated, so written by this notebook's engine; still parsed, never trusted blindly.
  const indexLength = readU32le(payload, 0);
  const stored = payload.subarray(4, 4 + indexLength);
  let index: ReturnType<typeof SegmentIndex.safeParse>;
  try {
    index = SegmentIndex.safeParse(JSON.parse(fromUtf8(format === 1 ? stored : inflateSync(stored))));
  } catch {
    throw unreadable('not-a-segment');
  }
  if (!index.success) throw unreadable('not-a-segment');
  let offset = 4 + indexLength;
  const revisions = index.data.map(([id, kind, parentId, rev, deleted, length]) => {
    const ct = payload.slice(offset, offset + length);
    offset += length;
    return { id, kind, parentId, rev, deleted, ct };
  });
  if (offset !== payload.length) throw unreadable('not-a-segment');
  return revisions;
}
