/**
 * First run on a second computer: open the notebook another computer syncs to a folder, or to the
 * agency's sync server. Choose the folder (or connect with the server's address and an enrolment
 * code), unlock with the same passphrase (or the recovery code), and every record comes over.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncFolderChoice } from '@shared/host-api';
import { useHost, useInstallationPolicy, useVault } from '../../ui/contexts';
import { messagesOf, useMessage } from '../../i18n/use-message';
import { Form, Notice, TextField, Working } from '../../ui/form';
import type { VaultStatus } from '../../vault/vault';
import { createSyncRunner, type SyncProgress } from './sync-runner';
import { SyncQuestion, useSyncQuestions } from './SyncQuestion';
import { problemOf } from './use-sync';
import { unwrap } from './sync-runner';

/** `source`: where the notebook is found, a sync folder or the agency's sync server. */
export function JoinFromFolder({
  source,
  onOpened,
  onBack,
}: {
  source: 'folder' | 'server';
  onOpened(status: VaultStatus): void;
  onBack(): void;
}) {
  const vault = useVault();
  const host = useHost();
  const { t } = useTranslation();
  const message = useMessage();
  const runner = useMemo(() => createSyncRunner({ vault, host }), [vault, host]);
  const questions = useSyncQuestions();
  const [folder, setFolder] = useState<SyncFolderChoice | null>(null);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [address, setAddress] = useState(useInstallationPolicy().agency?.syncServer ?? '');
  const [code, setCode] = useState('');
  const words = source === 'server' ? 'sync.joinServer' : 'sync.join';

  const explain = (caught: unknown) => {
    const found = problemOf(caught, t);
    setProblem('words' in found ? found.words : [found.lead, message(found.messages)].filter(Boolean).join(' '));
  };

  /** The enrolment code is used once: connected, the server stays chosen while the passphrase is tried again. */
  async function connect() {
    setBusy(true);
    setProblem(null);
    try {
      setFolder(unwrap(await host.enrolSyncServer(address.trim(), code.trim())).choice);
      setCode('');
    } catch (caught) {
      explain(caught);
    } finally {
      setBusy(false);
    }
  }

  async function join(chosen: SyncFolderChoice) {
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await runner.join(chosen, mode === 'passphrase' ? { passphrase: secret } : { recoveryCode: secret }, {
        ask: questions.ask,
        onProgress: setProgress,
      });
      if (outcome.outcome === 'no-notebook')
        setProblem(t(source === 'server' ? 'sync.problems.noNotebookOnServer' : 'sync.problems.noNotebook'));
      else if (outcome.outcome === 'refused') setProblem(message(outcome.messages));
      else if (outcome.outcome === 'synced') {
        setSecret('');
        onOpened(await vault('vault.status'));
      }
    } catch (caught) {
      // Opened, then the folder went away mid-way: the notebook is here; the rest comes next sync.
      const status = await vault('vault.status');
      if (status.state === 'unlocked') return onOpened(status);
      explain(caught);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <main className="lock-screen">
      <Form
        className="card"
        autoComplete="off"
        onSubmit={() => {
          if (folder) void join(folder);
        }}
      >
        <h1>{t(`${words}.title`)}</h1>
        <p>{t(`${words}.intro`)}</p>
        {source === 'folder' ? (
          <div className="row">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void host.chooseSyncFolder().then(
                  (chosen) => chosen && setFolder(chosen),
                  (caught: unknown) => setProblem(message(messagesOf(caught))),
                )
              }
            >
              {t('sync.join.chooseFolder')}
            </button>
            {folder && <span>{t('sync.join.folder', { name: folder.name })}</span>}
          </div>
        ) : folder ? (
          <p>{t('sync.joinServer.connected', { name: folder.name })}</p>
        ) : (
          <>
            <TextField label={t('sync.server.address')} value={address} onChange={setAddress} type="url" autoComplete="off" />
            <TextField label={t('sync.server.code')} value={code} onChange={setCode} autoComplete="off" spellCheck={false} />
            <button type="button" disabled={busy || address.trim() === '' || code.trim() === ''} onClick={() => void connect()}>
              {t('sync.server.connect')}
            </button>
          </>
        )}
        {folder &&
          (mode === 'passphrase' ? (
            <TextField
              label={t('sync.join.passphrase')}
              type="password"
              autoComplete="current-password"
              autoFocus
              value={secret}
              onChange={setSecret}
            />
          ) : (
            <TextField
              label={t('sync.join.recoveryCode')}
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={secret}
              onChange={setSecret}
              hint={t('unlock.recoveryCodeHint')}
            />
          ))}
        {problem && <Notice tone="error">{problem}</Notice>}
        {busy ? (
          <Working label={progress ? t('sync.status.progress', { done: progress.done, total: progress.total }) : t('sync.join.working')} />
        ) : (
          folder && (
            <button type="submit" className="primary" disabled={secret.length === 0}>
              {t(`${words}.open`)}
            </button>
          )
        )}
        {folder && !busy && (
          <button
            type="button"
            className="link"
            onClick={() => {
              setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
              setSecret('');
              setProblem(null);
            }}
          >
            {mode === 'passphrase' ? t('sync.join.useRecoveryCode') : t('sync.join.usePassphrase')}
          </button>
        )}
        <button type="button" className="link" disabled={busy} onClick={onBack}>
          {t('sync.join.back')}
        </button>
      </Form>
      {questions.question && <SyncQuestion question={questions.question} onAnswer={questions.answer} />}
    </main>
  );
}
