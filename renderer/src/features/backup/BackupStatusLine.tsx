/**
 * The last backup, always in sight in the top bar ("Last backup: yesterday 5:10 PM"), a warning
 * when there has been none for the peer's chosen number of days, and scheduled backups running.
 * It opens Settings, where backups are set up.
 */
import { useTranslation } from 'react-i18next';
import { backupOverdue } from '@shared/backup/backup-schedule';
import { useNavigate } from '../../ui/navigation';
import { useCurrentLanguage } from '../../i18n/use-language';
import { LANGUAGES } from '@shared/languages';
import type { VaultStatus } from '../../vault/vault';
import { useScheduledBackups } from './use-scheduled-backups';

const dayOf = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/** "today 5:10 PM", "yesterday 5:10 PM", or the date and time. */
function useWhen(): (moment: string) => string {
  const { t } = useTranslation();
  const { locale } = LANGUAGES[useCurrentLanguage()];
  return (moment) => {
    const at = new Date(moment);
    const time = at.toLocaleTimeString(locale, { timeStyle: 'short' });
    const daysAgo = Math.round((dayOf(new Date()) - dayOf(at)) / 86_400_000);
    if (daysAgo === 0) return t('backup.status.today', { time });
    if (daysAgo === 1) return t('backup.status.yesterday', { time });
    return at.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  };
}

export function BackupStatusLine({ status, onStatus }: { status: VaultStatus; onStatus(status: VaultStatus): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const when = useWhen();
  const { progress, problem } = useScheduledBackups(status, onStatus);
  const settings = status.settings.backup;
  const overdue = backupOverdue(settings, new Date());

  let line: string;
  if (progress) line = t(`backup.progress.${progress.step}`);
  else if (settings.lastBackupAt) line = t('backup.status.last', { when: when(settings.lastBackupAt) });
  else line = t('backup.status.never');

  return (
    <div className="backup-status">
      <button
        type="button"
        className={`link${overdue && !progress ? ' backup-overdue' : ''}`}
        onClick={() => navigate({ screen: 'settings' })}
      >
        {line}
        {overdue && !progress && settings.lastBackupAt && ` · ${t('backup.status.overdue')}`}
      </button>
      {problem && <p className="notice notice-error backup-problem">{problem}</p>}
    </div>
  );
}
