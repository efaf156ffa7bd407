/**
 * Backups and restores, the vault worker's side. The window moves the bytes (backup-runner.ts):
 * it pulls a backup's pieces from here and hands them to the main process, and hands a restore's
 * pieces from the main process to here. Each backup or restore in progress has a random id; one
 * that fails is forgotten, with its keys. A lock stops them too: their next call meets a locked
 * vault, and the runner then cancels them.
 */
import { randomId } from '@shared/crypto/bytes';
import { builtInAgencyKeys, type AgencyKeyTrust } from '@shared/agency/agency-keys';
import { say } from '@shared/messages';
import type { Vault } from '../../../vault/vault';
import { InvalidInputError } from '../../../vault/errors';
import { BackupExport } from './backup-export';
import { BackupRestore, type RestoreSecret } from './backup-restore';

export function backupHandlers(vault: Pick<Vault, 'backup' | 'status' | 'sodium'>) {
  const { backup, sodium } = vault;
  const exports = new Map<string, BackupExport>();
  const restores = new Map<string, BackupRestore>();

  const find = <T>(sessions: Map<string, T>, id: string): T => {
    const session = sessions.get(id);
    if (!session) throw new InvalidInputError(say('backup.stopped'));
    return session;
  };

  /** One step of a restore; a step that fails ends it, and its keys are zeroed. */
  const restoreStep = async <T>(restoreId: string, step: (restore: BackupRestore) => T | Promise<T>): Promise<T> => {
    const restore = find(restores, restoreId);
    try {
      return await step(restore);
    } catch (error) {
      restore.close();
      restores.delete(restoreId);
      throw error;
    }
  };

  return {
    /** Starts a backup; the file key is also sealed to the agency's recovery keys built into this installation. */
    'backup.exportBegin': async ({ agency }: { agency: AgencyKeyTrust }) => {
      const agencyKeys = builtInAgencyKeys(sodium, agency);
      const exportId = randomId();
      exports.set(exportId, await BackupExport.start(backup, agencyKeys));
      return { exportId };
    },

    'backup.exportNext': async ({ exportId }: { exportId: string }) => {
      const running = find(exports, exportId);
      try {
        const piece = await running.next();
        if (piece.done) exports.delete(exportId);
        return piece;
      } catch (error) {
        exports.delete(exportId);
        throw error;
      }
    },

    'backup.exportCancel': async ({ exportId }: { exportId: string }) => {
      const running = exports.get(exportId);
      exports.delete(exportId);
      await running?.cancel();
    },

    /** Starts a restore with the secret that opens the backup; nothing changes until the whole file has been checked. */
    'backup.restoreOpen': async ({ secret }: { secret: RestoreSecret }) => {
      const restore = new BackupRestore(backup, sodium, secret);
      const restoreId = randomId();
      restores.set(restoreId, restore);
      return { restoreId };
    },

    'backup.restoreVerifyPiece': ({ restoreId, piece }: { restoreId: string; piece: Uint8Array }) =>
      restoreStep(restoreId, (restore) => restore.verifyPiece(piece)),
    'backup.restoreVerifyEnd': ({ restoreId }: { restoreId: string }) => restoreStep(restoreId, (restore) => restore.verifyEnd()),
    'backup.restoreApplyBegin': ({ restoreId }: { restoreId: string }) => restoreStep(restoreId, (restore) => restore.applyBegin()),
    'backup.restoreApplyPiece': ({ restoreId, piece }: { restoreId: string; piece: Uint8Array }) =>
      restoreStep(restoreId, (restore) => restore.applyPiece(piece)),

    'backup.restoreApplyEnd': async ({ restoreId }: { restoreId: string }) => {
      const report = await restoreStep(restoreId, (restore) => restore.applyEnd());
      restores.delete(restoreId);
      // The notebook's state after a first-run restore (it is open now).
      return { ...report, status: await vault.status() };
    },

    'backup.restoreCancel': async ({ restoreId }: { restoreId: string }) => {
      restores.get(restoreId)?.close();
      restores.delete(restoreId);
    },
  };
}
