/**
 * Settings: changing the notebook's key after a suspected compromise. The peer reads when and what
 * it does, types the passphrase and chooses a new one, sees the new recovery code once and confirms it is saved; then the
 * app waits behind the progress view (App.tsx) until every record is under the new key.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useVaultPolicy } from '../../ui/use-vault-policy';
import { Form, Notice, TextField, Working, useAction } from '../../ui/form';
import type { VaultStatus } from '../../vault/vault';
import { RecoveryCodeSheet } from '../lock/RecoveryCodeSheet';
import { PassphraseFields, type NewPassphrase } from '../lock/PassphraseFields';

export function KeyChangeSection({ onStatus }: { onStatus(status: VaultStatus): void }) {
  const vault = useVault();
  const policy = useVaultPolicy();
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [choice, setChoice] = useState<NewPassphrase>({ passphrase: '', repeated: '', ready: false });
  const onChoice = useCallback((value: NewPassphrase) => setChoice(value), []);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();

  if (recoveryCode) {
    return (
      <Form
        aria-labelledby="key-change-code-heading"
        onSubmit={() => {
          void run(async () => onStatus(await vault('keyChange.confirm')));
        }}
      >
        <h2 id="key-change-code-heading">{t('keyChange.newCode.title')}</h2>
        <p>{t('keyChange.newCode.intro')}</p>
        <RecoveryCodeSheet code={recoveryCode} saved={saved} onSaved={setSaved} />
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label={t('keyChange.newCode.starting')} />
        ) : (
          <div className="row">
            <button type="submit" className="primary" disabled={!saved}>
              {t('keyChange.newCode.confirm')}
            </button>
            <button type="button" onClick={() => setRecoveryCode(null)}>
              {t('keyChange.newCode.cancel')}
            </button>
          </div>
        )}
      </Form>
    );
  }

  return (
    <Form
      aria-labelledby="key-change-heading"
      onSubmit={() => {
        void run(async () => {
          const prepared = await vault('keyChange.prepare', { passphrase, newPassphrase: choice.passphrase });
          setPassphrase('');
          setSaved(false);
          setRecoveryCode(prepared.recoveryCode);
        });
      }}
    >
      <h2 id="key-change-heading">{t('keyChange.settings.title')}</h2>
      <p>{t('keyChange.settings.when')}</p>
      <p>{t('keyChange.settings.what')}</p>
      <p>{t('keyChange.settings.otherComputers')}</p>
      <p>{t('keyChange.settings.backups')}</p>
      <TextField
        label={t('keyChange.settings.passphrase')}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
      />
      <PassphraseFields label={t('keyChange.settings.newPassphrase')} minimumScore={policy.minimumPassphraseScore} onChange={onChoice} />
      {error && <Notice tone="error">{error}</Notice>}
      {busy ? (
        <Working label={t('keyChange.settings.preparing')} />
      ) : (
        <button type="submit" disabled={passphrase.length === 0 || !choice.ready}>
          {t('keyChange.settings.start')}
        </button>
      )}
    </Form>
  );
}
