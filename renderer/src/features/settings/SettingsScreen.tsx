/** Settings a peer controls: the language, how soon the notebook locks itself, and the passphrase. */
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/contexts';
import { LANGUAGE_CHOICES } from '../../i18n/languages';
import { CheckBox, Notice, SelectField, useAction } from '../../ui/form';
import { AUTO_LOCK_CHOICES, type VaultSettings } from '../../vault/settings';
import type { VaultStatus } from '../../vault/vault';
import { ChangePassphraseForm } from '../lock/ChangePassphraseForm';
import { PeerProfileForm } from '../peer/PeerProfileForm';

export function SettingsScreen({ status, onStatus }: { status: VaultStatus; onStatus(status: VaultStatus): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const { run, error } = useAction();
  const update = (change: Partial<VaultSettings>) =>
    void run(async () => {
      const settings = await vault('vault.updateSettings', change);
      onStatus({ ...status, settings });
    });

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h1 id="settings-heading">{t('settings.title')}</h1>
      <SelectField label={t('settings.language')} value={status.settings.language} options={LANGUAGE_CHOICES} onChange={(language) => update({ language })} />
      <h2>{t('settings.aboutYou')}</h2>
      <PeerProfileForm />
      <h2>{t('settings.locking')}</h2>
      <SelectField
        label={t('settings.lockAfter')}
        value={status.settings.autoLockMinutes}
        options={AUTO_LOCK_CHOICES.map((minutes) => ({ value: minutes, label: t('settings.minutes', { count: minutes }) }))}
        onChange={(autoLockMinutes) => update({ autoLockMinutes })}
      />
      <h2>{t('plans.settings.title')}</h2>
      <CheckBox
        label={t('plans.settings.requireSupervisor')}
        checked={status.settings.requireSupervisorSignature}
        onChange={(requireSupervisorSignature) => update({ requireSupervisorSignature })}
      />
      {error && <Notice tone="error">{error}</Notice>}
      <h2>{t('settings.passphrase')}</h2>
      <ChangePassphraseForm askCurrent onChanged={onStatus} />
    </section>
  );
}
