/** First run: choose a passphrase, then see the recovery code once, and type part of it back to show it is written down. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useVaultPolicy } from '../../ui/use-vault-policy';
import { Form, Notice, SelectField, TextField, Working, useAction } from '../../ui/form';
import { isRecoveryCodeGroup, RECOVERY_CODE_GROUPS } from '@shared/crypto/recovery-code';
import { LANGUAGE_CHOICES, type Language } from '@shared/languages';
import { PassphraseFields, type NewPassphrase } from './PassphraseFields';
import { RecoveryCodeSheet } from './RecoveryCodeSheet';
import type { VaultStatus } from '../../vault/vault';
import { JoinFromFolder } from '../sync/JoinFromFolder';
import { FirstRunRestore } from '../backup/FirstRunRestore';

/** The language is chosen here too: there is no Settings screen before there is a notebook. */
export function CreateVaultScreen({
  language,
  onLanguage,
  onCreated,
}: {
  language: Language;
  onLanguage(language: Language): void;
  onCreated(status: VaultStatus): void;
}) {
  const vault = useVault();
  const policy = useVaultPolicy();
  const { t } = useTranslation();
  const [choice, setChoice] = useState<NewPassphrase>({ passphrase: '', repeated: '', ready: false });
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const { run, busy, error } = useAction();
  const onChange = useCallback((value: NewPassphrase) => setChoice(value), []);

  const [joining, setJoining] = useState<'folder' | 'server' | null>(null);
  const [restoring, setRestoring] = useState(false);
  if (recoveryCode) return <RecoveryCodeStep code={recoveryCode} onConfirmed={onCreated} />;
  if (joining) return <JoinFromFolder source={joining} onOpened={onCreated} onBack={() => setJoining(null)} />;
  if (restoring) return <FirstRunRestore onRestored={onCreated} onBack={() => setRestoring(false)} />;

  return (
    <main className="lock-screen">
      <Form
        className="card"
        onSubmit={() => {
          void run(async () => setRecoveryCode((await vault('vault.prepareCreate', { passphrase: choice.passphrase })).recoveryCode));
        }}
      >
        <h1>{t('create.title')}</h1>
        <SelectField label={t('settings.language')} value={language} options={LANGUAGE_CHOICES} onChange={onLanguage} />
        <p>{t('create.intro')}</p>
        <PassphraseFields label={t('create.choosePassphrase')} minimumScore={policy.minimumPassphraseScore} onChange={onChange} />
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label={t('create.working')} />
        ) : (
          <button type="submit" className="primary" disabled={!choice.ready}>
            {t('create.create')}
          </button>
        )}
        <button type="button" className="link" disabled={busy} onClick={() => setJoining('folder')}>
          {t('sync.join.start')}
        </button>
        <button type="button" className="link" disabled={busy} onClick={() => setJoining('server')}>
          {t('sync.joinServer.start')}
        </button>
        <button type="button" className="link" disabled={busy} onClick={() => setRestoring(true)}>
          {t('backup.restore.startFromBackup')}
        </button>
      </Form>
    </main>
  );
}

function RecoveryCodeStep({ code, onConfirmed }: { code: string; onConfirmed(status: VaultStatus): void }) {
  const [saved, setSaved] = useState(false);
  const [checking, setChecking] = useState(false);
  if (checking) return <RecoveryCodeCheck code={code} onBack={() => setChecking(false)} onConfirmed={onConfirmed} />;
  return <RecoveryCodeShown code={code} saved={saved} onSaved={setSaved} onNext={() => setChecking(true)} />;
}

function RecoveryCodeShown({
  code,
  saved,
  onSaved,
  onNext,
}: {
  code: string;
  saved: boolean;
  onSaved(saved: boolean): void;
  onNext(): void;
}) {
  const { t } = useTranslation();
  return (
    <main className="lock-screen">
      <Form
        className="card"
        onSubmit={() => {
          onNext();
        }}
      >
        <h1>{t('recoveryCode.title')}</h1>
        <p>{t('recoveryCode.intro')}</p>
        <RecoveryCodeSheet code={code} saved={saved} onSaved={onSaved} />
        <button type="submit" className="primary" disabled={!saved}>
          {t('recoveryCode.next')}
        </button>
      </Form>
    </main>
  );
}

/** The code hidden, one group of it typed back from what the peer wrote down: a code not kept is found out now, not when it is needed. */
function RecoveryCodeCheck({ code, onBack, onConfirmed }: { code: string; onBack(): void; onConfirmed(status: VaultStatus): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  // Any group will do; a different one each time the check is shown, so it is read from the paper.
  const [group] = useState(() => 1 + Math.floor(Math.random() * RECOVERY_CODE_GROUPS));
  const [typed, setTyped] = useState('');
  const [wrong, setWrong] = useState(false);
  const { run, busy, error } = useAction();

  return (
    <main className="lock-screen">
      <Form
        className="card"
        onSubmit={() => {
          if (!isRecoveryCodeGroup(code, group, typed)) {
            setWrong(true);
            return;
          }
          void run(async () => onConfirmed(await vault('vault.confirmCreate')));
        }}
      >
        <h1>{t('recoveryCode.checkTitle')}</h1>
        <p>{t('recoveryCode.checkIntro')}</p>
        <TextField
          label={t('recoveryCode.group', { group })}
          value={typed}
          onChange={(value) => {
            setWrong(false);
            setTyped(value);
          }}
          hint={t('recoveryCode.groupHint', { group })}
        />
        {wrong && <Notice tone="error">{t('recoveryCode.groupWrong', { group })}</Notice>}
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label={t('recoveryCode.working')} />
        ) : (
          <div className="row">
            <button type="submit" className="primary" disabled={typed.trim() === ''}>
              {t('recoveryCode.open')}
            </button>
            <button type="button" onClick={onBack}>
              {t('recoveryCode.back')}
            </button>
          </div>
        )}
      </Form>
    </main>
  );
}
