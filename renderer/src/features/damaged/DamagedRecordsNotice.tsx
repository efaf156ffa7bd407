/**
 * In the top bar, only when some record of the notebook could not be opened: how many, as a
 * button that lists them with what to do. Counted again every few seconds (the search index
 * opens every record after unlock, so damage found there shows soon after).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { DamagedRecordsPanel } from './DamagedRecordsPanel';

const RECOUNT_MS = 10_000;

export function DamagedRecordsNotice() {
  const vault = useVault();
  const { t } = useTranslation();
  const [count, setCount] = useState(0);
  const [open, setOpen] = useState(false);

  const recount = useCallback(() => void vault('damaged.count').then(setCount, () => undefined), [vault]);
  useEffect(() => {
    recount();
    const timer = setInterval(recount, RECOUNT_MS);
    return () => clearInterval(timer);
  }, [recount]);

  if (count === 0 && !open) return null;
  return (
    <>
      {count > 0 && (
        <button type="button" className="sync-conflicts" onClick={() => setOpen(true)}>
          {t('damaged.status', { count })}
        </button>
      )}
      {open && <DamagedRecordsPanel onClose={() => setOpen(false)} onChecked={recount} />}
    </>
  );
}
