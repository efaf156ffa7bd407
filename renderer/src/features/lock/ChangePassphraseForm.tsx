/**
 * Choosing a new passphrase: from Settings (the current one is asked for), or right after a
 * recovery-code unlock (it is not: the peer forgot it).
 */
import { useCallback, useState } from 'react';
import { useVault } from '../../app/contexts';
import { Notice, TextField, Working, useAction } from '../../ui/form';
import { PassphraseFields, type NewPassphrase } from './PassphraseFields';
import type { VaultStatus } from '../../vault/vault';

export function ChangePassphraseForm({ askCurrent, onChanged }: { askCurrent: boolean; onChanged(status: VaultStatus): void }) {
  const vault = useVault();
  const [current, setCurrent] = useState('');
  const [choice, setChoice] = useState<NewPassphrase>({ passphrase: '', repeated: '', ready: false });
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState(false);
  const { run, busy, error } = useAction();
  const onChange = useCallback((value: NewPassphrase) => setChoice(value), []);

  return (
    <form
      key={formKey}
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        void run(async () => {
          const status = await vault('vault.changePassphrase', { currentPassphrase: askCurrent ? current : undefined, newPassphrase: choice.passphrase });
          setCurrent('');
          setFormKey((key) => key + 1);
          setDone(true);
          onChanged(status);
        });
      }}
    >
      {askCurrent && <TextField label="Current passphrase" type="password" autoComplete="current-password" value={current} onChange={setCurrent} />}
      <PassphraseFields label="New passphrase" onChange={onChange} />
      {error && <Notice tone="error">{error}</Notice>}
      {done && <Notice tone="success">Your passphrase is changed. Your recovery code still works.</Notice>}
      {busy ? (
        <Working label="Changing your passphrase" />
      ) : (
        <button type="submit" className="primary" disabled={!choice.ready || (askCurrent && current.length === 0)}>
          Change passphrase
        </button>
      )}
    </form>
  );
}

export function NewPassphraseAfterRecoveryScreen({ onChanged }: { onChanged(status: VaultStatus): void }) {
  return (
    <main className="lock-screen">
      <div className="card">
        <h1>Choose a new passphrase</h1>
        <p>You're in with your recovery code. Choose a new passphrase now; you'll use it to unlock from here on.</p>
        <ChangePassphraseForm askCurrent={false} onChanged={onChanged} />
      </div>
    </main>
  );
}
