/**
 * Runs a backup or restore from a screen: one at a time, with its progress for a progress bar,
 * and its failure in words the peer can act on, in their language. A drive or file problem from
 * the main process is worded here by its kind; a refused backup file says why in the vault's own
 * catalogue of messages.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgencyKeyTrust } from '@shared/agency/agency-keys';
import { useInstallationPolicy } from '../../ui/contexts';
import { useAction, WordedError } from '../../ui/form';
import { BackupPlaceError, type BackupProgress, type OnProgress } from './backup-runner';

export function useBackupAction() {
  const { t } = useTranslation();
  const action = useAction();
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const run = <T>(work: (onProgress: OnProgress) => Promise<T>) =>
    action.run(async () => {
      try {
        return await work(setProgress);
      } catch (error) {
        if (error instanceof BackupPlaceError) throw new WordedError(t(`backup.problem.${error.problem}`), { cause: error });
        throw error;
      } finally {
        setProgress(null);
      }
    });
  return { ...action, run, progress };
}

/** The agency's recovery keys built into this installation: every backup's file key is sealed to them too. */
export function useBackupAgencyKeys(): AgencyKeyTrust {
  const { agency } = useInstallationPolicy();
  return { recoveryKeys: agency?.recoveryKeys ?? [], policyKeys: agency?.policyKeys ?? [] };
}
