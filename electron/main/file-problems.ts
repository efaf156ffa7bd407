/**
 * What a file-system failure means for the peer, whatever was being written (a backup, a
 * person's copy of their plan): a full drive, a drive that went away, or a folder they may not
 * write to. Anything else is not theirs to fix and stays an error.
 */
export type FileProblem = 'disk-full' | 'drive-unavailable' | 'not-writable';

const DRIVE_GONE = new Set(['ENOENT', 'EIO', 'ENODEV', 'ENXIO', 'EROFS', 'ENOTDIR', 'ESTALE']);

export function fileProblemOf(error: unknown): FileProblem | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code && DRIVE_GONE.has(code)) return 'drive-unavailable';
  if (code === 'EACCES' || code === 'EPERM') return 'not-writable';
  return null;
}
