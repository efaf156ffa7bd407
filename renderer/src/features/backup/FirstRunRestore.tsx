/**
 * First run on a new computer: restore the notebook from a backup instead of starting a new one.
 * The notebook comes back whole and opens; restored with the recovery code, it then asks for a
 * new passphrase, as unlocking with the code does.
 */
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../vault/vault';
import { RestoreForm } from './RestoreForm';

export function FirstRunRestore({ onRestored, onBack }: { onRestored(status: VaultStatus): void; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <main className="lock-screen">
      <div className="card">
        <h1>{t('backup.restore.title')}</h1>
        <p>{t('backup.restore.firstRunIntro')}</p>
        <RestoreForm snapshotPlace={null} onRestored={(restored) => onRestored(restored.status)} />
        <button type="button" className="link" onClick={onBack}>
          {t('backup.restore.startFresh')}
        </button>
      </div>
    </main>
  );
}
