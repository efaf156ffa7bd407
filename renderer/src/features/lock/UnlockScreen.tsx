/** The lock screen: unlock with the passphrase, or with the recovery code when it is forgotten. */
import { useState } from 'react';
import { useVault } from '../../app/contexts';
import { Notice, TextField, Working, useAction } from '../../ui/form';
import type { VaultStatus } from '../../vault/vault';

export function UnlockScreen({ onUnlocked, reason }: { onUnlocked(status: VaultStatus): void; reason: string | null }) {
  const vault = useVault();
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
      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
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
        <h1>Your notebook is locked</h1>
        {reason && <p className="hint" role="status">{reason}</p>}
        {mode === 'passphrase' ? (
          <TextField label="Passphrase" type="password" autoComplete="current-password" autoFocus value={secret} onChange={setSecret} />
        ) : (
          <TextField
            label="Recovery code"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={secret}
            onChange={setSecret}
            hint="The code you saved when you set up your notebook, like ABCD-EFGH-... Dashes and spaces don't matter."
          />
        )}
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label="Unlocking your notebook" />
        ) : (
          <button type="submit" className="primary" disabled={secret.length === 0}>
            {mode === 'passphrase' ? 'Unlock' : 'Unlock with recovery code'}
          </button>
        )}
        <button type="button" className="link" onClick={() => switchTo(mode === 'passphrase' ? 'recovery' : 'passphrase')}>
          {mode === 'passphrase' ? 'I forgot my passphrase: use my recovery code' : 'Use my passphrase instead'}
        </button>
      </form>
    </main>
  );
}
