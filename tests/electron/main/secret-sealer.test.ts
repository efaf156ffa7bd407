/**
 * Electron's safeStorage as the device key's sealer: a key store that seals nothing (Linux's
 * basic_text fallback, or none at all) counts as none, so no key is ever kept in the clear.
 */
import { describe, expect, it } from 'vitest';
import { safeStorageSealer, type SafeStorageLike } from '../../../electron/main/secret-sealer';

const safeStorage = (available: boolean, backend?: string): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a)),
  decryptString: (sealed) => Buffer.from([...sealed].map((byte) => byte ^ 0x5a)).toString(),
  ...(backend && { getSelectedStorageBackend: () => backend }),
});

describe('the device key sealer over safeStorage', () => {
  it('is available with a real key store, and seals through it', () => {
    const sealer = safeStorageSealer(safeStorage(true, 'gnome_libsecret'), 'linux');
    expect(sealer.available()).toBe(true);
    const sealed = sealer.seal('private');
    expect(Buffer.from(sealed).toString()).not.toContain('private');
    expect(sealer.open(sealed)).toBe('private');
    expect(safeStorageSealer(safeStorage(true), 'darwin').available()).toBe(true);
  });

  it('counts Linux’s basic_text fallback and a missing key store as none', () => {
    expect(safeStorageSealer(safeStorage(true, 'basic_text'), 'linux').available()).toBe(false);
    expect(safeStorageSealer(safeStorage(false), 'win32').available()).toBe(false);
  });
});
