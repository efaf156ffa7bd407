/**
 * Reads a backup file's structure as its bytes arrive, with no key: the magic and version, the
 * header (checked against its checksum) and the sequence of framed chunks up to the one marked
 * final. It catches a file that is not a backup, a newer format, a damaged header, chunks out of
 * order and a file that ends early; whether the chunks decrypt is the keyed reader's business.
 */
import type { Sodium } from '../crypto/sodium';
import { fromUtf8 } from '../crypto/bytes';
import { UnsupportedFormatError } from '../crypto/errors';
import {
  BackupChunksOutOfOrderError,
  BackupDamagedError,
  BackupFromNewerVersionError,
  BackupTruncatedError,
  NotABackupError,
} from './backup-errors';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  CHUNK_OVERHEAD_BYTES,
  DIGEST_BYTES,
  FIXED_PREFIX_BYTES,
  FRAME_HEADER_BYTES,
  MAX_CHUNK_CIPHERTEXT_BYTES,
  MAX_HEADER_JSON_BYTES,
  STREAM_HEADER_BYTES,
  readU16le,
  readU32le,
  type FrameHeader,
} from './backup-layout';
import { headerChecksum, parseBackupHeader, type BackupHeader } from './backup-header';
import { ByteQueue } from './byte-queue';
import { say } from '../messages';

/** The header as read: not yet authenticated, so only for showing, never for trusting. */
export interface BackupPreamble {
  header: BackupHeader;
  /** The bytes the checksum and MAC cover. */
  coverage: Uint8Array;
  streamHeader: Uint8Array;
  mac: Uint8Array;
}

export interface BackupFrame extends FrameHeader {
  /** The frame's header bytes, which are the chunk's additional data. */
  additionalData: Uint8Array;
  ciphertext: Uint8Array;
}

export type BackupPiece = { kind: 'preamble'; preamble: BackupPreamble } | { kind: 'frame'; frame: BackupFrame };

type Stage = 'prefix' | 'header' | 'frame-header' | 'frame-body' | 'done';

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

function parseHeaderJson(json: Uint8Array): BackupHeader {
  try {
    return parseBackupHeader(JSON.parse(fromUtf8(json)));
  } catch (error) {
    // A vault format from a newer app says so; anything else means the header is not readable.
    if (error instanceof UnsupportedFormatError) throw error;
    throw new BackupDamagedError(say('backup.damaged.headerUnreadable'));
  }
}

export class BackupFileParser {
  private readonly queue = new ByteQueue();
  private stage: Stage = 'prefix';
  private prefixBytes: Uint8Array = new Uint8Array(0);
  private headerLength = 0;
  private frameHeader: { header: FrameHeader; bytes: Uint8Array } | null = null;
  private nextIndex = 0;

  constructor(private readonly sodium: Sodium) {}

  /** True once the final chunk has been read. */
  get complete(): boolean {
    return this.stage === 'done';
  }

  push(bytes: Uint8Array): BackupPiece[] {
    this.queue.push(bytes);
    const pieces: BackupPiece[] = [];
    for (let piece = this.step(); piece !== 'wait'; piece = this.step()) {
      if (piece) pieces.push(piece);
    }
    return pieces;
  }

  /** The file has no more bytes: it must have ended with its final chunk. */
  end(): void {
    if (this.stage === 'prefix' && this.queue.length < BACKUP_MAGIC.length) throw new NotABackupError();
    if (this.stage !== 'done') throw new BackupTruncatedError();
  }

  /** Advances one step: a piece, null for progress without a piece, or 'wait' for more bytes. */
  private step(): BackupPiece | null | 'wait' {
    switch (this.stage) {
      case 'prefix':
        return this.readPrefix();
      case 'header':
        return this.readHeader();
      case 'frame-header':
        return this.readFrameHeader();
      case 'frame-body':
        return this.readFrameBody();
      case 'done':
        if (this.queue.length > 0) throw new BackupDamagedError(say('backup.damaged.extraBytes'));
        return 'wait';
    }
  }

  private readPrefix(): null | 'wait' {
    const magic = this.queue.peek(BACKUP_MAGIC.length);
    if (!magic) return 'wait';
    if (!sameBytes(magic, BACKUP_MAGIC)) throw new NotABackupError();
    const prefix = this.queue.take(FIXED_PREFIX_BYTES);
    if (!prefix) return 'wait';
    const version = readU16le(prefix, BACKUP_MAGIC.length);
    if (version > BACKUP_FORMAT_VERSION) throw new BackupFromNewerVersionError(version);
    if (version !== BACKUP_FORMAT_VERSION) throw new BackupDamagedError(say('backup.damaged.versionUnreadable'));
    this.headerLength = readU32le(prefix, BACKUP_MAGIC.length + 2);
    if (this.headerLength === 0 || this.headerLength > MAX_HEADER_JSON_BYTES)
      throw new BackupDamagedError(say('backup.damaged.headerSize'));
    this.prefixBytes = prefix;
    this.stage = 'header';
    return null;
  }

  private readHeader(): BackupPiece | 'wait' {
    const rest = this.queue.take(this.headerLength + STREAM_HEADER_BYTES + 2 * DIGEST_BYTES);
    if (!rest) return 'wait';
    const json = rest.subarray(0, this.headerLength);
    const streamHeader = rest.slice(this.headerLength, this.headerLength + STREAM_HEADER_BYTES);
    const checksumAt = this.headerLength + STREAM_HEADER_BYTES;
    const coverage = new Uint8Array(FIXED_PREFIX_BYTES + checksumAt);
    coverage.set(this.prefixBytes);
    coverage.set(rest.subarray(0, checksumAt), FIXED_PREFIX_BYTES);
    if (!sameBytes(headerChecksum(this.sodium, coverage), rest.subarray(checksumAt, checksumAt + DIGEST_BYTES))) {
      throw new BackupDamagedError(say('backup.damaged.headerChanged'));
    }
    const header = parseHeaderJson(json);
    this.stage = 'frame-header';
    return { kind: 'preamble', preamble: { header, coverage, streamHeader, mac: rest.slice(checksumAt + DIGEST_BYTES) } };
  }

  private readFrameHeader(): null | 'wait' {
    const bytes = this.queue.take(FRAME_HEADER_BYTES);
    if (!bytes) return 'wait';
    const index = readU32le(bytes, 0);
    const finalFlag = bytes[4];
    const ciphertextLength = readU32le(bytes, 5);
    if (index !== this.nextIndex) throw new BackupChunksOutOfOrderError(this.nextIndex, index);
    if ((finalFlag !== 0 && finalFlag !== 1) || ciphertextLength < CHUNK_OVERHEAD_BYTES || ciphertextLength > MAX_CHUNK_CIPHERTEXT_BYTES) {
      throw new BackupDamagedError(say('backup.damaged.partSize', { index }));
    }
    this.frameHeader = { header: { index, final: finalFlag === 1, ciphertextLength }, bytes };
    this.stage = 'frame-body';
    return null;
  }

  private readFrameBody(): BackupPiece | 'wait' {
    const { header, bytes } = this.frameHeader!;
    const ciphertext = this.queue.take(header.ciphertextLength);
    if (!ciphertext) return 'wait';
    this.frameHeader = null;
    this.nextIndex += 1;
    this.stage = header.final ? 'done' : 'frame-header';
    return { kind: 'frame', frame: { ...header, additionalData: bytes, ciphertext } };
  }
}
