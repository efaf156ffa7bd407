import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { MiB, deriveSlotKey, newKdfParams } from '@shared/crypto/kdf';
import { secretBytes } from '@shared/crypto/vault-header';
import { WeakKdfParametersError } from '@shared/crypto/errors';
import {
  NotAnAgencyKeyFileError,
  WrongAgencyKeyPassphraseError,
  agencyKeyFingerprint,
  agencyPublicKeyFile,
  generateAgencyKeyPair,
  makeAgencyPrivateKeyFile,
  openAgencyPrivateKey,
  readAgencyPublicKeyFile,
  sealAgencyPrivateKey,
  type AgencyKeyPair,
} from '@shared/crypto/agency-key';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

const FLOOR_COST = { opsLimit: 3, memLimitBytes: 64 * MiB };
const PASSPHRASE = 'granite meadow copper violin';

/** A recovery key file as format 1 wrote it (crypto_secretbox, no associated data, no purpose or label). */
function formatOneFile(keyPair: AgencyKeyPair) {
  const kdf = newKdfParams(sodium, FLOOR_COST);
  const key = deriveSlotKey(sodium, secretBytes(PASSPHRASE), kdf);
  const nonce = sodium.randombytes_buf(sodium.crypto_secretbox_NONCEBYTES);
  const b64 = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
  return {
    type: 'peer-notebook/agency-private-key',
    format: 1,
    publicKey: b64(keyPair.publicKey),
    fingerprint: agencyKeyFingerprint(sodium, keyPair.publicKey),
    kdf,
    nonce: b64(nonce),
    sealedPrivateKey: b64(sodium.crypto_secretbox_easy(keyPair.privateKey, nonce, key)),
    createdAt: '2025-06-01T12:00:00.000Z',
  };
}

describe('the agency recovery key files', () => {
  it('seal the private key under a passphrase and open it again', () => {
    const keyPair = generateAgencyKeyPair(sodium);
    const file = sealAgencyPrivateKey(sodium, {
      purpose: 'recovery',
      label: 'Recovery key 2025',
      keyPair,
      passphrase: PASSPHRASE,
      cost: FLOOR_COST,
    });
    expect(file).toMatchObject({ format: 2, purpose: 'recovery', label: 'Recovery key 2025' });
    expect(JSON.stringify(file)).not.toContain(sodium.to_base64(keyPair.privateKey, sodium.base64_variants.URLSAFE_NO_PADDING));
    expect(file.fingerprint).toBe(agencyKeyFingerprint(sodium, keyPair.publicKey));
    expect(openAgencyPrivateKey(sodium, JSON.parse(JSON.stringify(file)), 'recovery', PASSPHRASE)).toEqual(keyPair);
    expect(() => openAgencyPrivateKey(sodium, file, 'recovery', 'granite meadow copper viola')).toThrow(WrongAgencyKeyPassphraseError);
  });

  it('refuse a private key file whose halves do not belong together, or whose key settings were weakened', () => {
    const keyPair = generateAgencyKeyPair(sodium);
    const other = generateAgencyKeyPair(sodium);
    const file = sealAgencyPrivateKey(sodium, {
      purpose: 'recovery',
      label: 'Recovery key',
      keyPair,
      passphrase: PASSPHRASE,
      cost: FLOOR_COST,
    });
    // The seal binds the public key: with another key's public half the file no longer opens.
    const swapped = { ...file, ...agencyPublicKeyFile(sodium, other.publicKey), type: file.type, format: file.format };
    expect(() => openAgencyPrivateKey(sodium, swapped, 'recovery', PASSPHRASE)).toThrow(/or the file was changed/);
    // Format 1 had no such binding: there, the check that the private key belongs to the public key refuses it.
    const swappedV1 = { ...formatOneFile(keyPair), ...agencyPublicKeyFile(sodium, other.publicKey), type: file.type, format: 1 };
    expect(() => openAgencyPrivateKey(sodium, swappedV1, 'recovery', PASSPHRASE)).toThrow(NotAnAgencyKeyFileError);
    expect(() => openAgencyPrivateKey(sodium, { ...file, kdf: { ...file.kdf, opsLimit: 1 } }, 'recovery', PASSPHRASE)).toThrow(
      WeakKdfParametersError,
    );
    expect(() => openAgencyPrivateKey(sodium, agencyPublicKeyFile(sodium, keyPair.publicKey), 'recovery', PASSPHRASE)).toThrow(
      NotAnAgencyKeyFileError,
    );
  });

  it('read a public key file only when its fingerprint matches its key', () => {
    const { publicKey } = generateAgencyKeyPair(sodium);
    const file = agencyPublicKeyFile(sodium, publicKey);
    expect(readAgencyPublicKeyFile(sodium, file)).toEqual(publicKey);
    expect(() => readAgencyPublicKeyFile(sodium, { ...file, fingerprint: '0'.repeat(64) })).toThrow(NotAnAgencyKeyFileError);
    expect(() => readAgencyPublicKeyFile(sodium, { hello: 'world' })).toThrow(/not a Peer Notebook agency public key file/);
  });
});

describe('one file format for both agency private keys', () => {
  it('keeps a policy-signing key (Ed25519) the same way, and opens it only as a policy-signing key', () => {
    const { file, publicKey } = makeAgencyPrivateKeyFile(sodium, {
      purpose: 'policy-signing',
      label: 'Riverbend policy key',
      passphrase: PASSPHRASE,
      cost: FLOOR_COST,
    });
    const { privateKey } = openAgencyPrivateKey(sodium, file, 'policy-signing', PASSPHRASE);
    const signature = sodium.crypto_sign_detached(new Uint8Array([1, 2, 3]), privateKey);
    expect(sodium.crypto_sign_verify_detached(signature, new Uint8Array([1, 2, 3]), publicKey)).toBe(true);
    expect(() => openAgencyPrivateKey(sodium, file, 'recovery', PASSPHRASE)).toThrow('This is not a Peer Notebook agency private key file');
  });

  it('binds the purpose: a file relabelled as the other kind of key does not open', () => {
    const { file } = makeAgencyPrivateKeyFile(sodium, {
      purpose: 'recovery',
      label: 'Recovery key',
      passphrase: PASSPHRASE,
      cost: FLOOR_COST,
    });
    expect(() => openAgencyPrivateKey(sodium, { ...file, purpose: 'policy-signing' }, 'policy-signing', PASSPHRASE)).toThrow(
      WrongAgencyKeyPassphraseError,
    );
  });

  it('still opens a format 1 recovery key file', () => {
    const keyPair = generateAgencyKeyPair(sodium);
    expect(openAgencyPrivateKey(sodium, formatOneFile(keyPair), 'recovery', PASSPHRASE)).toEqual(keyPair);
  });
});
