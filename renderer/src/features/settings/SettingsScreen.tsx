/**
 * Settings a peer controls, in sections shown one at a time (tabs, so each is a short page and
 * reachable from the keyboard): about you, language and locking, sync, backups, and the
 * passphrase and key. Each section that holds choices saves them with its own one Save button and
 * says what was saved. The agency's own rules are listed on "About this installation".
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../vault/vault';
import { Tabs } from '../../ui/Tabs';
import { ChangePassphraseForm } from '../lock/ChangePassphraseForm';
import { PeerProfileForm } from '../peer/PeerProfileForm';
import { SyncSettings } from '../sync/SyncSettings';
import { BackupSettings } from '../backup/BackupSettings';
import { KeyChangeSection } from '../key-change/KeyChangeSection';
import { LanguageAndLocking } from './LanguageAndLocking';

const SECTIONS = ['aboutYou', 'languageAndLocking', 'sync', 'backups', 'passphrase'] as const;
type Section = (typeof SECTIONS)[number];

export function SettingsScreen({ status, onStatus }: { status: VaultStatus; onStatus(status: VaultStatus): void }) {
  const { t } = useTranslation();
  // About you first: a new notebook opens here to ask for what every note carries.
  const [section, setSection] = useState<Section>('aboutYou');
  const panels: Record<Section, () => ReactNode> = {
    aboutYou: () => (
      <>
        <h2>{t('settings.aboutYou')}</h2>
        <PeerProfileForm />
      </>
    ),
    languageAndLocking: () => <LanguageAndLocking status={status} onStatus={onStatus} />,
    sync: () => <SyncSettings />,
    backups: () => <BackupSettings status={status} onStatus={onStatus} />,
    passphrase: () => (
      <>
        <h2 id="passphrase-heading">{t('settings.passphrase')}</h2>
        <ChangePassphraseForm askCurrent onChanged={onStatus} labelledBy="passphrase-heading" />
        <KeyChangeSection onStatus={onStatus} />
      </>
    ),
  };

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h1 id="settings-heading">{t('settings.title')}</h1>
      <Tabs<Section>
        label={t('settings.sections')}
        items={SECTIONS.map((id) => ({ id, label: t(`settings.section.${id}`) }))}
        selected={section}
        onSelect={setSection}
      >
        {panels[section]()}
      </Tabs>
    </section>
  );
}
