/**
 * Restoring a backup: choose the file, give the passphrase its notebook had when the backup was
 * made (or that notebook's recovery code), and watch it go. Used on the first screen of a new
 * computer and in Settings; the caller says where a snapshot goes and what happens after.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupPlaceChoice } from '@shared/host-api';
import { useHost, useVault } from '../../ui/contexts';
import { Form, Notice, TextField } from '../../ui/form';
import { runRestore, type FinishedRestore, type SnapshotPlace } from './backup-runner';
import { BackupProgressBar } from './BackupProgressBar';
import { useBackupAction } from './use-backup-action';

export function RestoreForm({
  snapshotPlace,
  onRestored,
}: {
  snapshotPlace: SnapshotPlace | null;
  onRestored(restore: FinishedRestore): void;
}) {
  const vault = useVault();
  const hostApi = useHost();
  const { t } = useTranslation();
  const [file, setFile] = useState<BackupPlaceChoice | null>(null);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const { run, busy, error, setError, progress } = useBackupAction();

  const chooseFile = () =>
    void run(async () => {
      const chosen = await hostApi.chooseBackupToRestore();
      if (chosen) setFile(chosen);
    });

  const switchMode = () => {
    setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
    setSecret('');
    setError(null);
  };

  return (
    <Form
      className="restore-form"
      onSubmit={() => {
        if (!file) return;
        const given =
          mode === 'passphrase'
            ? ({ kind: 'passphrase', passphrase: secret } as const)
            : ({ kind: 'recovery-code', recoveryCode: secret } as const);
        void run(async (onProgress) => {
          const restored = await runRestore(vault, hostApi, { place: file.place, name: null }, given, snapshotPlace, onProgress);
          setSecret('');
          onRestored(restored);
        });
      }}
    >
      <div className="row">
        <button type="button" onClick={chooseFile} disabled={busy}>
          {file ? t('backup.restore.chooseOtherFile') : t('backup.restore.chooseFile')}
        </button>
        {file && <span className="backup-file">{t('backup.restore.file', { name: file.name })}</span>}
      </div>
      {file &&
        (mode === 'passphrase' ? (
          <TextField label={t('backup.restore.passphrase')} type="password" autoComplete="off" value={secret} onChange={setSecret} />
        ) : (
          <TextField
            label={t('backup.restore.recoveryCode')}
            autoComplete="off"
            spellCheck={false}
            value={secret}
            onChange={setSecret}
            hint={t('backup.restore.recoveryCodeHint')}
          />
        ))}
      {file && (
        <button type="button" className="link" onClick={switchMode} disabled={busy}>
          {mode === 'passphrase' ? t('backup.restore.useRecoveryCode') : t('backup.restore.usePassphrase')}
        </button>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {progress && <BackupProgressBar progress={progress} />}
      {file && !busy && (
        <button type="submit" className="primary" disabled={secret.length === 0}>
          {t('backup.restore.restore')}
        </button>
      )}
    </Form>
  );
}
