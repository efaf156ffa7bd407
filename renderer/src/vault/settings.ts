/**
 * The peer's own settings. Kept apart from vault.ts so screens can read the choices without
 * pulling the crypto core into the window's bundle. Stored in the clear, and readable while
 * locked: the lock screen needs the language, and neither choice says anything about anyone.
 * Rules the agency sets (a supervisor's signature on plans, the longest auto-lock time) are not
 * here: they come from the installation's policy, which a peer cannot change.
 */
import type { Language } from '@shared/languages';
import { DEFAULT_BACKUP_SETTINGS, type BackupSettings } from '@shared/backup/backup-schedule';

export interface VaultSettings {
  /** Lock after this many minutes without a key press or click (the policy's maximum caps it). */
  autoLockMinutes: number;
  /** The language every screen is shown in, the lock screens included. */
  language: Language;
  /** Where scheduled backups go, how often, how many are kept, and when the last one was made. */
  backup: BackupSettings;
}

export const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 5, language: 'en', backup: DEFAULT_BACKUP_SETTINGS };
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;

/** The auto-lock times a peer may choose under the policy's maximum (the maximum itself always one of them). */
export function autoLockChoices(maxMinutes: number): number[] {
  const within: number[] = AUTO_LOCK_CHOICES.filter((minutes) => minutes <= maxMinutes);
  return within.includes(maxMinutes) ? within : [...within, maxMinutes];
}

/** The time the notebook really locks after: a setting stored before the agency lowered its maximum yields to it. */
export const effectiveAutoLockMinutes = (settings: VaultSettings, maxMinutes: number): number =>
  Math.min(settings.autoLockMinutes, maxMinutes);
