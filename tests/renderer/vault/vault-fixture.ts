/** A vault over fake-indexeddb at the KDF floor, for store tests in Node. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadSodium } from '@shared/crypto/sodium';
import { KDF_FLOOR } from '@shared/crypto/kdf';
import { VaultDatabase } from '../../../renderer/src/vault/database';
import { COMMUNITY_VAULT_POLICY, Vault, type VaultOptions } from '../../../renderer/src/vault/vault';
import type { VaultPolicy } from '../../../renderer/src/vault/vault-policy';
import { parseAgencyConfig } from '@shared/agency/agency-config';
import type { Sodium } from '@shared/crypto/sodium';
import type { TestAgency } from '../../shared/agency/agency-fixtures';

export const PASSPHRASE = 'orchard kettle lantern drift';
export const NEW_PASSPHRASE = 'harbor violet pancake tundra';

/** A policy requiring a slot for the test agency's recovery key, pinned as its agency.json builds it in. */
export function requiringAgencySlot(sodium: Sodium, agency: TestAgency): VaultPolicy {
  const config = parseAgencyConfig(sodium, agency.json);
  return {
    ...COMMUNITY_VAULT_POLICY,
    agencySlot: { keys: config.recoveryKeys, trust: { recoveryKeys: config.recoveryKeys, policyKeys: config.policyKeys } },
  };
}

export async function openTestVault(options: VaultOptions = {}) {
  const sodium = await loadSodium();
  const indexedDB = new IDBFactory();
  const open = () => new VaultDatabase('peer-notebook-test', { indexedDB, IDBKeyRange });
  const db = open();
  const vault = new Vault(db, sodium, { kdfCost: () => KDF_FLOOR, ...options });
  /** Another Vault over the same stored data, as after an app restart. */
  const reopen = () => new Vault(open(), sodium, { kdfCost: () => KDF_FLOOR, ...options });
  return { vault, db, sodium, reopen };
}

export async function createdVault(options: VaultOptions = {}) {
  const fixture = await openTestVault(options);
  const { recoveryCode } = await fixture.vault.prepareCreate(PASSPHRASE);
  await fixture.vault.confirmCreate();
  return { ...fixture, recoveryCode };
}

/** A laptop and a desktop on one notebook (the desktop joined it), sharing one pretend wall clock that `later` moves on a second. */
export async function twoComputersOnOneNotebook() {
  let wall = Date.parse('2026-11-23T10:00:00Z');
  const now = () => wall;
  const laptop = await createdVault({ now });
  const desktop = await openTestVault({ now });
  await desktop.vault.join({ header: await laptop.vault.storedHeader(), passphrase: PASSPHRASE });
  const later = () => (wall += 1000);
  return { laptop, desktop, later };
}

/** Every byte IndexedDB holds for the vault, as text, to search for plaintext. */
export async function dumpStore(db: VaultDatabase): Promise<string> {
  const records = await db.records.toArray();
  const meta = await db.meta.toArray();
  const asText = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
  return asText(records) + asText(meta);
}
