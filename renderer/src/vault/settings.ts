/**
 * The peer's own settings. Kept apart from vault.ts so screens can read the choices without
 * pulling the crypto core into the window's bundle. Stored in the clear, and readable while
 * locked: the lock screen needs the language, and neither choice says anything about anyone.
 */
import type { Language } from '../i18n/languages';

export interface VaultSettings {
  /** Lock after this many minutes without a key press or click. */
  autoLockMinutes: number;
  /** The language every screen is shown in, the lock screens included. */
  language: Language;
  /** The agency's rule that a supervising professional signs recovery plans after the peer. */
  requireSupervisorSignature: boolean;
}

export const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 5, language: 'en', requireSupervisorSignature: false };
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;
