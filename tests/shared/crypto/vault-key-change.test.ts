/** The next key generation's header, and vault keys wrapped under other vault keys. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sodium } from '@shared/crypto/sodium';
import { KDF_FLOOR } from '@shared/crypto/kdf';
import { TamperedDataError, WrongSecretError } from '@shared/crypto/errors';
import { createVaultHeader, MAX_RETIRED_KEYS, parseVaultHeader, unlockVaultKey, type VaultHeader } from '@shared/crypto/vault-header';
import { nextGenerationHeader, openRetiredKeys, unwrapVaultKey, wrapVaultKey } from '@shared/crypto/vault-key-change';
import { testSodium } from '../../support/test-sodium';

const PASSPHRASE = 'orchard kettle lantern drift';
const OLD_CODE = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ';
const NEW_CODE = 'ZYXW-VTSR-QPNM-KJHG-FEDC-BA98-7654-3210';

let sodium: Sodium;
// The generations' chain, not Argon2id (vault-header.test.ts runs the real one): the quick stand-in.
beforeAll(async () => {
  sodium = await testSodium();
});

function next(current: { header: VaultHeader; vaultKey: Uint8Array }, recoveryCode = NEW_CODE) {
  return nextGenerationHeader(sodium, current.header, {
    currentKey: current.vaultKey,
    passphrase: PASSPHRASE,
    recoveryCode,
    cost: KDF_FLOOR,
    sealForAgencies: () => [],
  });
}

describe('the next key generation', () => {
  it('keeps the id, counts the generation up, opens with the passphrase and the new code only, to a new key', () => {
    const first = createVaultHeader(sodium, { passphrase: PASSPHRASE, recoveryCode: OLD_CODE, cost: KDF_FLOOR });
    const second = next(first);
    expect(parseVaultHeader(JSON.parse(JSON.stringify(second.header)))).toEqual(second.header);
    expect(second.header).toMatchObject({ vaultId: first.header.vaultId, createdAt: first.header.createdAt, keyGeneration: 2 });
    expect(unlockVaultKey(sodium, second.header, 'passphrase', PASSPHRASE).vaultKey).toEqual(second.vaultKey);
    expect(unlockVaultKey(sodium, second.header, 'recovery', NEW_CODE).vaultKey).toEqual(second.vaultKey);
    expect(() => unlockVaultKey(sodium, second.header, 'recovery', OLD_CODE)).toThrow(WrongSecretError);
    expect(second.vaultKey).not.toEqual(first.vaultKey);
  });

  it('retires the keys it replaces under the new key, newest first, and forgets the oldest past the limit', () => {
    let current = createVaultHeader(sodium, { passphrase: PASSPHRASE, recoveryCode: OLD_CODE, cost: KDF_FLOOR });
    const keys = [current.vaultKey.slice()];
    for (let round = 0; round < MAX_RETIRED_KEYS + 1; round++) {
      current = next(current);
      keys.unshift(current.vaultKey.slice());
    }
    expect(current.header.keyGeneration).toBe(MAX_RETIRED_KEYS + 2);
    expect(current.header.retiredKeys.map((key) => key.generation)).toEqual(
      Array.from({ length: MAX_RETIRED_KEYS }, (_, i) => MAX_RETIRED_KEYS + 1 - i),
    );
    expect(openRetiredKeys(sodium, current.header, current.vaultKey)).toEqual(keys.slice(1, MAX_RETIRED_KEYS + 1));
    expect(() => openRetiredKeys(sodium, current.header, keys[1]!)).toThrow(TamperedDataError);
  });
});

describe('a wrapped vault key', () => {
  it('opens only under its key, for its vault, role and generation', () => {
    const under = sodium.randombytes_buf(32);
    const key = sodium.randombytes_buf(32);
    const binding = { vaultId: 'ab'.repeat(16), role: 'next' as const, generation: 2 };
    const wrapped = wrapVaultKey(sodium, under, binding, key);
    expect(unwrapVaultKey(sodium, under, binding, wrapped)).toEqual(key);
    expect(() => unwrapVaultKey(sodium, sodium.randombytes_buf(32), binding, wrapped)).toThrow(TamperedDataError);
    expect(() => unwrapVaultKey(sodium, under, { ...binding, role: 'retired' }, wrapped)).toThrow(TamperedDataError);
    expect(() => unwrapVaultKey(sodium, under, { ...binding, generation: 3 }, wrapped)).toThrow(TamperedDataError);
    expect(() => unwrapVaultKey(sodium, under, { ...binding, vaultId: 'cd'.repeat(16) }, wrapped)).toThrow(TamperedDataError);
  });
});
