/** How far a backup or restore has got, with what it is doing in words. */
import { useTranslation } from 'react-i18next';
import type { BackupProgress } from './backup-runner';

export function BackupProgressBar({ progress }: { progress: BackupProgress }) {
  const { t } = useTranslation();
  const label = t(`backup.progress.${progress.step}`);
  return (
    <div className="working" role="status">
      <progress className="backup-progress" max={1} value={progress.fraction} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
