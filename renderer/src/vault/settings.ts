/**
 * The peer's own settings. Kept apart from vault.ts so screens can read the choices without
 * pulling the crypto core into the window's bundle.
 */
export interface VaultSettings {
  /** Lock after this many minutes without a key press or click. */
  autoLockMinutes: number;
}

export const DEFAULT_SETTINGS: VaultSettings = { autoLockMinutes: 5 };
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;
