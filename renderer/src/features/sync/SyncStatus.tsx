/**
 * Sync at a glance, always in the top bar: when this notebook last synced, how many changes wait
 * to go, what in the folder the last sync left alone (its list is in Settings), and how many
 * conflicts wait for the peer (a button that opens them).
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../ui/navigation';
import { useDates } from '../../i18n/use-dates';
import { useSync } from './use-sync';

export function SyncStatus() {
  const { t } = useTranslation();
  const dates = useDates();
  const navigate = useNavigate();
  const sync = useSync();

  let state: string;
  if (sync.running) state = sync.progress ? t('sync.status.progress', sync.progress) : t('sync.status.syncing');
  else if (sync.problem) state = t('sync.status.stopped');
  else if (!sync.folderName) state = t('sync.status.notSetUp');
  else
    state = sync.lastSyncedAt ? t('sync.status.lastSynced', { when: dates.dateTime(sync.lastSyncedAt, 'medium') }) : t('sync.status.never');

  return (
    <div className="sync-status" role="status" aria-label={t('sync.status.label')}>
      <button type="button" className="link" onClick={() => navigate({ screen: 'settings' })}>
        {state}
      </button>
      {sync.folderName && (
        <span className="hint">
          {sync.waiting > 0 ? t('sync.status.waiting', { count: sync.waiting }) : t('sync.status.nothingWaiting')}
        </span>
      )}
      {sync.skipped.length > 0 && (
        <button type="button" className="link" onClick={() => navigate({ screen: 'settings' })}>
          {t('sync.status.skipped', { count: sync.skipped.length })}
        </button>
      )}
      {sync.conflicts > 0 && (
        <button type="button" className="sync-conflicts" onClick={sync.showConflicts}>
          {t('sync.status.conflicts', { count: sync.conflicts })}
        </button>
      )}
    </div>
  );
}
