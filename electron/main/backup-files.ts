/**
 * Backup files on disk, for the main process: written as the renderer streams them, read back in
 * pieces for a restore, listed and pruned in the peer's chosen folder.
 *
 * Writing never leaves a half file under the real name: bytes go to a hidden temp file in the
 * target folder, which is flushed (fsync), renamed to its real name, the folder flushed where the
 * system allows, and then read back from disk and checked (same SHA-256 as the bytes received,
 * and a whole backup structure) before success is reported. A full disk or a drive pulled out
 * mid-write leaves earlier backups as they were and the temp file removed where possible; a temp
 * file a crash left behind is not a backup and is cleaned up by a later write to that folder.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Sodium } from '@shared/crypto/sodium';
import { BackupFileName } from '@shared/host-api';
import { BACKUP_FILE_EXTENSION } from '@shared/backup/backup-layout';
import { BackupFileError } from '@shared/backup/backup-errors';
import { inspectBackup, readBackupPreamble } from '@shared/backup/backup-reader';
import { syncFolder } from './atomic-file';
import { fileProblemOf } from './file-problems';

/** The file-handle members used here (node:fs/promises FileHandle has them all). */
export interface BackupFileHandle {
  write(data: Uint8Array): Promise<{ bytesWritten: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system members used here: node:fs/promises, or a wrapper in tests that fails on cue. */
export interface BackupFs {
  open(path: string, flags: string): Promise<BackupFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>;
}

export interface BackupFileInfo {
  name: string;
  /** When the backup was made, from its header (read without a key: for display). */
  createdAt: string;
  vaultId: string;
  bytes: number;
}

export interface WrittenBackup extends BackupFileInfo {
  sha256: string;
  /** Older backups of the same notebook removed to keep the last N. */
  removedOld: number;
}

/** Why writing or reading a backup file failed, in words the peer can act on. */
export class BackupStorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class BackupDiskFullError extends BackupStorageError {
  constructor() {
    super(
      'The backup drive is full, so this backup was not saved. Your earlier backups are untouched. Free some space on the drive, or choose another folder, and back up again.',
    );
  }
}

export class BackupDriveUnavailableError extends BackupStorageError {
  constructor() {
    super(
      'The backup folder could not be reached (was the drive removed?). Nothing was saved there and your earlier backups are untouched. Reconnect the drive and try again.',
    );
  }
}

export class BackupFolderNotWritableError extends BackupStorageError {
  constructor() {
    super("Peer Notebook isn't allowed to write to the backup folder, so this backup was not saved. Choose a folder you can write to.");
  }
}

/** The bytes on disk did not read back as what was sent: the drive may be failing. */
export class BackupReadBackFailedError extends BackupStorageError {
  constructor() {
    super(
      'The backup was written but did not read back correctly, so it was removed. The drive may be failing: try another drive. Your earlier backups are untouched.',
    );
  }
}

/** The backup to read is gone, or the write or read it belongs to has ended. */
export class BackupFileMissingError extends BackupStorageError {
  constructor() {
    super('That backup file is no longer there (was the drive removed?). Reconnect the drive, or choose the file again.');
  }
}

/** The storage error a file-system failure means for the peer; anything else is passed on. */
function storageErrorFor(error: unknown): unknown {
  switch (fileProblemOf(error)) {
    case 'disk-full':
      return new BackupDiskFullError();
    case 'drive-unavailable':
      return new BackupDriveUnavailableError();
    case 'not-writable':
      return new BackupFolderNotWritableError();
    case null:
      return error;
  }
}

/** While reading one backup, a vanished file or drive means that backup is not there. */
function readErrorFor(error: unknown): unknown {
  return fileProblemOf(error) === 'drive-unavailable' ? new BackupFileMissingError() : storageErrorFor(error);
}

const SCHEDULED_NAME = /^peer-notebook-backup-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z(-\d+)?\.pnbackup$/;
/** Temp files are hidden and never end in .pnbackup, so nothing takes them for a backup. */
const TEMP_NAME = /^\.peer-notebook-backup-[0-9a-f]{16}\.partial$/;
/** A temp file untouched this long belongs to a write that died; a live write touches it constantly. */
const STALE_TEMP_MS = 10 * 60 * 1000;
const READ_PIECE_BYTES = 1024 * 1024;

/** Names the renderer may see and hand back (no hidden files, no path parts). */
const isBackupFileName = (name: string): boolean => BackupFileName.safeParse(name).success;

export function scheduledBackupName(at: Date, attempt = 0): string {
  return `peer-notebook-backup-${at.toISOString().replace(/[:.]/g, '-')}${attempt ? `-${attempt + 1}` : ''}${BACKUP_FILE_EXTENSION}`;
}

interface Write {
  handle: BackupFileHandle;
  tempPath: string;
  folder: string;
  /** The real name when the peer chose it (export); null for a scheduled backup's own name. */
  fileName: string | null;
  hash: ReturnType<typeof createHash>;
  bytes: number;
  /** Writes run one after another even if the renderer does not wait between chunks. */
  queue: Promise<unknown>;
}

interface Read {
  handle: BackupFileHandle;
  position: number;
  size: number;
}

export interface BackupFilesOptions {
  /** libsodium, still loading when the files are created; needed only to check a backup's structure. */
  sodium: Promise<Sodium>;
  fs?: BackupFs;
  now?: () => Date;
}

export interface BackupFiles {
  /** Starts a backup into `folder` (named by time) or into exactly `file` (an export). */
  beginWrite(target: { folder: string } | { file: string }): Promise<string>;
  writeChunk(writeId: string, bytes: Uint8Array): Promise<void>;
  /** Flushes, renames, re-reads and checks; then keeps only the last `keepLast` backups of this notebook. */
  finishWrite(writeId: string, options: { keepLast: number | null }): Promise<WrittenBackup>;
  abortWrite(writeId: string): Promise<void>;
  /** Backups in a folder, newest first; files that are not readable backups are left out. */
  list(folder: string): Promise<BackupFileInfo[]>;
  beginRead(file: string): Promise<{ readId: string; bytes: number }>;
  /** The next piece of the file; `done` once the end is reached. */
  readChunk(readId: string): Promise<{ chunk: Uint8Array<ArrayBuffer>; done: boolean }>;
  endRead(readId: string): Promise<void>;
}

export function createBackupFiles({ sodium: sodiumLoading, fs = nodeFs, now = () => new Date() }: BackupFilesOptions): BackupFiles {
  const writes = new Map<string, Write>();
  const reads = new Map<string, Read>();
  const newId = () => randomBytes(16).toString('hex');

  const attempt = async <T>(operation: () => Promise<T>, explain: (error: unknown) => unknown = storageErrorFor): Promise<T> => {
    try {
      return await operation();
    } catch (error) {
      throw explain(error);
    }
  };
  const quietly = (operation: () => Promise<unknown>) =>
    operation().then(
      () => undefined,
      () => undefined,
    );

  async function* fileBytes(path: string): AsyncGenerator<Uint8Array> {
    const handle = await fs.open(path, 'r');
    try {
      for (let position = 0; ;) {
        const buffer = new Uint8Array(READ_PIECE_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        if (bytesRead === 0) return;
        position += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await quietly(() => handle.close());
    }
  }

  async function describe(folder: string, name: string): Promise<BackupFileInfo | null> {
    const path = join(folder, name);
    try {
      const sodium = await sodiumLoading;
      const [stats, header] = await Promise.all([fs.stat(path), readBackupPreamble(sodium, fileBytes(path))]);
      return { name, createdAt: header.createdAt, vaultId: header.vault.vaultId, bytes: stats.size };
    } catch (error) {
      if (error instanceof BackupFileError) return null;
      throw error;
    }
  }

  /** Temp files of writes that died (a crash, a kill) are removed; live ones are left alone. */
  async function removeStaleTemps(folder: string, names: string[]): Promise<void> {
    const live = new Set([...writes.values()].map((write) => write.tempPath));
    for (const name of names.filter((n) => TEMP_NAME.test(n))) {
      const path = join(folder, name);
      if (live.has(path)) continue;
      const stats = await fs.stat(path).catch(() => null);
      if (stats && now().getTime() - stats.mtimeMs >= STALE_TEMP_MS) await quietly(() => fs.unlink(path));
    }
  }

  async function freeName(folder: string, fileName: string | null): Promise<string> {
    if (fileName) return fileName;
    const at = now();
    for (let n = 0; ; n++) {
      const name = scheduledBackupName(at, n);
      if (!(await fs.stat(join(folder, name)).catch(() => null))) return name;
    }
  }

  /** Keeps the newest `keep` scheduled backups of one notebook; never touches anything else. */
  async function prune(folder: string, vaultId: string, keep: number): Promise<number> {
    const names = (await fs.readdir(folder)).filter((name) => SCHEDULED_NAME.test(name));
    const ours = (await Promise.all(names.map((name) => describe(folder, name)))).filter(
      (info): info is BackupFileInfo => info?.vaultId === vaultId,
    );
    ours.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
    let removed = 0;
    for (const old of ours.slice(keep)) {
      await fs.unlink(join(folder, old.name));
      removed += 1;
    }
    return removed;
  }

  async function checkWritten(path: string, expectedSha256: string, bytes: number): Promise<void> {
    const hash = createHash('sha256');
    const tee = async function* () {
      for await (const piece of fileBytes(path)) {
        hash.update(piece);
        yield piece;
      }
    };
    try {
      const structure = await inspectBackup(await sodiumLoading, tee());
      if (structure.bytes !== bytes || hash.digest('hex') !== expectedSha256) throw new BackupReadBackFailedError();
    } catch (error) {
      if (error instanceof BackupFileError) throw new BackupReadBackFailedError();
      throw error;
    }
  }

  const takeWrite = (writeId: string): Write => {
    const write = writes.get(writeId);
    if (!write) throw new BackupFileMissingError();
    return write;
  };

  /** Ends a failed write: the temp file goes, the real name was never touched. */
  const discard = async (writeId: string, write: Write) => {
    writes.delete(writeId);
    await quietly(() => write.handle.close());
    await quietly(() => fs.unlink(write.tempPath));
  };

  return {
    beginWrite: (target) =>
      attempt(async () => {
        const folder = 'folder' in target ? target.folder : dirname(target.file);
        const fileName = 'file' in target ? basename(target.file) : null;
        await removeStaleTemps(folder, await fs.readdir(folder));
        const tempPath = join(folder, `.peer-notebook-backup-${randomBytes(8).toString('hex')}.partial`);
        const handle = await fs.open(tempPath, 'wx');
        const writeId = newId();
        writes.set(writeId, { handle, tempPath, folder, fileName, hash: createHash('sha256'), bytes: 0, queue: Promise.resolve() });
        return writeId;
      }),

    writeChunk(writeId, bytes) {
      const write = takeWrite(writeId);
      const run = write.queue.then(async () => {
        try {
          for (let offset = 0; offset < bytes.length;) {
            const { bytesWritten } = await write.handle.write(bytes.subarray(offset));
            offset += bytesWritten;
          }
          write.hash.update(bytes);
          write.bytes += bytes.length;
        } catch (error) {
          await discard(writeId, write);
          throw storageErrorFor(error);
        }
      });
      write.queue = run.catch(() => undefined);
      return run;
    },

    async finishWrite(writeId, { keepLast }) {
      const write = takeWrite(writeId);
      await write.queue;
      if (!writes.has(writeId)) throw new BackupFileMissingError();
      writes.delete(writeId);
      const sha256 = write.hash.digest('hex');
      let finalPath: string | null = null;
      try {
        await write.handle.sync();
        await write.handle.close();
        const name = await freeName(write.folder, write.fileName);
        finalPath = join(write.folder, name);
        await fs.rename(write.tempPath, finalPath);
        await syncFolder(fs, write.folder);
        await checkWritten(finalPath, sha256, write.bytes);
        const info = await describe(write.folder, name);
        if (!info) throw new BackupReadBackFailedError();
        // Only scheduled backups rotate; an export saved beside them never prunes the folder.
        const removedOld = keepLast === null || write.fileName !== null ? 0 : await prune(write.folder, info.vaultId, keepLast);
        return { ...info, sha256, removedOld };
      } catch (error) {
        await quietly(() => write.handle.close());
        await quietly(() => fs.unlink(write.tempPath));
        // A file that did not read back as written must not pass for a good backup.
        if (finalPath && error instanceof BackupReadBackFailedError) await quietly(() => fs.unlink(finalPath!));
        throw storageErrorFor(error);
      }
    },

    async abortWrite(writeId) {
      const write = writes.get(writeId);
      if (!write) return;
      await write.queue;
      if (writes.has(writeId)) await discard(writeId, write);
    },

    list: (folder) =>
      attempt(async () => {
        const names = (await fs.readdir(folder)).filter(isBackupFileName);
        const infos = (await Promise.all(names.map((name) => describe(folder, name)))).filter(
          (info): info is BackupFileInfo => info !== null,
        );
        return infos.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
      }),

    beginRead: (file) =>
      attempt(async () => {
        const handle = await fs.open(file, 'r');
        const { size } = await fs.stat(file).catch(async (error: unknown) => {
          await quietly(() => handle.close());
          throw error;
        });
        const readId = newId();
        reads.set(readId, { handle, position: 0, size });
        return { readId, bytes: size };
      }, readErrorFor),

    readChunk: (readId) =>
      attempt(async () => {
        const read = reads.get(readId);
        if (!read) throw new BackupFileMissingError();
        const buffer = new Uint8Array(Math.min(READ_PIECE_BYTES, Math.max(0, read.size - read.position)));
        const { bytesRead } = buffer.length ? await read.handle.read(buffer, 0, buffer.length, read.position) : { bytesRead: 0 };
        read.position += bytesRead;
        return { chunk: buffer.subarray(0, bytesRead), done: bytesRead === 0 || read.position >= read.size };
      }, readErrorFor),

    async endRead(readId) {
      const read = reads.get(readId);
      reads.delete(readId);
      if (read) await quietly(() => read.handle.close());
    },
  };
}
