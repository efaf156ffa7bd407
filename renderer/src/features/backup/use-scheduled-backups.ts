/**
 * Scheduled backups, while the notebook is open (the vault key is needed): when one comes due, a
 * backup goes to the chosen folder, older ones beyond "keep the last N" are removed, and the time
 * is saved in the settings. A failed one says why and is tried again later.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextScheduledBackup } from '@shared/backup/backup-schedule';
import { useHost, useVault } from '../../ui/contexts';
import { messagesOf, useMessage } from '../../i18n/use-message';
import type { VaultStatus } from '../../vault/vault';
import { BackupPlaceError, runBackup, type BackupProgress } from './backup-runner';
import { useBackupAgencyKeys } from './use-backup-action';

/** After a failure, the next try; the drive may be back by then. */
const RETRY_MS = 30 * 60 * 1000;

export interface ScheduledBackups {
  progress: BackupProgress | null;
  /** Why the last scheduled backup failed, in the peer's language; null once one succeeds. */
  problem: string | null;
}

export function useScheduledBackups(status: VaultStatus, onStatus: (status: VaultStatus) => void): ScheduledBackups {
  const vault = useVault();
  const hostApi = useHost();
  const agency = useBackupAgencyKeys();
  const message = useMessage();
  const { t } = useTranslation();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  // The timer's work reads the newest status and helpers, not the ones it was set up with.
  const latest = useRef({ status, onStatus, agency });
  useEffect(() => {
    latest.current = { status, onStatus, agency };
  });

  const backup = status.settings.backup;
  useEffect(() => {
    const { folder, keepLast } = backup;
    const due = nextScheduledBackup(backup, new Date());
    if (!due || !folder) return;
    const at = Math.max(due.getTime(), retryAt ?? 0);
    const timer = setTimeout(
      () => {
        void (async () => {
          try {
            const written = await runBackup(vault, hostApi, { place: folder.place, keepLast, agency: latest.current.agency }, setProgress);
            const current = latest.current.status;
            const settings = await vault('vault.updateSettings', {
              change: { backup: { ...current.settings.backup, lastBackupAt: written.createdAt } },
            });
            setProblem(null);
            setRetryAt(null);
            latest.current.onStatus({ ...current, settings });
          } catch (error) {
            setProblem(error instanceof BackupPlaceError ? t(`backup.problem.${error.problem}`) : message(messagesOf(error)));
            setRetryAt(Date.now() + RETRY_MS);
          } finally {
            setProgress(null);
          }
        })();
      },
      Math.max(0, at - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [vault, hostApi, backup, retryAt, message, t]);

  return { progress, problem };
}
