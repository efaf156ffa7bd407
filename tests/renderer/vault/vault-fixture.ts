/**
 * Vaults over fake-indexeddb at the KDF floor, for store tests in Node.
 *
 * Most tests need an open notebook, not the making of one: `createdVault` opens a new store on a
 * header made once per test file (two Argon2id derivations, shared), the way a first-run restore
 * opens one from a backup's header. Tests of creation itself use `openTestVault` and
 * `prepareCreate`; tests that need two different notebooks use `newlyCreatedVault`.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { testSodium } from '../../support/test-sodium';
import { KDF_FLOOR } from '@shared/crypto/kdf';
import { createVaultHeader, type VaultHeader } from '@shared/crypto/vault-header';
import { generateRecoveryCode } from '@shared/crypto/recovery-code';
import { parseAgencyConfig } from '@shared/agency/agency-config';
import type { Sodium } from '@shared/crypto/sodium';
import { VaultDatabase } from '../../../renderer/src/vault/database';
import { Vault, type VaultOptions } from '../../../renderer/src/vault/vault';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../../renderer/src/vault/vault-policy';
import type { Clock } from '../../../renderer/src/vault/clock';
import type { VaultCall } from '../../../renderer/src/ui/vault-client';
import { createVaultHandlers } from '../../../renderer/src/worker/vault-handlers';
import type { DecryptedRecord } from '../../../renderer/src/vault/record-codec';
import { planMerge, stageMerge, type IncomingRevision, type MergeResult } from '../../../renderer/src/vault/merge-revisions';
import type { TestAgency } from '../../shared/agency/agency-fixtures';

export const PASSPHRASE = 'orchard kettle lantern drift';
export const NEW_PASSPHRASE = 'harbor violet pancake tundra';

export interface TestVaultOptions extends VaultOptions {
  /** The installation's policy the vault is given; a community build's by default. */
  policy?: VaultPolicy;
}

/** A policy requiring a slot for the test agency's recovery key, pinned as its agency.json builds it in. */
export function requiringAgencySlot(sodium: Sodium, agency: TestAgency): VaultPolicy {
  const config = parseAgencyConfig(sodium, agency.json);
  return {
    ...COMMUNITY_VAULT_POLICY,
    agencySlot: { keys: config.recoveryKeys, trust: { recoveryKeys: config.recoveryKeys, policyKeys: config.policyKeys } },
  };
}

/** A clock tests move by hand: `set` a time, or `tick` it on. */
export class TestClock implements Clock {
  constructor(private millis = Date.parse('2026-11-23T10:00:00Z')) {}
  now(): Date {
    return new Date(this.millis);
  }
  set(at: string | number): void {
    this.millis = typeof at === 'number' ? at : Date.parse(at);
  }
  tick(ms = 1000): void {
    this.millis += ms;
  }
}

/** An empty store (no notebook yet), and a way to open it again as after an app restart. */
export async function openTestVault(options: TestVaultOptions = {}) {
  const sodium = await testSodium();
  const indexedDB = new IDBFactory();
  const open = () => new VaultDatabase('peer-notebook-test', { indexedDB, IDBKeyRange });
  const { policy = COMMUNITY_VAULT_POLICY, ...vaultOptions } = options;
  const make = (db: VaultDatabase) => {
    const vault = new Vault(db, sodium, { kdfCost: () => KDF_FLOOR, ...vaultOptions });
    vault.configure(policy);
    return vault;
  };
  const db = open();
  const vault = make(db);
  /** Another Vault over the same stored data, as after an app restart. */
  const reopen = () => make(open());
  return { vault, db, sodium, reopen };
}

interface MadeHeader {
  header: VaultHeader;
  vaultKey: Uint8Array;
  recoveryCode: string;
}

let shared: Promise<MadeHeader> | null = null;

async function makeHeader(): Promise<MadeHeader> {
  const sodium = await testSodium();
  const recoveryCode = generateRecoveryCode();
  const { header, vaultKey } = createVaultHeader(sodium, { passphrase: PASSPHRASE, recoveryCode, cost: KDF_FLOOR });
  return { header, vaultKey, recoveryCode };
}

/** An open notebook on this file's shared header: PASSPHRASE and `recoveryCode` open it. */
export async function createdVault(options: TestVaultOptions = {}) {
  shared ??= makeHeader();
  const { header, vaultKey, recoveryCode } = await shared;
  const fixture = await openTestVault(options);
  // The vault keeps (and on lock zeroes) the key it is given: each gets its own copy.
  await fixture.vault.backup.createFromBackup(header, vaultKey.slice(), 'passphrase');
  return { ...fixture, recoveryCode };
}

/** An open notebook made the way a peer makes one (its own id, key and slots). */
export async function newlyCreatedVault(options: TestVaultOptions = {}) {
  const fixture = await openTestVault(options);
  const { recoveryCode } = await fixture.vault.prepareCreate(PASSPHRASE);
  await fixture.vault.confirmCreate();
  return { ...fixture, recoveryCode };
}

/** A laptop and a desktop on one notebook (the desktop joined it), sharing one test clock that `later` moves on a second. */
export async function twoComputersOnOneNotebook() {
  const clock = new TestClock();
  const laptop = await createdVault({ clock });
  const desktop = await openTestVault({ clock });
  await desktop.vault.join({ header: await laptop.vault.storedHeader(), passphrase: PASSPHRASE });
  const later = () => clock.tick();
  return { laptop, desktop, later, clock };
}

/**
 * The vault's handlers called as the window calls them: by name, every argument and answer
 * structured-cloned as it would cross to the worker and back. `replacing`: some handlers made
 * otherwise (a sync engine with small segments).
 */
export function callsOf(vault: Vault, replacing: object = {}): VaultCall {
  const handlers = { ...createVaultHandlers(vault), ...replacing } as unknown as Record<string, (arg: unknown) => Promise<unknown>>;
  return (async (name: string, arg?: unknown) => structuredClone(await handlers[name]!(structuredClone(arg)))) as VaultCall;
}

/** Every byte IndexedDB holds for the vault, as text, to search for plaintext. */
export async function dumpStore(db: VaultDatabase): Promise<string> {
  const asText = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
  const tables = await Promise.all([db.records.toArray(), db.meta.toArray(), db.audit.toArray(), db.drafts.toArray()]);
  return tables.map(asText).join('');
}

/** A record as stored, its body whole (fields as written, no defaults); null when there is none or it was removed. */
export async function recordOf(vault: Vault, id: string): Promise<DecryptedRecord | null> {
  const [record] = await vault.records.bodies([id]);
  return record && !record.body.deleted ? record : null;
}

/** Every live record of a kind, bodies whole. */
export async function recordsOf(vault: Vault, kind: string): Promise<DecryptedRecord[]> {
  return (await revisionsOf(vault)).filter((record) => record.body.kind === kind && !record.body.deleted);
}

/** Every revision `from` holds (tombstones too), as another computer would receive it. */
export async function revisionsOf(from: Vault): Promise<IncomingRevision[]> {
  const revisions: IncomingRevision[] = [];
  for await (const page of from.records.pages(500)) revisions.push(...page.records);
  return revisions;
}

/** Brings revisions into `to` the way a sync or a restore does: one unit of work. */
export function mergeInto(to: Vault, incoming: readonly IncomingRevision[], from: 'sync' | 'restore' = 'sync'): Promise<MergeResult> {
  return to.records.write(async (tx) => stageMerge(tx, await planMerge(tx, incoming, { from })));
}
