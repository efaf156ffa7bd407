/**
 * The installation's policy as the vault enforces it: the minimum passphrase strength, the longest
 * auto-lock time, and the agency's recovery slot (added at creation and at the next unlock, sealed
 * only to keys built into the installation).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sodium } from '@shared/crypto/sodium';
import { parseAgencyConfig } from '@shared/agency/agency-config';
import { openVaultKeySealedForAgency, UnpinnedAgencyKeyError } from '@shared/agency/agency-keys';
import { parseVaultHeader, unlockVaultKey, type VaultHeader } from '@shared/crypto/vault-header';
import { WeakPassphraseError } from '@shared/passphrase-strength';
import { InvalidInputError } from '../../../renderer/src/vault/errors';
import type { Vault } from '../../../renderer/src/vault/vault';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../../renderer/src/vault/vault-policy';
import type { VaultDatabase } from '../../../renderer/src/vault/database';
import { makeTestAgency, publicKeyEntry, type TestAgency } from '../../shared/agency/agency-fixtures';
import { createdVault, openTestVault, PASSPHRASE, requiringAgencySlot } from './vault-fixture';
import { testSodium } from '../../support/test-sodium';

/** Strong by the app's own measure (zxcvbn 3), short of an agency's 4. */
const STRONG_NOT_VERY_STRONG = 'orchard kettle';

let sodium: Sodium;
let agency: TestAgency;
let requiringSlot: VaultPolicy;

beforeAll(async () => {
  sodium = await testSodium();
  agency = makeTestAgency(sodium);
  requiringSlot = requiringAgencySlot(sodium, agency);
});

const storedHeader = async (db: VaultDatabase): Promise<VaultHeader> => parseVaultHeader((await db.meta.get('header'))!.value);

async function create(vault: Vault, policy: VaultPolicy) {
  vault.configure(policy);
  await vault.prepareCreate(PASSPHRASE);
  return vault.confirmCreate();
}

/** The vault given `policy`, as the app gives it the installation's. */
const under = (vault: Vault, policy: VaultPolicy) => {
  vault.configure(policy);
  return vault;
};

/** A key from outside the build (a policy file, a sync folder) that nothing vouches for. */
function strangerKeyPolicy(): VaultPolicy {
  const stranger = sodium.crypto_box_keypair();
  return { ...requiringSlot, agencySlot: { ...requiringSlot.agencySlot!, keys: [publicKeyEntry(sodium, 'Not ours', stranger.publicKey)] } };
}

describe("the agency's recovery slot", () => {
  it('is added to a new notebook when the policy requires it, and opens to the vault key with the agency private key', async () => {
    const { vault, db } = await openTestVault();
    await create(vault, requiringSlot);
    const header = await storedHeader(db);
    expect(header.agencySlots).toHaveLength(1);
    expect(header.agencySlots[0]).toMatchObject({
      label: 'Recovery key 2025',
      keyFingerprint: requiringSlot.agencySlot!.trust.recoveryKeys[0]!.fingerprint,
    });
    const { vaultKey } = unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE);
    expect(openVaultKeySealedForAgency(sodium, header.agencySlots[0]!, agency.recovery)).toEqual(vaultKey);
  });

  it('is not added when the policy does not require it', async () => {
    const { db } = await createdVault();
    expect((await storedHeader(db)).agencySlots).toEqual([]);
  });

  it('is added to an existing notebook at its next unlock, says so once, and is never added twice', async () => {
    const { vault, db, reopen } = await createdVault();
    await vault.lock();
    const unlocked = await under(vault, requiringSlot).unlock(PASSPHRASE);
    expect(unlocked).toMatchObject({ state: 'unlocked', agencySlotAdded: true });
    const header = await storedHeader(db);
    expect(header.agencySlots.map((slot) => slot.keyFingerprint)).toEqual([requiringSlot.agencySlot!.trust.recoveryKeys[0]!.fingerprint]);
    expect(openVaultKeySealedForAgency(sodium, header.agencySlots[0]!, agency.recovery)).toEqual(
      unlockVaultKey(sodium, header, 'passphrase', PASSPHRASE).vaultKey,
    );

    const again = reopen();
    expect(await under(again, requiringSlot).unlock(PASSPHRASE)).toMatchObject({ agencySlotAdded: false });
    expect((await storedHeader(db)).agencySlots).toEqual(header.agencySlots);
  });

  it('is added at an unlock with the recovery code too', async () => {
    const { vault, db, recoveryCode } = await createdVault();
    await vault.lock();
    expect(await under(vault, requiringSlot).unlockWithRecoveryCode(recoveryCode)).toMatchObject({ agencySlotAdded: true });
    expect((await storedHeader(db)).agencySlots).toHaveLength(1);
  });

  it('is never sealed to a key that is not built in: creation is refused and nothing is stored', async () => {
    const { vault, db } = await openTestVault();
    await expect(under(vault, strangerKeyPolicy()).prepareCreate(PASSPHRASE)).rejects.toThrow(UnpinnedAgencyKeyError);
    expect(await db.meta.get('header')).toBeUndefined();
    expect((await vault.status()).state).toBe('none');
  });

  it('is never sealed to a key that is not built in: the unlock is refused and the header stays as it was', async () => {
    const { vault, db } = await createdVault();
    await vault.lock();
    const before = await storedHeader(db);
    await expect(under(vault, strangerKeyPolicy()).unlock(PASSPHRASE)).rejects.toThrow(
      /is not built into this installation and carries no signature/,
    );
    expect(vault.isUnlocked).toBe(false);
    expect(await storedHeader(db)).toEqual(before);
  });
});

describe('the minimum passphrase strength', () => {
  const agencyMinimum: VaultPolicy = { ...COMMUNITY_VAULT_POLICY, minimumPassphraseScore: 4 };

  it("refuses a new notebook's passphrase below the agency's minimum, saying it is the agency's rule", async () => {
    const { vault } = await openTestVault();
    const refusal = under(vault, agencyMinimum).prepareCreate(STRONG_NOT_VERY_STRONG);
    await expect(refusal).rejects.toThrow(WeakPassphraseError);
    await expect(refusal).rejects.toThrow('Your agency asks for a stronger passphrase: at least 4 of 4 on the strength meter.');
    await expect(under(vault, COMMUNITY_VAULT_POLICY).prepareCreate(STRONG_NOT_VERY_STRONG)).resolves.toMatchObject({
      recoveryCode: expect.any(String),
    });
  });

  it("refuses a changed passphrase below the agency's minimum, and keeps the old one", async () => {
    const { vault, reopen } = await createdVault();
    await expect(
      under(vault, agencyMinimum).changePassphrase({ currentPassphrase: PASSPHRASE, newPassphrase: STRONG_NOT_VERY_STRONG }),
    ).rejects.toThrow(/Your agency asks for a stronger passphrase/);
    await expect(reopen().unlock(PASSPHRASE)).resolves.toMatchObject({ state: 'unlocked' });
  });
});

describe('the longest auto-lock time', () => {
  it('refuses a choice longer than the agency allows, with the reason', async () => {
    const { vault } = await createdVault();
    await expect(
      under(vault, { ...COMMUNITY_VAULT_POLICY, autoLockMaxMinutes: 10 }).settings.update({ autoLockMinutes: 15 }),
    ).rejects.toThrow('Your agency locks the notebook after 10 minutes at most. Choose 10 minutes or less.');
    expect(
      (await under(vault, { ...COMMUNITY_VAULT_POLICY, autoLockMaxMinutes: 10 }).settings.update({ autoLockMinutes: 10 })).autoLockMinutes,
    ).toBe(10);
  });

  it("offers the agency's maximum itself when it is not one of the usual choices", async () => {
    const { vault } = await createdVault();
    expect(
      (await under(vault, { ...COMMUNITY_VAULT_POLICY, autoLockMaxMinutes: 7 }).settings.update({ autoLockMinutes: 7 })).autoLockMinutes,
    ).toBe(7);
    await expect(
      under(vault, { ...COMMUNITY_VAULT_POLICY, autoLockMaxMinutes: 7 }).settings.update({ autoLockMinutes: 10 }),
    ).rejects.toThrow(InvalidInputError);
    // 7 is no choice at all without that maximum.
    await expect(under(vault, COMMUNITY_VAULT_POLICY).settings.update({ autoLockMinutes: 7 })).rejects.toThrow(InvalidInputError);
  });
});

describe('what the window gives the vault', () => {
  it('asks for an agency slot only when the policy requires one, sealed to the keys built into the installer', async () => {
    const { resolveInstallationPolicy } = await import('@shared/agency/policy-merge');
    const { vaultPolicyOf } = await import('../../../renderer/src/vault/vault-policy');
    const absent = { status: 'absent', location: '/etc/peer-notebook/policy.json' } as const;
    const agencyBuild = resolveInstallationPolicy(sodium, { agencyConfig: parseAgencyConfig(sodium, agency.json), osPolicy: absent });
    expect(vaultPolicyOf(agencyBuild)).toEqual({
      minimumPassphraseScore: 3,
      autoLockMaxMinutes: 15,
      agencySlot: requiringSlot.agencySlot,
      notes: COMMUNITY_VAULT_POLICY.notes,
      // A team list is checked against the policy keys built into the installer.
      team: { policyKeys: requiringSlot.agencySlot!.trust.policyKeys, supervisorReviews: [], coSignRequired: [] },
    });
    const notRequired = resolveInstallationPolicy(sodium, {
      agencyConfig: parseAgencyConfig(sodium, { ...agency.json, policies: {} }),
      osPolicy: absent,
    });
    expect(vaultPolicyOf(notRequired).agencySlot).toBeNull();
    expect(vaultPolicyOf(resolveInstallationPolicy(sodium, { agencyConfig: null, osPolicy: absent }))).toEqual(COMMUNITY_VAULT_POLICY);
  });

  it('a stored auto-lock time longer than the maximum counts as the maximum', async () => {
    const { effectiveAutoLockMinutes, autoLockChoices, DEFAULT_SETTINGS } = await import('../../../renderer/src/vault/settings');
    expect(effectiveAutoLockMinutes({ ...DEFAULT_SETTINGS, autoLockMinutes: 30 }, 10)).toBe(10);
    expect(effectiveAutoLockMinutes({ ...DEFAULT_SETTINGS, autoLockMinutes: 5 }, 10)).toBe(5);
    expect(autoLockChoices(10)).toEqual([1, 2, 5, 10]);
    expect(autoLockChoices(7)).toEqual([1, 2, 5, 7]);
    expect(autoLockChoices(30)).toEqual([1, 2, 5, 10, 15, 30]);
  });
});
