/**
 * The byte layout of a backup file, format version 1 (docs/backup-format.md is the full account).
 * Every integer is unsigned little-endian.
 *
 *   magic "PNBACKUP" (8) | format version u16 | header length u32 | header JSON
 *   | secretstream header (24) | header checksum (32) | header MAC (32)
 *   | frames: index u32 | final u8 | ciphertext length u32 | ciphertext
 */
import { utf8 } from '../crypto/bytes';

export const BACKUP_MAGIC = utf8('PNBACKUP');
export const BACKUP_FORMAT_VERSION = 1;
/** What backup files are named with, so a folder's backups can be told from everything else. */
export const BACKUP_FILE_EXTENSION = '.pnbackup';

/** Magic, version and header length: enough to know what follows. */
export const FIXED_PREFIX_BYTES = BACKUP_MAGIC.length + 2 + 4;
/** Key slots and a few agency slots fit many times over; anything larger is not ours. */
export const MAX_HEADER_JSON_BYTES = 1024 * 1024;
export const STREAM_HEADER_BYTES = 24;
export const DIGEST_BYTES = 32;

/** Plaintext per chunk: the body is cut into pieces of this size; only the last is shorter. */
export const CHUNK_PLAINTEXT_BYTES = 64 * 1024;
/** secretstream adds a 1-byte tag and a 16-byte MAC to every chunk. */
export const CHUNK_OVERHEAD_BYTES = 17;
export const MAX_CHUNK_CIPHERTEXT_BYTES = CHUNK_PLAINTEXT_BYTES + CHUNK_OVERHEAD_BYTES;
export const FRAME_HEADER_BYTES = 4 + 1 + 4;

/** One entry (a record, an audit event) in the plaintext stream; larger ones are refused both ways. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
export const ENTRY_LENGTH_BYTES = 4;

export function u32le(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value, true);
  return bytes;
}

export function readU32le(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, true);
}

export function readU16le(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(offset, true);
}

/** The fixed start of a file: magic, format version, header length. */
export function fixedPrefix(headerLength: number): Uint8Array {
  const bytes = new Uint8Array(FIXED_PREFIX_BYTES);
  bytes.set(BACKUP_MAGIC);
  const view = new DataView(bytes.buffer);
  view.setUint16(BACKUP_MAGIC.length, BACKUP_FORMAT_VERSION, true);
  view.setUint32(BACKUP_MAGIC.length + 2, headerLength, true);
  return bytes;
}

export interface FrameHeader {
  index: number;
  final: boolean;
  ciphertextLength: number;
}

/** A frame's 9 header bytes; they are also the chunk's additional data, so none can be edited unseen. */
export function encodeFrameHeader({ index, final, ciphertextLength }: FrameHeader): Uint8Array {
  const bytes = new Uint8Array(FRAME_HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, index, true);
  bytes[4] = final ? 1 : 0;
  view.setUint32(5, ciphertextLength, true);
  return bytes;
}
