import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { MiB } from '@shared/crypto/kdf';
import { WeakKdfParametersError } from '@shared/crypto/errors';
import {
  NotAnAgencyKeyFileError,
  WrongAgencyKeyPassphraseError,
  agencyKeyFingerprint,
  agencyPublicKeyFile,
  generateAgencyKeyPair,
  openAgencyPrivateKey,
  readAgencyPublicKeyFile,
  sealAgencyPrivateKey,
} from '@shared/crypto/agency-key';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const FLOOR_COST = { opsLimit: 3, memLimitBytes: 64 * MiB };
const PASSPHRASE = 'granite meadow copper violin';

describe('the agency recovery key files', () => {
  it('seal the private key under a passphrase and open it again', () => {
    const keyPair = generateAgencyKeyPair(sodium);
    const file = sealAgencyPrivateKey(sodium, { keyPair, passphrase: PASSPHRASE, cost: FLOOR_COST });
    expect(JSON.stringify(file)).not.toContain(sodium.to_base64(keyPair.privateKey, sodium.base64_variants.URLSAFE_NO_PADDING));
    expect(file.fingerprint).toBe(agencyKeyFingerprint(sodium, keyPair.publicKey));
    expect(openAgencyPrivateKey(sodium, JSON.parse(JSON.stringify(file)), PASSPHRASE)).toEqual(keyPair);
    expect(() => openAgencyPrivateKey(sodium, file, 'granite meadow copper viola')).toThrow(WrongAgencyKeyPassphraseError);
  });

  it('refuse a private key file whose halves do not belong together, or whose key settings were weakened', () => {
    const keyPair = generateAgencyKeyPair(sodium);
    const other = generateAgencyKeyPair(sodium);
    const file = sealAgencyPrivateKey(sodium, { keyPair, passphrase: PASSPHRASE, cost: FLOOR_COST });
    const swapped = { ...file, ...agencyPublicKeyFile(sodium, other.publicKey), type: file.type };
    expect(() => openAgencyPrivateKey(sodium, swapped, PASSPHRASE)).toThrow(NotAnAgencyKeyFileError);
    expect(() => openAgencyPrivateKey(sodium, { ...file, kdf: { ...file.kdf, opsLimit: 1 } }, PASSPHRASE)).toThrow(WeakKdfParametersError);
    expect(() => openAgencyPrivateKey(sodium, agencyPublicKeyFile(sodium, keyPair.publicKey), PASSPHRASE)).toThrow(NotAnAgencyKeyFileError);
  });

  it('read a public key file only when its fingerprint matches its key', () => {
    const { publicKey } = generateAgencyKeyPair(sodium);
    const file = agencyPublicKeyFile(sodium, publicKey);
    expect(readAgencyPublicKeyFile(sodium, file)).toEqual(publicKey);
    expect(() => readAgencyPublicKeyFile(sodium, { ...file, fingerprint: '0'.repeat(64) })).toThrow(NotAnAgencyKeyFileError);
    expect(() => readAgencyPublicKeyFile(sodium, { hello: 'world' })).toThrow(/not a Peer Notebook agency public key file/);
  });
});
