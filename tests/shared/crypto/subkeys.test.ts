import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { deriveVaultSubkey } from '@shared/crypto/subkeys';
import { randomBytes, toHex, utf8 } from '@shared/crypto/bytes';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

// Vault key 00 01 02 ... 1f.
const VAULT_KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
// Computed once and pasted: if these change, every existing notebook's records stop opening.
const FROZEN_RECORDS_KEY = 'f692e04dccf5ec0e0d999b07449d8a5f281adbfd0631b77d364e4ce38a59ab79';
const FROZEN_AUDIT_KEY = 'f65151ec68b1e39980d52da557c155ada003b357a8fc58ea67214b2e170082a1';
const FROZEN_BACKUP_KEY = 'c8772e35a83899918ccb1ddc9f01a0dc333d357dbed9a8e5e67d61c14db94082';

describe('vault subkeys (format version 1)', () => {
  it('derive the frozen records key', () => {
    expect(toHex(deriveVaultSubkey(sodium, VAULT_KEY, 'records'))).toBe(FROZEN_RECORDS_KEY);
  });

  it('derive the frozen audit key', () => {
    expect(toHex(deriveVaultSubkey(sodium, VAULT_KEY, 'audit'))).toBe(FROZEN_AUDIT_KEY);
  });

  it('derive the frozen backup key (id 4), which wraps every backup file key', () => {
    expect(toHex(deriveVaultSubkey(sodium, VAULT_KEY, 'backup'))).toBe(FROZEN_BACKUP_KEY);
  });

  it('follow libsodium\'s documented crypto_kdf construction: keyed BLAKE2b, salt = subkey id, personal = "PNvault1"', () => {
    // Independent of crypto_kdf_derive_from_key: BLAKE2b-256 keyed with the vault key over an
    // empty message, salt = little-endian subkey id padded to 16 bytes, personalisation = the
    // 8-byte context padded to 16 bytes.
    const blake2b = (subkeyId: number) => {
      const salt = new Uint8Array(16);
      salt[0] = subkeyId;
      const personal = new Uint8Array(16);
      personal.set(utf8('PNvault1'));
      return toHex(sodium.crypto_generichash_blake2b_salt_personal(32, VAULT_KEY, salt, personal));
    };
    expect(blake2b(1)).toBe(FROZEN_RECORDS_KEY);
    expect(blake2b(2)).toBe(FROZEN_AUDIT_KEY);
    expect(blake2b(4)).toBe(FROZEN_BACKUP_KEY);
  });

  it('are 32 bytes, differ by purpose, and are never the vault key itself', () => {
    const vaultKey = randomBytes(32);
    const records = deriveVaultSubkey(sodium, vaultKey, 'records');
    const audit = deriveVaultSubkey(sodium, vaultKey, 'audit');
    expect(records).toHaveLength(32);
    expect(audit).toHaveLength(32);
    expect(toHex(records)).not.toBe(toHex(audit));
    expect(toHex(records)).not.toBe(toHex(vaultKey));
    expect(toHex(audit)).not.toBe(toHex(vaultKey));
  });

  it('are the same every time for the same vault key, so records reopen after unlock', () => {
    const vaultKey = randomBytes(32);
    expect(deriveVaultSubkey(sodium, vaultKey, 'records')).toEqual(deriveVaultSubkey(sodium, vaultKey, 'records'));
  });

  it('change completely when the vault key is rotated', () => {
    expect(toHex(deriveVaultSubkey(sodium, randomBytes(32), 'records'))).not.toBe(
      toHex(deriveVaultSubkey(sodium, randomBytes(32), 'records')),
    );
  });

  it('refuse a vault key that is not 32 bytes', () => {
    expect(() => deriveVaultSubkey(sodium, randomBytes(16), 'records')).toThrow();
  });
});
