/**
 * On a person's About tab: their profile's conflicts, each field's values side by side. Shows
 * nothing when there is nothing to resolve; looks again after every sync.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { Notice } from '../../ui/form';
import type { VaultCallResult } from '../../worker/vault-handlers';
import { RecordConflicts } from './ConflictChoices';
import { useSync } from './use-sync';

export function PersonConflicts({ personId, onResolved }: { personId: string; onResolved(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const sync = useSync();
  const [found, setFound] = useState<VaultCallResult<'conflicts.list'> | null>(null);
  const [kept, setKept] = useState(false);
  const look = useCallback(() => void vault('conflicts.list', { personId }).then(setFound, () => setFound(null)), [vault, personId]);
  useEffect(look, [look, sync.changes]);

  const profile = found?.conflicts.find((conflict) => conflict.recordId === personId);
  return (
    <>
      {kept && <Notice tone="success">{t('sync.conflicts.kept')}</Notice>}
      {found && profile && (
        <RecordConflicts
          conflict={profile}
          thisDevice={found.thisDevice}
          onResolved={() => {
            setKept(true);
            sync.resolved();
            onResolved();
          }}
        />
      )}
    </>
  );
}
