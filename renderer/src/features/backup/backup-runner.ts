/**
 * Moves a backup's bytes between the vault worker and the main process, in the window: the worker
 * encrypts and decrypts, the main process reads and writes files, and neither ever holds more than
 * a piece of the file. Progress is reported as it goes.
 *
 * Backups and restores run one at a time: a scheduled backup that comes due during another waits
 * its turn.
 */
import type { AgencyKeyTrust } from '@shared/agency/agency-keys';
import { handOver } from '@shared/hand-over';
import type { BackupProblem, HostApi, HostCallResult } from '@shared/host-api';
import type { VaultCall } from '../../ui/vault-client';
import type { RestoreSecret, VerifiedRestore } from './worker/backup-restore';
import type { VaultCallResult } from '../../worker/vault-handlers';
import type { ExportPiece } from './worker/backup-export';

/** The host calls a backup needs (the whole HostApi in the app; the main handlers in tests). */
export type BackupHost = Pick<
  HostApi,
  | 'beginBackupWrite'
  | 'writeBackupPiece'
  | 'finishBackupWrite'
  | 'abortBackupWrite'
  | 'beginBackupRead'
  | 'readBackupPiece'
  | 'endBackupRead'
  | 'chooseBackupExportFile'
>;

export interface BackupProgress {
  step: 'backing-up' | 'checking' | 'snapshot' | 'restoring';
  /** 0 to 1 within the step. */
  fraction: number;
}
export type OnProgress = (progress: BackupProgress) => void;

/** The main process could not read or write a backup file: `problem` says why, for the screen to word. */
export class BackupPlaceError extends Error {
  constructor(readonly problem: BackupProblem['problem'] | 'snapshot-cancelled') {
    super(`The backup place reported: ${problem}`);
    this.name = 'BackupPlaceError';
  }
}

function accepted<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  if (!outcome.ok) {
    throw new BackupPlaceError((outcome as unknown as BackupProblem).problem);
  }
  return outcome as Extract<T, { ok: true }>;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs after whatever backup or restore is already running. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export interface BackupTarget {
  /** The host's token for a chosen folder (scheduled backups) or save file (an export). */
  place: string;
  /** In a folder, keep only this many of this notebook's backups; null: remove none. */
  keepLast: number | null;
  agency: AgencyKeyTrust;
}

export interface WrittenBackup {
  name: string;
  createdAt: string;
  removedOld: number;
}

/** Writes one backup of the open notebook to `target`; it is read back and checked before this resolves. */
export function runBackup(
  vault: VaultCall,
  host: BackupHost,
  target: BackupTarget,
  onProgress: OnProgress = () => {},
): Promise<WrittenBackup> {
  return oneAtATime(() => writeBackup(vault, host, target, onProgress, 'backing-up'));
}

async function writeBackup(
  vault: VaultCall,
  host: BackupHost,
  target: BackupTarget,
  onProgress: OnProgress,
  step: BackupProgress['step'],
): Promise<WrittenBackup> {
  const { writeId } = accepted(await host.beginBackupWrite(target.place));
  let exportId: string | null = null;
  let ahead: Promise<ExportPiece> | null = null;
  try {
    exportId = (await vault('backup.exportBegin', { agency: target.agency })).exportId;
    ahead = vault('backup.exportNext', { exportId });
    for (;;) {
      const { piece, done, written, total }: ExportPiece = await ahead!;
      // The worker encrypts the next piece while this one is written.
      ahead = done ? null : vault('backup.exportNext', { exportId });
      accepted(await host.writeBackupPiece(writeId, piece as Uint8Array<ArrayBuffer>));
      onProgress({ step, fraction: total === 0 ? 1 : written / total });
      if (done) break;
    }
    exportId = null;
    onProgress({ step: 'checking', fraction: 1 });
    const { backup } = accepted(await host.finishBackupWrite(writeId, { keepLast: target.keepLast }));
    return { name: backup.name, createdAt: backup.createdAt, removedOld: backup.removedOld };
  } catch (error) {
    await ahead?.catch(() => undefined);
    if (exportId) await vault('backup.exportCancel', { exportId }).catch(() => undefined);
    await host.abortBackupWrite(writeId).catch(() => undefined);
    throw error;
  }
}

/** Reads a backup file from start to end, handing each piece on; the read is closed whatever happens. */
async function readFile(
  host: BackupHost,
  source: RestoreSource,
  onPiece: (piece: Uint8Array, fraction: number) => Promise<void>,
): Promise<void> {
  const { readId, bytes } = accepted(await host.beginBackupRead(source.place, source.name));
  let ahead: Promise<HostCallResult<'readBackupPiece'>> | null = host.readBackupPiece(readId);
  try {
    for (let read = 0; ;) {
      const { piece, done }: { piece: Uint8Array; done: boolean } = accepted(await ahead!);
      // The main process reads the next piece while the worker takes this one.
      ahead = done ? null : host.readBackupPiece(readId);
      read += piece.length;
      await onPiece(piece, bytes === 0 ? 1 : read / bytes);
      if (done) return;
    }
  } finally {
    await ahead?.catch(() => undefined);
    await host.endBackupRead(readId);
  }
}

export interface RestoreSource {
  /** The host's token for the chosen backup file, or for a folder with `name` the file in it. */
  place: string;
  name: string | null;
}

/** Where the snapshot of the open notebook goes before a restore changes it. */
export interface SnapshotPlace {
  /** The backup folder, when one is set; otherwise the peer is asked for a place. */
  folder: string | null;
  agency: AgencyKeyTrust;
}

export type FinishedRestore = VaultCallResult<'backup.restoreApplyEnd'> & {
  verified: VerifiedRestore;
  /** The snapshot taken first (restoring into an open notebook): where it went. */
  snapshot: (WrittenBackup & { where: 'folder' | 'chosen-file' }) | null;
};

/**
 * Restores a backup: checks the whole file (nothing changes if it is refused), takes a snapshot
 * of the open notebook, then merges the backup in. On a computer with no notebook, the backup
 * becomes the notebook and no snapshot is needed.
 */
export function runRestore(
  vault: VaultCall,
  host: BackupHost,
  source: RestoreSource,
  secret: RestoreSecret,
  snapshotPlace: SnapshotPlace | null,
  onProgress: OnProgress = () => {},
): Promise<FinishedRestore> {
  return oneAtATime(async () => {
    const { restoreId } = await vault('backup.restoreOpen', { secret });
    try {
      await readFile(host, source, (piece, fraction) => {
        onProgress({ step: 'checking', fraction });
        return vault('backup.restoreVerifyPiece', { restoreId, piece: handOver(piece) });
      });
      const verified = await vault('backup.restoreVerifyEnd', { restoreId });
      const snapshot = verified.into === 'open-notebook' ? await takeSnapshot(vault, host, snapshotPlace, onProgress) : null;
      await vault('backup.restoreApplyBegin', { restoreId });
      await readFile(host, source, (piece, fraction) => {
        onProgress({ step: 'restoring', fraction });
        return vault('backup.restoreApplyPiece', { restoreId, piece: handOver(piece) });
      });
      const report = await vault('backup.restoreApplyEnd', { restoreId });
      return { ...report, verified, snapshot };
    } catch (error) {
      await vault('backup.restoreCancel', { restoreId }).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * The notebook as it is, saved before a restore changes it: into the backup folder (pruning
 * nothing, so the backup being restored is never removed), or where the peer chooses.
 */
async function takeSnapshot(
  vault: VaultCall,
  host: BackupHost,
  place: SnapshotPlace | null,
  onProgress: OnProgress,
): Promise<FinishedRestore['snapshot']> {
  if (!place) throw new BackupPlaceError('snapshot-cancelled');
  const chosen = place.folder ?? (await host.chooseBackupExportFile())?.place;
  if (!chosen) throw new BackupPlaceError('snapshot-cancelled');
  const written = await writeBackup(vault, host, { place: chosen, keepLast: null, agency: place.agency }, onProgress, 'snapshot');
  return { ...written, where: place.folder ? 'folder' : 'chosen-file' };
}
