/**
 * Sealing a secret this computer keeps on disk (the sync server's device key) with the operating
 * system's key store: Electron's safeStorage (Keychain on macOS, DPAPI on Windows, the Secret
 * Service or KWallet on Linux). Behind an interface, so the code that keeps secrets never imports
 * Electron and tests pass a sealer of their own.
 */

/** Seals and opens text with a key the operating system keeps for this user. */
export interface SecretSealer {
  /** Whether a key store protects what is sealed; without one nothing secret is kept. */
  available(): boolean;
  seal(text: string): Uint8Array;
  /** The text sealed; throws when it cannot be opened (another user's, or the key store was reset). */
  open(sealed: Uint8Array): string;
}

/** The members of Electron's safeStorage used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * Electron's safeStorage as a sealer. On Linux without a key store Chromium falls back to a
 * password written in its own source ("basic_text"): that seals nothing, so it counts as none.
 */
export function safeStorageSealer(safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretSealer {
  return {
    available: () =>
      safeStorage.isEncryptionAvailable() && !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text'),
    seal: (text) => new Uint8Array(safeStorage.encryptString(text)),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}
