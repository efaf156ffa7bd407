/**
 * The records of this notebook that could not be opened, named by what they were and whom they
 * were about, with what to do: restore a backup, or read everything in the sync folder again.
 * "Check the whole notebook" opens every record once, a page at a time, with its progress.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useNavigate } from '../../ui/navigation';
import { Notice, Working } from '../../ui/form';
import { ProgressBar } from '../../ui/ProgressBar';
import { useModalDialog } from '../../ui/use-modal-dialog';
import { kindLabel } from '../sync/conflict-labels';
import { useSync } from '../sync/use-sync';
import type { DamagedRecordEntry } from './worker/damaged-record-handlers';
import type { VaultCallResult } from '../../worker/vault-handlers';

export function DamagedRecordsPanel({ onClose, onChecked }: { onClose(): void; onChecked(): void }) {
  const vault = useVault();
  const sync = useSync();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useModalDialog();
  const [found, setFound] = useState<DamagedRecordEntry[] | null>(null);
  const [checking, setChecking] = useState<number | null>(null);
  const [said, setSaid] = useState<string | null>(null);

  const look = useCallback(() => void vault('damaged.list').then(setFound), [vault]);
  useEffect(look, [look]);

  const checkAll = async () => {
    setSaid(null);
    setChecking(0);
    let done = 0;
    let after: string | null = '';
    while (after !== null) {
      const page: VaultCallResult<'damaged.checkPage'> = await vault('damaged.checkPage', { after });
      done += page.read;
      setChecking(page.total > 0 ? Math.min(1, done / page.total) : 1);
      after = page.after;
    }
    setChecking(null);
    setSaid(t('damaged.check.done'));
    look();
    onChecked();
  };

  const getAgain = async () => {
    setSaid(null);
    await sync.getEverythingAgain();
    setSaid(t('damaged.whatToDo.gotAgain'));
    look();
    onChecked();
  };

  return (
    <dialog ref={dialog} className="sync-panel" aria-labelledby="damaged-heading" onCancel={onClose}>
      <h2 id="damaged-heading" tabIndex={-1}>
        {t('damaged.title')}
      </h2>
      <p>{t('damaged.intro')}</p>
      {!found ? (
        <Working label={t('damaged.check.working')} />
      ) : found.length === 0 ? (
        <p className="empty">{t('damaged.none')}</p>
      ) : (
        <ul aria-labelledby="damaged-heading">
          {found.map((record) => (
            <li key={record.id}>
              <strong>
                {record.personName
                  ? t('damaged.item.aboutPerson', { kind: kindLabel(t, record.kind), name: record.personName })
                  : kindLabel(t, record.kind)}
              </strong>
              <p className="hint">{t(`damaged.item.reasons.${record.reason}`)}</p>
            </li>
          ))}
        </ul>
      )}
      {checking !== null ? (
        <ProgressBar label={t('damaged.check.working')} fraction={checking} />
      ) : (
        <button type="button" onClick={() => void checkAll()}>
          {t('damaged.check.button')}
        </button>
      )}
      {said && <Notice tone="success">{said}</Notice>}
      <h3>{t('damaged.whatToDo.title')}</h3>
      <p>{t('damaged.whatToDo.backup')}</p>
      <button
        type="button"
        onClick={() => {
          onClose();
          navigate({ screen: 'settings' });
        }}
      >
        {t('damaged.whatToDo.toBackups')}
      </button>
      {sync.folderName && (
        <>
          <p>{t('damaged.whatToDo.syncFolder')}</p>
          {sync.running ? (
            <Working label={t('damaged.whatToDo.gettingAgain')} />
          ) : (
            <button type="button" onClick={() => void getAgain()}>
              {t('damaged.whatToDo.getAgain')}
            </button>
          )}
        </>
      )}
      <div className="row">
        <button type="button" onClick={onClose}>
          {t('damaged.close')}
        </button>
      </div>
    </dialog>
  );
}
