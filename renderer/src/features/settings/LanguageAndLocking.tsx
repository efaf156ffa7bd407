/**
 * The Language and locking section of Settings: the notebook's language and how soon it locks
 * itself (up to the agency's maximum), both saved with one Save, which says what now holds.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { useVaultPolicy } from '../../ui/use-vault-policy';
import { LANGUAGE_CHOICES } from '@shared/languages';
import { Form, Notice, SelectField, useAction } from '../../ui/form';
import { autoLockChoices, effectiveAutoLockMinutes, AUTO_LOCK_CHOICES } from '../../vault/settings';
import type { VaultStatus } from '../../vault/vault';

/** The app's own longest choice: below it, the agency has set a maximum worth saying. */
const LONGEST_CHOICE = Math.max(...AUTO_LOCK_CHOICES);

export function LanguageAndLocking({ status, onStatus }: { status: VaultStatus; onStatus(status: VaultStatus): void }) {
  const vault = useVault();
  const policy = useVaultPolicy();
  const { t } = useTranslation();
  const { run, busy, error } = useAction();
  const maxMinutes = policy.autoLockMaxMinutes;
  const lockAfter = effectiveAutoLockMinutes(status.settings, maxMinutes);
  const [language, setLanguage] = useState(status.settings.language);
  const [autoLockMinutes, setAutoLockMinutes] = useState(lockAfter);
  const [saved, setSaved] = useState(false);
  const minutes = (count: number) => t('settings.minutes', { count });
  const changed = language !== status.settings.language || autoLockMinutes !== lockAfter;

  return (
    <Form
      onSubmit={() => {
        void run(async () => {
          // Only what changed: a choice above the agency's maximum stays stored, capped, unless the peer changed it.
          const change = {
            ...(language !== status.settings.language ? { language } : {}),
            ...(autoLockMinutes !== lockAfter ? { autoLockMinutes } : {}),
          };
          const settings = await vault('vault.updateSettings', { change });
          onStatus({ ...status, settings });
          setSaved(true);
        });
      }}
    >
      <h2>{t('settings.section.languageAndLocking')}</h2>
      <SelectField
        label={t('settings.language')}
        value={language}
        options={LANGUAGE_CHOICES}
        onChange={(choice) => {
          setSaved(false);
          setLanguage(choice);
        }}
      />
      <SelectField
        label={t('settings.lockAfter')}
        value={autoLockMinutes}
        options={autoLockChoices(maxMinutes).map((choice) => ({ value: choice, label: minutes(choice) }))}
        onChange={(choice) => {
          setSaved(false);
          setAutoLockMinutes(choice);
        }}
      />
      {maxMinutes < LONGEST_CHOICE && (
        <p className="hint">
          {lockAfter < status.settings.autoLockMinutes
            ? t('about.effects.autoLockCappedNow', { chosen: minutes(status.settings.autoLockMinutes), minutes: minutes(maxMinutes) })
            : t('about.effects.autoLockCapped', { minutes: minutes(maxMinutes) })}
        </p>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {saved && !changed && (
        <Notice tone="success">
          {t('settings.languageAndLockingSaved', {
            language: LANGUAGE_CHOICES.find((choice) => choice.value === language)?.label ?? language,
            minutes: minutes(lockAfter),
          })}
        </Notice>
      )}
      <button type="submit" className="primary" disabled={busy || !changed}>
        {t('settings.saveLanguageAndLocking')}
      </button>
    </Form>
  );
}
