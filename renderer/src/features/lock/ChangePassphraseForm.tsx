/**
 * Choosing a new passphrase: from Settings (the current one is asked for), or right after a
 * recovery-code unlock (it is not: the peer forgot it).
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useVaultPolicy } from '../../ui/use-vault-policy';
import { Form, Notice, TextField, Working, useAction } from '../../ui/form';
import { PassphraseFields, type NewPassphrase } from './PassphraseFields';
import type { VaultStatus } from '../../vault/vault';

/** `labelledBy`: the heading that names the form, where the screen has one (Settings holds two passphrase forms). */
export function ChangePassphraseForm({
  askCurrent,
  onChanged,
  labelledBy,
}: {
  askCurrent: boolean;
  onChanged(status: VaultStatus): void;
  labelledBy?: string;
}) {
  const vault = useVault();
  const policy = useVaultPolicy();
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [choice, setChoice] = useState<NewPassphrase>({ passphrase: '', repeated: '', ready: false });
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState(false);
  const { run, busy, error } = useAction();
  const onChange = useCallback((value: NewPassphrase) => setChoice(value), []);

  return (
    <Form
      key={formKey}
      aria-labelledby={labelledBy}
      onSubmit={() => {
        setDone(false);
        void run(async () => {
          const status = await vault('vault.changePassphrase', {
            currentPassphrase: askCurrent ? current : undefined,
            newPassphrase: choice.passphrase,
          });
          setCurrent('');
          setFormKey((key) => key + 1);
          setDone(true);
          onChanged(status);
        });
      }}
    >
      {askCurrent && (
        <TextField
          label={t('changePassphrase.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
        />
      )}
      <PassphraseFields label={t('changePassphrase.new')} minimumScore={policy.minimumPassphraseScore} onChange={onChange} />
      {error && <Notice tone="error">{error}</Notice>}
      {done && <Notice tone="success">{t('changePassphrase.done')}</Notice>}
      {busy ? (
        <Working label={t('changePassphrase.working')} />
      ) : (
        <button type="submit" className="primary" disabled={!choice.ready || (askCurrent && current.length === 0)}>
          {t('changePassphrase.change')}
        </button>
      )}
    </Form>
  );
}

export function NewPassphraseAfterRecoveryScreen({ onChanged }: { onChanged(status: VaultStatus): void }) {
  const { t } = useTranslation();
  return (
    <main className="lock-screen">
      <div className="card">
        <h1>{t('changePassphrase.afterRecoveryTitle')}</h1>
        <p>{t('changePassphrase.afterRecoveryIntro')}</p>
        <ChangePassphraseForm askCurrent={false} onChanged={onChanged} />
      </div>
    </main>
  );
}
