/**
 * Writing a whole file so that it is never seen half-written: the bytes go to a hidden temp file
 * in the same folder (a rename is only atomic within one file system), which is flushed to disk
 * and then renamed over the real name; the folder's entry is flushed where the system allows.
 * A failure removes the temp file and leaves whatever had the real name as it was.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The file-handle members used here (node:fs/promises FileHandle has them all). */
export interface AtomicFileHandle {
  write(data: Uint8Array): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system members used here: node:fs/promises, or a wrapper in tests that fails on cue. */
export interface AtomicFs {
  open(path: string, flags: string): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** Flushes a folder's entries (a rename); some systems (Windows) cannot, and need not. */
export async function syncFolder(fs: Pick<AtomicFs, 'open'>, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort, as above: the file itself is already flushed.
  }
}

/** The temp files written here: `.<name>.<16 hex digits>.partial`. One left behind is what a cut-off write leaves. */
export const TEMP_FILE_NAME = /^\..+\.[0-9a-f]{16}\.partial$/;

export async function writeFileAtomically(fs: AtomicFs, path: string, bytes: Uint8Array): Promise<void> {
  const tempPath = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.partial`);
  const handle = await fs.open(tempPath, 'wx');
  try {
    for (let offset = 0; offset < bytes.length;) offset += (await handle.write(bytes.subarray(offset))).bytesWritten;
    await handle.sync();
    await handle.close();
    await fs.rename(tempPath, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, dirname(path));
}
