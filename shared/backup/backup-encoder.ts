/**
 * Writes a backup as a stream of byte pieces: the preamble first, then one framed chunk each time
 * 64 KiB of entries have gathered, then the final chunk. Only one chunk of plaintext is held at a
 * time, so a vault of any size is backed up in bounded memory.
 */
import type { Sodium } from '../crypto/sodium';
import type { VaultHeader } from '../crypto/vault-header';
import type { PinnedAgencyKey } from '../agency/agency-keys';
import { concatBytes, utf8 } from '../crypto/bytes';
import { CHUNK_OVERHEAD_BYTES, CHUNK_PLAINTEXT_BYTES, encodeFrameHeader } from './backup-layout';
import { createBackupHeader, fileSubkey, headerChecksum, headerCoverage, headerMac, type BackupHeader } from './backup-header';
import { encodeEntry, type BackupEntry } from './backup-entries';

export interface BackupEncoderInput {
  /** The vault's header as stored: its key slots are copied into the backup. */
  vaultHeader: VaultHeader;
  vaultKey: Uint8Array;
  /** Agency recovery keys to seal the file key to: only pinned ones (built in, or signed by a policy key). */
  agencyKeys?: readonly PinnedAgencyKey[];
  now?: Date;
}

export class BackupEncoder {
  readonly header: BackupHeader;
  /** Magic, version, header, stream header, checksum and MAC: the file's first bytes. */
  readonly preamble: Uint8Array;
  private readonly state: ReturnType<Sodium['crypto_secretstream_xchacha20poly1305_init_pull']>;
  private readonly chunk = new Uint8Array(CHUNK_PLAINTEXT_BYTES);
  private filled = 0;
  private nextIndex = 0;
  private finished = false;

  constructor(
    private readonly sodium: Sodium,
    input: BackupEncoderInput,
  ) {
    const { header, fileKey } = createBackupHeader(sodium, input);
    const streamKey = fileSubkey(sodium, fileKey, 'stream');
    try {
      const { state, header: streamHeader } = sodium.crypto_secretstream_xchacha20poly1305_init_push(streamKey);
      const coverage = headerCoverage(utf8(JSON.stringify(header)), streamHeader);
      this.header = header;
      this.state = state;
      this.preamble = concatBytes(coverage, headerChecksum(sodium, coverage), headerMac(sodium, fileKey, coverage));
    } finally {
      sodium.memzero(streamKey);
      sodium.memzero(fileKey);
    }
  }

  /** Adds one entry; returns the chunks it completed (often none). */
  push(entry: BackupEntry): Uint8Array[] {
    if (this.finished) throw new Error('This backup is already finished.');
    const bytes = encodeEntry(entry);
    const frames: Uint8Array[] = [];
    for (let offset = 0; offset < bytes.length;) {
      const n = Math.min(bytes.length - offset, CHUNK_PLAINTEXT_BYTES - this.filled);
      this.chunk.set(bytes.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === CHUNK_PLAINTEXT_BYTES) frames.push(this.seal(false));
    }
    return frames;
  }

  /** Seals what is left as the final chunk; the backup is complete once it is written. */
  finish(): Uint8Array {
    if (this.finished) throw new Error('This backup is already finished.');
    const frame = this.seal(true);
    this.finished = true;
    this.sodium.memzero(this.chunk);
    return frame;
  }

  private seal(final: boolean): Uint8Array {
    const { sodium } = this;
    const additionalData = encodeFrameHeader({ index: this.nextIndex, final, ciphertextLength: this.filled + CHUNK_OVERHEAD_BYTES });
    const tag = final ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    const ciphertext = sodium.crypto_secretstream_xchacha20poly1305_push(
      this.state,
      this.chunk.subarray(0, this.filled),
      additionalData,
      tag,
    );
    this.nextIndex += 1;
    this.filled = 0;
    return concatBytes(additionalData, ciphertext);
  }
}

/** The whole backup as pieces to write in order: preamble, chunks, final chunk. */
export function encodeBackup(
  sodium: Sodium,
  input: BackupEncoderInput,
  entries: Iterable<BackupEntry> | AsyncIterable<BackupEntry>,
): AsyncGenerator<Uint8Array> {
  return backupPieces(new BackupEncoder(sodium, input), entries);
}

/** The pieces of a backup from an encoder made elsewhere (the vault makes its own, so its key stays inside). */
export async function* backupPieces(
  encoder: BackupEncoder,
  entries: Iterable<BackupEntry> | AsyncIterable<BackupEntry>,
): AsyncGenerator<Uint8Array> {
  yield encoder.preamble;
  for await (const entry of entries) yield* encoder.push(entry);
  yield encoder.finish();
}
