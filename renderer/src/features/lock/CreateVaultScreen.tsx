/** First run: choose a passphrase, then see the recovery code once and confirm it is saved. */
import { useCallback, useState } from 'react';
import { useHost, useVault } from '../../app/contexts';
import { CheckBox, Notice, Working, useAction } from '../../ui/form';
import { PassphraseFields, type NewPassphrase } from './PassphraseFields';
import type { VaultStatus } from '../../vault/vault';

export function CreateVaultScreen({ onCreated }: { onCreated(status: VaultStatus): void }) {
  const vault = useVault();
  const [choice, setChoice] = useState<NewPassphrase>({ passphrase: '', repeated: '', ready: false });
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const { run, busy, error } = useAction();
  const onChange = useCallback((value: NewPassphrase) => setChoice(value), []);

  if (recoveryCode) return <RecoveryCodeStep code={recoveryCode} onConfirmed={onCreated} />;

  return (
    <main className="lock-screen">
      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => setRecoveryCode((await vault('vault.prepareCreate', { passphrase: choice.passphrase })).recoveryCode));
        }}
      >
        <h1>Welcome to Peer Notebook</h1>
        <p>
          Your notebook keeps the stories people trust you with. It stays on this computer, locked with a passphrase only
          you know, and nothing in it is ever stored unencrypted.
        </p>
        <PassphraseFields label="Choose a passphrase" onChange={onChange} />
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label="Setting up your notebook's lock. This takes a few seconds." />
        ) : (
          <button type="submit" className="primary" disabled={!choice.ready}>
            Create my notebook
          </button>
        )}
      </form>
    </main>
  );
}

function RecoveryCodeStep({ code, onConfirmed }: { code: string; onConfirmed(status: VaultStatus): void }) {
  const vault = useVault();
  const hostApi = useHost();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const { run, busy, error } = useAction();

  return (
    <main className="lock-screen">
      <form
        className="card"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => onConfirmed(await vault('vault.confirmCreate')));
        }}
      >
        <h1>Your recovery code</h1>
        <p>
          If you ever forget your passphrase, this code is the only way back into your notebook. It is shown this once.
          Write it down or print it, and keep it somewhere safe and private, away from this computer.
        </p>
        <section className="recovery-sheet" aria-label="Recovery code">
          <p className="print-only">Peer Notebook recovery code. Keep this private and safe.</p>
          <code className="recovery-code" data-testid="recovery-code">
            {code.split('-').map((group, index) => (
              <span key={index}>
                {index > 0 && <span className="recovery-dash">-</span>}
                {group}
              </span>
            ))}
          </code>
        </section>
        <div className="row">
          <button type="button" onClick={() => window.print()}>
            Print the code
          </button>
          <button
            type="button"
            onClick={() => void hostApi.copyText(code).then(() => setCopied(true))}
          >
            Copy the code
          </button>
        </div>
        {copied && <Notice tone="success">Copied. The clipboard is cleared again in 30 seconds.</Notice>}
        <CheckBox label="I have saved my recovery code somewhere safe" checked={saved} onChange={setSaved} />
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label="Opening your notebook" />
        ) : (
          <button type="submit" className="primary" disabled={!saved}>
            Open my notebook
          </button>
        )}
      </form>
    </main>
  );
}
