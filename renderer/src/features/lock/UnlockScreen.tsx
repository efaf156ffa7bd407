/** The lock screen: unlock with the passphrase, or with the recovery code when it is forgotten. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { Form, Notice, TextField, Working, useAction } from '../../ui/form';
import type { VaultStatus } from '../../vault/vault';

export function UnlockScreen({ onUnlocked, reason }: { onUnlocked(status: VaultStatus): void; reason: string | null }) {
  const vault = useVault();
  const { t } = useTranslation();
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const { run, busy, error, setError } = useAction();

  function switchTo(next: typeof mode) {
    setMode(next);
    setSecret('');
    setError(null);
  }

  return (
    <main className="lock-screen">
      <Form
        className="card"
        onSubmit={() => {
          void run(async () => {
            const status =
              mode === 'passphrase'
                ? await vault('vault.unlock', { passphrase: secret })
                : await vault('vault.unlockWithRecoveryCode', { code: secret });
            setSecret('');
            onUnlocked(status);
          });
        }}
      >
        <h1>{t('unlock.title')}</h1>
        {reason && (
          <p className="hint" role="status">
            {reason}
          </p>
        )}
        {mode === 'passphrase' ? (
          <TextField
            label={t('unlock.passphrase')}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={secret}
            onChange={setSecret}
          />
        ) : (
          <TextField
            label={t('unlock.recoveryCode')}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={secret}
            onChange={setSecret}
            hint={t('unlock.recoveryCodeHint')}
          />
        )}
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label={t('unlock.working')} />
        ) : (
          <button type="submit" className="primary" disabled={secret.length === 0}>
            {mode === 'passphrase' ? t('unlock.unlock') : t('unlock.unlockWithRecoveryCode')}
          </button>
        )}
        <button type="button" className="link" onClick={() => switchTo(mode === 'passphrase' ? 'recovery' : 'passphrase')}>
          {mode === 'passphrase' ? t('unlock.forgotPassphrase') : t('unlock.usePassphrase')}
        </button>
      </Form>
    </main>
  );
}
