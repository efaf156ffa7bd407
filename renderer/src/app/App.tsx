/**
 * The app's states: no notebook yet, locked, must choose a new passphrase, open. Everything
 * decrypted lives under the open state, so locking unmounts it and nothing stays on screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostApi } from '@shared/host-api';
import type { VaultCall } from '../ui/vault-client';
import type { VaultStatus } from '../vault/vault';
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import { HostContext, InstallationContext, VaultContext } from '../ui/contexts';
import { vaultPolicyOf } from '../vault/vault-policy';
import { AppShell } from './AppShell';
import type { Place } from '@shared/places';
import { FormDrafts } from '../ui/form-drafts';
import { FormDraftsContext } from '../ui/use-draft';
import { CreateVaultScreen } from '../features/lock/CreateVaultScreen';
import { UnlockScreen } from '../features/lock/UnlockScreen';
import { NewPassphraseAfterRecoveryScreen } from '../features/lock/ChangePassphraseForm';
import { KeyChangeProgressScreen } from '../features/key-change/KeyChangeProgressScreen';
import { Notice, Working } from '../ui/form';
import { useLanguage } from '../i18n/use-language';
import { languageOfThisComputer } from '@shared/languages';

export type LockReason = 'by-hand' | 'idle' | 'suspend' | 'lock-screen' | 'user-switch';

export function App({ vault, host }: { vault: VaultCall; host: HostApi }) {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [policy, setPolicy] = useState<InstallationPolicy | null>(null);
  const [lockReason, setLockReason] = useState<LockReason | null>(null);
  const [startupError, setStartupError] = useState<string | null>(null);
  // A notebook opened by unlocking lands on Today (or on the form a draft was kept of); a brand-new
  // one on Settings, to ask once for what every note carries (the peer's name, credential and
  // code), or on People when a notebook joined or restored has them already.
  const [landing, setLanding] = useState<Place>({ screen: 'people' });
  const [drafts] = useState(() => new FormDrafts(vault));
  const { t } = useTranslation();
  const [firstRunLanguage, setFirstRunLanguage] = useState(() => languageOfThisComputer(navigator.languages));
  useLanguage(status?.state === 'none' ? firstRunLanguage : status?.settings.language);

  useEffect(() => {
    const failed = (error: Error) => setStartupError(error.message);
    // The vault holds every call to the installation's policy: it is given that first, once.
    host
      .getInstallationPolicy()
      .then(async (installation) => {
        await vault('vault.configure', { policy: vaultPolicyOf(installation) });
        setPolicy(installation);
        setStatus(await vault('vault.status'));
      })
      .catch(failed);
  }, [vault, host]);

  const lock = useCallback(
    async (reason: LockReason) => {
      // Open forms' drafts are sent first: the worker answers in order, so the lock waits behind them.
      drafts.keepAllBeforeLock();
      setStatus((current) => (current ? { ...current, state: 'locked', mustChangePassphrase: false } : current));
      setLockReason(reason);
      await Promise.all([vault('vault.lock'), host.wipeCopiedText()]);
    },
    [vault, host, drafts],
  );

  useEffect(() => host.on('lockRequested', ({ reason }) => void lock(reason)), [host, lock]);

  // Text copied by hand (Ctrl+C) is wiped from the clipboard after a while, like the Copy buttons.
  useEffect(() => {
    const onCopy = () => setTimeout(() => void host.noteTextCopied(), 0);
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, [host]);

  const opened = (next: VaultStatus) => {
    setLockReason(null);
    setStatus(next);
  };
  const unlocked = (next: VaultStatus) =>
    void (async () => {
      // Drafts are a kindness: one that cannot be read never keeps the notebook closed.
      const draftPlace = await drafts.afterUnlock().catch(() => null);
      // A lock asked for while the passphrase was checked (the computer slept, its screen locked)
      // ran after the unlock in the vault's queue: the notebook stays locked and says why.
      if ((await vault('vault.status')).state !== 'unlocked') return;
      setLanding(draftPlace ?? { screen: 'today' });
      opened(next);
    })().catch((error: Error) => setStartupError(error.message));

  let screen;
  if (startupError)
    screen = (
      <main className="lock-screen">
        <div className="card">
          <Notice tone="error">{startupError}</Notice>
        </div>
      </main>
    );
  else if (!status || !policy)
    screen = (
      <main className="lock-screen">
        <Working label={t('app.opening')} />
      </main>
    );
  else if (status.state === 'none') {
    // The language chosen on the first screen becomes the notebook's setting.
    const created = (next: VaultStatus) =>
      void Promise.all([vault('vault.updateSettings', { change: { language: firstRunLanguage } }), vault('peer.get')]).then(
        ([settings, peer]) => {
          setLanding(peer.name || peer.credential ? { screen: 'people' } : { screen: 'settings' });
          opened({ ...next, settings });
        },
        (error: Error) => setStartupError(error.message),
      );
    screen = <CreateVaultScreen language={firstRunLanguage} onLanguage={setFirstRunLanguage} onCreated={created} />;
  }
  // Locking by hand needs no explanation; any other lock says why it happened.
  else if (status.state === 'locked')
    screen = (
      <UnlockScreen onUnlocked={unlocked} reason={lockReason && lockReason !== 'by-hand' ? t(`app.lockReason.${lockReason}`) : null} />
    );
  // A key change under way (started here, taken on from sync, or left by a closed app) comes first.
  else if (status.keyChange) screen = <KeyChangeProgressScreen status={status} onDone={opened} />;
  else if (status.mustChangePassphrase) screen = <NewPassphraseAfterRecoveryScreen onChanged={opened} />;
  else screen = <AppShell status={status} onStatus={setStatus} onLock={lock} landing={landing} />;

  return (
    <HostContext.Provider value={host}>
      <InstallationContext.Provider value={policy}>
        <VaultContext.Provider value={vault}>
          <FormDraftsContext.Provider value={drafts}>{screen}</FormDraftsContext.Provider>
        </VaultContext.Provider>
      </InstallationContext.Provider>
    </HostContext.Provider>
  );
}
