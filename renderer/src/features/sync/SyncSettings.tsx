/**
 * The Sync section of Settings: where the notebook syncs to (a USB stick, a shared drive, a
 * folder a cloud service already syncs, or the agency's sync server), "Sync now", and how things stand.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../i18n/use-dates';
import { Notice, Working } from '../../ui/form';
import { SkippedNotice } from './SkippedNotice';
import { ServerEnrolment } from './ServerEnrolment';
import { useSync } from './use-sync';

export function SyncSettings() {
  const { t } = useTranslation();
  const dates = useDates();
  const sync = useSync();
  const { recount } = sync;
  useEffect(recount, [recount]);

  return (
    <section aria-labelledby="sync-heading" className="sync-settings">
      <h2 id="sync-heading">{t('sync.settings.title')}</h2>
      <p>{t('sync.settings.intro')}</p>
      <p className="hint">{t('sync.settings.private')}</p>
      <p>{sync.folderName ? t('sync.settings.folder', { name: sync.folderName }) : t('sync.settings.noFolder')}</p>
      {sync.folderName && (
        <ul className="sync-facts">
          <li>
            {sync.lastSyncedAt
              ? t('sync.status.lastSynced', { when: dates.dateTime(sync.lastSyncedAt, 'medium') })
              : t('sync.status.never')}
          </li>
          <li>{sync.waiting > 0 ? t('sync.status.waiting', { count: sync.waiting }) : t('sync.status.nothingWaiting')}</li>
          {sync.conflicts > 0 && (
            <li>
              {t('sync.status.conflicts', { count: sync.conflicts })}{' '}
              <button type="button" className="link" onClick={sync.showConflicts}>
                {t('sync.conflicts.open')}
              </button>
            </li>
          )}
        </ul>
      )}
      {sync.running && <Working label={sync.progress ? t('sync.status.progress', sync.progress) : t('sync.status.syncing')} />}
      {sync.problem && <Notice tone="error">{sync.problem}</Notice>}
      {!sync.running && sync.skipped.length > 0 && <SkippedNotice items={sync.skipped} />}
      {sync.notice && <Notice tone="success">{sync.notice}</Notice>}
      <div className="row">
        {/* aria-disabled, not disabled: a disabled button drops the focus to <body> while sync runs. */}
        {sync.folderName && (
          <button type="button" className="primary" aria-disabled={sync.running} onClick={() => !sync.running && sync.syncNow()}>
            {t('sync.settings.syncNow')}
          </button>
        )}
        <button type="button" disabled={sync.running} onClick={sync.chooseFolder}>
          {sync.folderName ? t('sync.settings.chooseOther') : t('sync.settings.choose')}
        </button>
      </div>
      {sync.folderName && <p className="hint">{t('sync.settings.automatic')}</p>}
      <ServerEnrolment />
    </section>
  );
}
