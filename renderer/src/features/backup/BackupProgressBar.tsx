/** How far a backup or restore has got, with what it is doing in words. */
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../ui/ProgressBar';
import type { BackupProgress } from './backup-runner';

export function BackupProgressBar({ progress }: { progress: BackupProgress }) {
  const { t } = useTranslation();
  return <ProgressBar label={t(`backup.progress.${progress.step}`)} fraction={progress.fraction} />;
}
