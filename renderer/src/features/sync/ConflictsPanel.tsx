/**
 * Every conflict in the notebook, opened from the sync status: each record's conflicts to resolve
 * right here, named by whose record it is, with a way to their page.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useNavigate } from '../../ui/navigation';
import { Notice, Working } from '../../ui/form';
import type { VaultCallResult } from '../../worker/vault-handlers';
import { RecordConflicts } from './ConflictChoices';
import { kindLabel } from './conflict-labels';
import { useModalDialog } from '../../ui/use-modal-dialog';

export function ConflictsPanel({ onClose, onResolved }: { onClose(): void; onResolved(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const dialog = useModalDialog();
  const [found, setFound] = useState<VaultCallResult<'conflicts.list'> | null>(null);
  const [names, setNames] = useState(new Map<string, string>());
  const [kept, setKept] = useState(false);

  const look = useCallback(() => {
    void Promise.all([vault('conflicts.list'), vault('people.list')]).then(([list, people]) => {
      setFound(list);
      setNames(new Map(people.map((person) => [person.id, person.preferredName])));
    });
  }, [vault]);
  useEffect(look, [look]);

  return (
    <dialog ref={dialog} className="sync-panel" aria-labelledby="conflicts-heading" onCancel={onClose}>
      <h2 id="conflicts-heading">{t('sync.conflicts.title')}</h2>
      <p>{t('sync.conflicts.intro')}</p>
      {kept && <Notice tone="success">{t('sync.conflicts.kept')}</Notice>}
      {!found ? (
        <Working label={t('sync.conflicts.opening')} />
      ) : found.conflicts.length === 0 ? (
        <p className="empty">{t('sync.conflicts.none')}</p>
      ) : (
        <ul className="conflict-list">
          {found.conflicts.map((conflict) => {
            const name = conflict.personId && names.get(conflict.personId);
            return (
              <li key={conflict.recordId}>
                <h3>
                  {name ? t('sync.conflicts.inRecord', { kind: kindLabel(t, conflict.kind), name }) : kindLabel(t, conflict.kind)}{' '}
                  {name && conflict.personId && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        onClose();
                        navigate({ screen: 'people', personId: conflict.personId!, tab: 'about' });
                      }}
                    >
                      {t('sync.conflicts.goToPerson')}
                    </button>
                  )}
                </h3>
                <RecordConflicts
                  conflict={conflict}
                  thisDevice={found.thisDevice}
                  onResolved={() => {
                    setKept(true);
                    onResolved();
                    look();
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('sync.conflicts.close')}
      </button>
    </dialog>
  );
}
