/**
 * The peer's own settings (settings.ts says what they are and why they are kept in clear): read
 * while locked too (the lock screen needs the language), changed only while the notebook is open,
 * under the installation's policy, through the work queue.
 */
import { say } from '@shared/messages';
import { BackupSettings } from '@shared/backup/backup-schedule';
import { isLanguage, LANGUAGES } from '@shared/languages';
import type { CoreParts } from './core-parts';
import { autoLockChoices, DEFAULT_SETTINGS, type VaultSettings } from './settings';
import type { VaultPolicy } from './vault-policy';
import { InvalidInputError } from './errors';

export class SettingsStore {
  constructor(
    private readonly core: CoreParts,
    private readonly policy: () => VaultPolicy,
  ) {}

  /** Today's settings; one that does not read (edited on disk, or left by an older version) falls back to its default. */
  async read(): Promise<VaultSettings> {
    const stored = await this.core.meta.get('settings').catch(() => undefined);
    const language = stored?.language;
    const autoLockMinutes = stored?.autoLockMinutes;
    return {
      autoLockMinutes:
        typeof autoLockMinutes === 'number' && Number.isInteger(autoLockMinutes) && autoLockMinutes > 0
          ? autoLockMinutes
          : DEFAULT_SETTINGS.autoLockMinutes,
      language: typeof language === 'string' && isLanguage(language) ? language : DEFAULT_SETTINGS.language,
      backup: BackupSettings.safeParse(stored?.backup).data ?? DEFAULT_SETTINGS.backup,
    };
  }

  update(change: Partial<VaultSettings>): Promise<VaultSettings> {
    return this.core.queue.run(async () => {
      this.core.keys.require();
      const { autoLockMaxMinutes } = this.policy();
      const unknown = Object.keys(change).filter((name) => !Object.hasOwn(DEFAULT_SETTINGS, name));
      // A fault in the app, not the peer's: the screens offer only these settings.
      if (unknown.length > 0) throw new Error(`${unknown.join(', ')} is not a setting a peer changes here.`);
      if (change.autoLockMinutes !== undefined && !autoLockChoices(autoLockMaxMinutes).includes(change.autoLockMinutes)) {
        throw new InvalidInputError(
          change.autoLockMinutes > autoLockMaxMinutes
            ? say('settings.autoLockAboveAgencyMaximum', { minutes: autoLockMaxMinutes })
            : say('settings.autoLockChoice', { choices: autoLockChoices(autoLockMaxMinutes).join(', ') }),
        );
      }
      if (change.backup !== undefined && !BackupSettings.safeParse(change.backup).success)
        throw new InvalidInputError(say('backup.settingsInvalid'));
      if (change.language !== undefined && !isLanguage(change.language)) {
        throw new Error(`Choose one of these languages: ${Object.keys(LANGUAGES).join(', ')}.`);
      }
      const settings = { ...(await this.read()), ...change };
      await this.core.meta.put('settings', settings);
      return settings;
    });
  }
}
