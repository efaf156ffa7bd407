/**
 * Opens and reads a backup as its bytes arrive: structure (BackupFileParser), then the file key
 * (under the header's MAC), then each chunk through secretstream, then the entries.
 *
 * Entries come out while the file is still being read, so a caller that changes anything must
 * first run verifyBackup over the whole file (it reads to the final tag and checks every chunk),
 * and only then read it again to apply it, reusing the file key verifyBackup returned.
 */
import type { Sodium } from '../crypto/sodium';
import { BackupDamagedError, BackupTruncatedError } from './backup-errors';
import { openBackupFileKey, fileSubkey, type BackupHeader, type BackupUnlock } from './backup-header';
import { BackupFileParser, type BackupFrame, type BackupPreamble } from './backup-parser';
import { EntrySplitter, type DecodedBackupEntry } from './backup-entries';
import { say } from '../messages';

type StreamState = ReturnType<Sodium['crypto_secretstream_xchacha20poly1305_init_pull']>;

export interface BackupEntryCounts {
  records: number;
  /** Records that are tombstones (deleted, kept for sync and retention). */
  deletedRecords: number;
  auditEvents: number;
  /** Entries of a type a newer version wrote; kept, but not understood here. */
  unrecognised: number;
}

export class BackupReader {
  private readonly parser: BackupFileParser;
  private readonly splitter: EntrySplitter;
  private opened: { header: BackupHeader; fileKey: Uint8Array; state: StreamState } | null = null;
  readonly counts: BackupEntryCounts = { records: 0, deletedRecords: 0, auditEvents: 0, unrecognised: 0 };
  chunks = 0;

  /** `options.entriesChecked`: a second pass over a file a first pass checked whole (see EntrySplitter). */
  constructor(
    private readonly sodium: Sodium,
    private readonly unlock: BackupUnlock,
    options: { entriesChecked?: boolean } = {},
  ) {
    this.parser = new BackupFileParser(sodium);
    this.splitter = new EntrySplitter(options.entriesChecked);
  }

  /** The header, once its MAC has been checked under the file key. */
  get header(): BackupHeader | null {
    return this.opened?.header ?? null;
  }

  push(bytes: Uint8Array): DecodedBackupEntry[] {
    const entries: DecodedBackupEntry[] = [];
    for (const piece of this.parser.push(bytes)) {
      if (piece.kind === 'preamble') this.open(piece.preamble);
      else entries.push(...this.decrypt(piece.frame));
    }
    return entries;
  }

  /** The file has no more bytes: it must have ended with its final chunk, on an entry boundary. */
  end(): { header: BackupHeader; fileKey: Uint8Array } {
    this.parser.end();
    this.splitter.end();
    const { header, fileKey } = this.opened!;
    return { header, fileKey };
  }

  private open(preamble: BackupPreamble): void {
    const fileKey = openBackupFileKey(this.sodium, preamble.header, preamble.coverage, preamble.mac, this.unlock);
    const streamKey = fileSubkey(this.sodium, fileKey, 'stream');
    try {
      const state = this.sodium.crypto_secretstream_xchacha20poly1305_init_pull(preamble.streamHeader, streamKey);
      this.opened = { header: preamble.header, fileKey, state };
    } catch {
      throw new BackupDamagedError(say('backup.damaged.streamHeader'));
    } finally {
      this.sodium.memzero(streamKey);
    }
  }

  private decrypt(frame: BackupFrame): DecodedBackupEntry[] {
    const { sodium } = this;
    const pulled = sodium.crypto_secretstream_xchacha20poly1305_pull(this.opened!.state, frame.ciphertext, frame.additionalData);
    if (!pulled) throw new BackupDamagedError(say('backup.damaged.partUnverified', { index: frame.index }));
    const isFinalTag = pulled.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    if (isFinalTag !== frame.final) throw new BackupDamagedError(say('backup.damaged.partMarkedWrongly', { index: frame.index }));
    this.chunks += 1;
    const entries = this.splitter.push(pulled.message);
    for (const entry of entries) this.count(entry);
    return entries;
  }

  private count(entry: DecodedBackupEntry): void {
    if (entry.type === 'record') {
      this.counts.records += 1;
      if (entry.deleted) this.counts.deletedRecords += 1;
    } else if (entry.type === 'audit-event') this.counts.auditEvents += 1;
    else this.counts.unrecognised += 1;
  }
}

export interface VerifiedBackup {
  header: BackupHeader;
  counts: BackupEntryCounts;
  chunks: number;
  /** Open the same file again with { kind: 'file-key', fileKey } to apply it without a second key derivation. */
  fileKey: Uint8Array;
}

/** Reads the whole file and checks every chunk to the final tag; entries are counted, not kept. */
export async function verifyBackup(sodium: Sodium, source: AsyncIterable<Uint8Array>, unlock: BackupUnlock): Promise<VerifiedBackup> {
  const reader = new BackupReader(sodium, unlock);
  for await (const bytes of source) reader.push(bytes);
  const { header, fileKey } = reader.end();
  return { header, fileKey, counts: { ...reader.counts }, chunks: reader.chunks };
}

/** Entries in file order. Only after verifyBackup succeeded may a caller act on them. */
export async function* readBackupEntries(
  sodium: Sodium,
  source: AsyncIterable<Uint8Array>,
  unlock: BackupUnlock,
): AsyncGenerator<DecodedBackupEntry> {
  const reader = new BackupReader(sodium, unlock);
  for await (const bytes of source) yield* reader.push(bytes);
  reader.end();
}

export interface BackupStructure {
  /** Read without a key, so not authenticated: for display, never for decisions about trust. */
  header: BackupHeader;
  chunks: number;
  bytes: number;
}

/** Checks what can be checked without a key: magic, version, header checksum, chunk order, final chunk. */
export async function inspectBackup(sodium: Sodium, source: AsyncIterable<Uint8Array>): Promise<BackupStructure> {
  const parser = new BackupFileParser(sodium);
  let header: BackupHeader | null = null;
  let chunks = 0;
  let bytes = 0;
  for await (const piece of source) {
    bytes += piece.length;
    for (const item of parser.push(piece)) {
      if (item.kind === 'preamble') header = item.preamble.header;
      else chunks += 1;
    }
  }
  parser.end();
  return { header: header!, chunks, bytes };
}

/** Just the header, read from the start of a file (listing a folder of backups). */
export async function readBackupPreamble(sodium: Sodium, source: AsyncIterable<Uint8Array>): Promise<BackupHeader> {
  const parser = new BackupFileParser(sodium);
  for await (const piece of source) {
    for (const item of parser.push(piece)) if (item.kind === 'preamble') return item.preamble.header;
  }
  // The file stopped before its header was whole: end() says whether it is not a backup at all.
  parser.end();
  throw new BackupTruncatedError();
}
