/** An agency's key pairs and a valid agency.json built from them, for the agency tests. */
import type { Sodium } from '../../../shared/crypto/sodium';
import { agencyKeyFingerprint } from '../../../shared/crypto/agency-key';

export interface TestAgency {
  recovery: { publicKey: Uint8Array; privateKey: Uint8Array };
  policy: { publicKey: Uint8Array; privateKey: Uint8Array };
  /** agency.json's contents, as an IT person would write them. */
  json: Record<string, unknown>;
}

export const base64 = (sodium: Sodium, bytes: Uint8Array): string => sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);

export const publicKeyEntry = (sodium: Sodium, label: string, publicKey: Uint8Array) => ({
  label,
  publicKey: base64(sodium, publicKey),
  fingerprint: agencyKeyFingerprint(sodium, publicKey),
});

export function makeTestAgency(sodium: Sodium, policies: Record<string, unknown> = {}): TestAgency {
  const recovery = sodium.crypto_box_keypair();
  const policy = sodium.crypto_sign_keypair();
  return {
    recovery: { publicKey: recovery.publicKey, privateKey: recovery.privateKey },
    policy: { publicKey: policy.publicKey, privateKey: policy.privateKey },
    json: {
      format: 1,
      agencyName: 'Riverbend Peer Services',
      recoveryKeys: [publicKeyEntry(sodium, 'Recovery key 2025', recovery.publicKey)],
      policyKeys: [publicKeyEntry(sodium, 'Policy key (IT office)', policy.publicKey)],
      syncServer: 'https://sync.riverbend.example',
      updateFeed: 'https://updates.riverbend.example/peer-notebook/',
      policies: { autoLockMaxMinutes: 15, requireAgencyKeySlot: true, plaintextExportAllowed: false, ...policies },
    },
  };
}
