import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '../../../shared/crypto/sodium';
import { TamperedDataError } from '../../../shared/crypto/errors';
import { parseAgencyConfig, type AgencyConfig } from '../../../shared/agency/agency-config';
import {
  builtInAgencyKeys,
  CandidateAgencyKey,
  openVaultKeySealedForAgency,
  pinAgencyKey,
  sealVaultKeyForAgency,
  UnpinnedAgencyKeyError,
  WrongAgencyKeyError,
  type PinnedAgencyKey,
} from '../../../shared/agency/agency-keys';
import { agencyKeyFingerprint } from '../../../shared/crypto/agency-key';
import { signAgencyDocument } from '../../../shared/agency/agency-signature';
import { base64, makeTestAgency, type TestAgency } from './agency-fixtures';

let sodium: Sodium;
let agency: TestAgency;
let config: AgencyConfig;

beforeAll(async () => {
  sodium = await loadSodium();
  agency = makeTestAgency(sodium);
  config = parseAgencyConfig(sodium, agency.json);
});

/** A recovery key the agency made after the build: arrives in a policy file, a sync folder or from the server. */
function newAgencyKey(signWith?: Uint8Array) {
  const keyPair = sodium.crypto_box_keypair();
  const candidate = { label: 'Recovery key 2026', publicKey: base64(sodium, keyPair.publicKey) };
  return { keyPair, candidate: signWith ? signAgencyDocument(sodium, 'agency-recovery-key', candidate, signWith) : candidate };
}

function refusal(run: () => unknown): UnpinnedAgencyKeyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UnpinnedAgencyKeyError);
    return error as UnpinnedAgencyKeyError;
  }
  throw new Error('the key was pinned');
}

describe('agency key pinning', () => {
  it('pins a recovery key built into the installation, and the agency opens what was sealed to it', () => {
    const [pinned] = builtInAgencyKeys(sodium, config);
    expect(pinned).toMatchObject({
      label: 'Recovery key 2025',
      vouchedFor: 'built-in',
      fingerprint: agencyKeyFingerprint(sodium, agency.recovery.publicKey),
    });

    const vaultKey = sodium.randombytes_buf(32);
    const sealed = sealVaultKeyForAgency(sodium, vaultKey, pinned!);
    expect(sealed.keyFingerprint).toBe(pinned!.fingerprint);
    expect(openVaultKeySealedForAgency(sodium, sealed, agency.recovery)).toEqual(vaultKey);
  });

  it('pins a key from outside the build when a built-in policy key signed it', () => {
    const { keyPair, candidate } = newAgencyKey(agency.policy.privateKey);
    const pinned = pinAgencyKey(sodium, CandidateAgencyKey.parse(candidate), config);
    expect(pinned.vouchedFor).toEqual({ signedBy: agencyKeyFingerprint(sodium, agency.policy.publicKey) });
    const vaultKey = sodium.randombytes_buf(32);
    expect(openVaultKeySealedForAgency(sodium, sealVaultKeyForAgency(sodium, vaultKey, pinned), keyPair)).toEqual(vaultKey);
  });

  it('refuses a key from outside the build that carries no signature', () => {
    const { candidate, keyPair } = newAgencyKey();
    const error = refusal(() => pinAgencyKey(sodium, candidate, config));
    expect(error.fingerprint).toBe(agencyKeyFingerprint(sodium, keyPair.publicKey));
    expect(error.message).toBe(
      `The agency key ${error.fingerprint} is not built into this installation and carries no signature from your agency's policy key, so no vault key was sealed to it. Ask your agency's IT for an installer that includes this key, or for the key signed with the agency's policy key.`,
    );
  });

  it('refuses a key signed by someone other than a built-in policy key', () => {
    const { candidate } = newAgencyKey(sodium.crypto_sign_keypair().privateKey);
    expect(refusal(() => pinAgencyKey(sodium, candidate, config)).message).toContain(
      'carries a signature that was not made by a policy key built into this installation',
    );
  });

  it('refuses a signed key whose public key was swapped after signing', () => {
    const { candidate } = newAgencyKey(agency.policy.privateKey);
    const attacker = sodium.crypto_box_keypair();
    refusal(() => pinAgencyKey(sodium, { ...candidate, publicKey: base64(sodium, attacker.publicKey) }, config));
  });

  it('refuses a recovery key when the recovery key list is empty, even if it claims to be built in', () => {
    const { candidate } = newAgencyKey();
    refusal(() => pinAgencyKey(sodium, candidate, { recoveryKeys: [], policyKeys: [] }));
  });

  it('refuses text that is not a key', () => {
    expect(refusal(() => pinAgencyKey(sodium, { label: 'x', publicKey: 'hello' }, config)).message).toContain(
      'is not a 32-byte public key in base64',
    );
  });

  it('refuses to seal to a key object forged past the type (its bytes are not its fingerprint)', () => {
    const [pinned] = builtInAgencyKeys(sodium, config);
    const forged = { ...pinned!, publicKey: sodium.crypto_box_keypair().publicKey } as PinnedAgencyKey;
    refusal(() => sealVaultKeyForAgency(sodium, sodium.randombytes_buf(32), forged));
  });

  it('the agency learns which key opens a slot, and a changed slot does not open', () => {
    const [pinned] = builtInAgencyKeys(sodium, config);
    const sealed = sealVaultKeyForAgency(sodium, sodium.randombytes_buf(32), pinned!);
    const otherKeyPair = sodium.crypto_box_keypair();
    expect(() => openVaultKeySealedForAgency(sodium, sealed, otherKeyPair)).toThrow(WrongAgencyKeyError);
    const bytes = sodium.from_base64(sealed.sealedVaultKey, sodium.base64_variants.URLSAFE_NO_PADDING);
    bytes[bytes.length - 1]! ^= 1;
    const changed = { ...sealed, sealedVaultKey: sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING) };
    expect(() => openVaultKeySealedForAgency(sodium, changed, agency.recovery)).toThrow(TamperedDataError);
  });
});
