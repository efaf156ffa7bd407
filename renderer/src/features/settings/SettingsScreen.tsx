/**
 * Settings a peer controls: the language, how soon the notebook locks itself (up to the agency's
 * maximum), and the passphrase. The agency's own rules are listed on "About this installation".
 */
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useVaultPolicy } from '../../ui/use-vault-policy';
import { LANGUAGE_CHOICES } from '@shared/languages';
import { Notice, SelectField, useAction } from '../../ui/form';
import { autoLockChoices, effectiveAutoLockMinutes, AUTO_LOCK_CHOICES, type VaultSettings } from '../../vault/settings';
import type { VaultStatus } from '../../vault/vault';
import { ChangePassphraseForm } from '../lock/ChangePassphraseForm';
import { PeerProfileForm } from '../peer/PeerProfileForm';
import { SyncSettings } from '../sync/SyncSettings';
import { BackupSettings } from '../backup/BackupSettings';
import { KeyChangeSection } from '../key-change/KeyChangeSection';

/** The app's own longest choice: below it, the agency has set a maximum worth saying. */
const LONGEST_CHOICE = Math.max(...AUTO_LOCK_CHOICES);

export function SettingsScreen({ status, onStatus }: { status: VaultStatus; onStatus(status: VaultStatus): void }) {
  const vault = useVault();
  const policy = useVaultPolicy();
  const { t } = useTranslation();
  const { run, error } = useAction();
  const update = (change: Partial<VaultSettings>) =>
    void run(async () => {
      const settings = await vault('vault.updateSettings', { change });
      onStatus({ ...status, settings });
    });
  const maxMinutes = policy.autoLockMaxMinutes;
  const lockAfter = effectiveAutoLockMinutes(status.settings, maxMinutes);
  const minutes = (count: number) => t('settings.minutes', { count });

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h1 id="settings-heading">{t('settings.title')}</h1>
      <SelectField
        label={t('settings.language')}
        value={status.settings.language}
        options={LANGUAGE_CHOICES}
        onChange={(language) => update({ language })}
      />
      <h2>{t('settings.aboutYou')}</h2>
      <PeerProfileForm />
      <h2>{t('settings.locking')}</h2>
      <SelectField
        label={t('settings.lockAfter')}
        value={lockAfter}
        options={autoLockChoices(maxMinutes).map((choice) => ({ value: choice, label: minutes(choice) }))}
        onChange={(autoLockMinutes) => update({ autoLockMinutes })}
      />
      {maxMinutes < LONGEST_CHOICE && (
        <p className="hint">
          {lockAfter < status.settings.autoLockMinutes
            ? t('about.effects.autoLockCappedNow', { chosen: minutes(status.settings.autoLockMinutes), minutes: minutes(maxMinutes) })
            : t('about.effects.autoLockCapped', { minutes: minutes(maxMinutes) })}
        </p>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <SyncSettings />
      <BackupSettings status={status} onStatus={onStatus} />
      <h2 id="passphrase-heading">{t('settings.passphrase')}</h2>
      <ChangePassphraseForm askCurrent onChanged={onStatus} labelledBy="passphrase-heading" />
      <KeyChangeSection onStatus={onStatus} />
    </section>
  );
}
