/**
 * Changing the notebook's key (after a suspected compromise): every record, audit event and digest
 * sealed again under a new key, resumably; a new recovery code; agency slots sealed again; other
 * computers take the change on through sync; backups made before still restore.
 */
import { say } from '@shared/messages';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Sodium } from '@shared/crypto/sodium';
import { TamperedDataError, WrongSecretError } from '@shared/crypto/errors';
import { openRecord } from '@shared/crypto/record-cipher';
import { deriveVaultSubkey } from '@shared/crypto/subkeys';
import { parseVaultHeader, unlockVaultKey, type VaultHeader } from '@shared/crypto/vault-header';
import { openVaultKeySealedForAgency } from '@shared/agency/agency-keys';
import { WeakPassphraseError } from '@shared/passphrase-strength';
import { AgencySlotNotResealableError, KeyChangePendingError } from '../../../renderer/src/vault/errors';
import type { Vault } from '../../../renderer/src/vault/vault';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../../renderer/src/vault/vault-policy';
import type { VaultDatabase } from '../../../renderer/src/vault/database';
import { UNSIGNED_NOTES } from '../../../renderer/src/vault/unsigned-notes';
import { CONFLICTED_RECORDS } from '../../../renderer/src/vault/conflicted-records';
import { auditBinding } from '../../../renderer/src/vault/vault-keys';
import { createSyncRunner } from '../../../renderer/src/features/sync/sync-runner';
import { runBackup, runRestore } from '../../../renderer/src/features/backup/backup-runner';
import { makeTestAgency, type TestAgency } from '../../shared/agency/agency-fixtures';
import { MemorySyncFolder } from '../features/sync/sync-fixture';
import { backupHost, JORDAN, JORDAN_PHONE, NO_AGENCY, NOTE_TEXT } from '../features/backup/backup-fixture';
import { createdVault, dumpStore, NEW_PASSPHRASE, openTestVault, PASSPHRASE, requiringAgencySlot, callsOf } from './vault-fixture';
import { testSodium } from '../../support/test-sodium';

let sodium: Sodium;
let agency: TestAgency;
let requiringSlot: VaultPolicy;

beforeAll(async () => {
  sodium = await testSodium();
  agency = makeTestAgency(sodium);
  requiringSlot = requiringAgencySlot(sodium, agency);
});

const storedHeader = async (db: VaultDatabase): Promise<VaultHeader> => parseVaultHeader((await db.meta.get('header'))!.value);
/** The stored header's vault key: a key change here always chooses NEW_PASSPHRASE. */
const vaultKeyOf = async (db: VaultDatabase) => {
  const header = await storedHeader(db);
  return unlockVaultKey(sodium, header, 'passphrase', header.keyGeneration > 1 ? NEW_PASSPHRASE : PASSPHRASE).vaultKey;
};
const CHANGE = { passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE };

/** Carries a started change on, a step at a time as the progress view does, until it is done; returns how many steps. */
async function carryOn(vault: Vault): Promise<number> {
  let steps = 0;
  do {
    await vault.keyChange.continue();
    steps++;
  } while ((await vault.status()).keyChange);
  return steps;
}

async function changeKey(vault: Vault, policy: VaultPolicy = COMMUNITY_VAULT_POLICY): Promise<string> {
  vault.configure(policy);
  const { recoveryCode } = await vault.keyChange.prepare(CHANGE);
  await vault.keyChange.confirm();
  await carryOn(vault);
  return recoveryCode;
}

const NOTE = { date: '2026-11-02', setting: 'home', contactType: 'in-person', whatWeDid: NOTE_TEXT };

/** A notebook with Jordan, a note about them, a removed person, a look at Jordan's page, and its digests in use. */
async function filledVault(options: Parameters<typeof createdVault>[0] = {}) {
  const fixture = await createdVault(options);
  const { vault } = fixture;
  const jordan = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN, phone: JORDAN_PHONE } });
  await vault.records.save({ id: null, kind: 'service-note', parentId: jordan.id, changes: NOTE });
  for (const name of ['Ana Morales', 'Kai Chen', 'Lee Park', 'Sam Okafor'])
    await vault.records.save({ id: null, kind: 'person', changes: { preferredName: name } });
  const sam = (await vault.records.list('person')).find((person) => person.fields.preferredName === 'Sam Okafor')!;
  await vault.records.remove('person', sam.id);
  await vault.records.note({ id: jordan.id, kind: 'person', parentId: null }, 'view', {
    personId: jordan.id,
    note: say('history.theirPage'),
  });
  await vault.records.unsignedNotes();
  await vault.records.conflictedRecords();
  // Digests rebuilt on first use are stored by a write of their own: wait for it.
  await vault.records.write(() => undefined);
  return { ...fixture, jordan };
}

/** Every stored revision (tombstones too), decrypted, by id. */
async function everyRevision(vault: Vault) {
  const records = [];
  for await (const page of vault.records.pages(100)) records.push(...page.records);
  return records.sort((a, b) => a.id.localeCompare(b.id));
}

/** Whether every stored record, audit event and digest opens under the given vault key. */
async function whatOpensUnder(db: VaultDatabase, vaultKey: Uint8Array) {
  const vaultId = (await storedHeader(db)).vaultId;
  const opens = (key: Uint8Array, binding: Parameters<typeof openRecord>[2], ct: Uint8Array) => {
    try {
      openRecord(sodium, key, binding, ct);
      return true;
    } catch (error) {
      if (error instanceof TamperedDataError) return false;
      throw error;
    }
  };
  const recordKey = deriveVaultSubkey(sodium, vaultKey, 'records');
  const auditKey = deriveVaultSubkey(sodium, vaultKey, 'audit');
  const records = (await db.records.toArray()).map((row) => opens(recordKey, { vaultId, recordId: row.id, rev: row.rev }, row.ct));
  const events = (await db.audit.toArray()).map((row) => opens(auditKey, auditBinding(vaultId, row.seq), row.ct));
  const digests = [];
  for (const name of [UNSIGNED_NOTES.name, CONFLICTED_RECORDS.name]) {
    const stored = (await db.meta.get(name))?.value as { rev: string; ct: Uint8Array } | undefined;
    if (stored) digests.push(opens(recordKey, { vaultId, recordId: `digest/${name}`, rev: stored.rev }, stored.ct));
  }
  return { records, events, digests };
}

const all = (value: boolean) => ({
  records: expect.toSatisfy((list: boolean[]) => list.length > 0 && list.every((each) => each === value)),
  events: expect.toSatisfy((list: boolean[]) => list.length > 0 && list.every((each) => each === value)),
  digests: [value, value],
});

describe('changing the notebook key', () => {
  it('seals every record, audit event and digest again under a new key only, and every record reads as before', async () => {
    const { vault, db } = await filledVault();
    const before = await everyRevision(vault);
    const oldKey = await vaultKeyOf(db);
    const storedBefore = await db.records.toArray();

    await changeKey(vault);

    const newKey = await vaultKeyOf(db);
    expect(newKey).not.toEqual(oldKey);
    expect(await storedHeader(db)).toMatchObject({ keyGeneration: 2 });
    expect(await whatOpensUnder(db, newKey)).toEqual(all(true));
    expect(await whatOpensUnder(db, oldKey)).toEqual(all(false));
    // Same ids and revisions, tombstones included: only the ciphertext changed.
    const storedAfter = await db.records.toArray();
    expect(storedAfter.map(({ ct: _ct, ...row }) => row)).toEqual(storedBefore.map(({ ct: _ct, ...row }) => row));
    expect(await everyRevision(vault)).toEqual(before);
    expect((await vault.records.list('person')).map((person) => person.fields.preferredName).sort()).toEqual([
      'Ana Morales',
      JORDAN,
      'Kai Chen',
      'Lee Park',
    ]);
    expect(await vault.records.unsignedNotes()).toHaveLength(1);
  });

  it('changes both secrets: the old passphrase and recovery code stop opening the notebook, the new ones open it', async () => {
    const { vault, recoveryCode: oldCode, jordan } = await filledVault();
    const newCode = await changeKey(vault);
    expect(newCode).not.toBe(oldCode);
    await vault.lock();
    await expect(vault.unlockWithRecoveryCode(oldCode)).rejects.toThrow(WrongSecretError);
    await expect(vault.unlock(PASSPHRASE)).rejects.toThrow(WrongSecretError);
    await vault.unlockWithRecoveryCode(newCode);
    expect((await vault.records.get('person', jordan.id))?.fields.preferredName).toBe(JORDAN);
    await vault.lock();
    await vault.unlock(NEW_PASSPHRASE);
    expect((await vault.records.get('person', jordan.id))?.fields.phone).toBe(JORDAN_PHONE);
  });

  it('keeps the audit trail whole under the new key, ending with a "key changed" event that says the trail checked out', async () => {
    const { vault } = await filledVault();
    const before = await vault.audit.trail();
    await changeKey(vault);
    const after = await vault.audit.trail();
    expect(after.integrity).toEqual({ ok: true, count: before.events.length + 1 });
    expect(after.events.slice(0, -1)).toEqual(before.events);
    expect(after.events.at(-1)).toMatchObject({
      action: 'change',
      recordKind: 'notebook-key',
      personId: null,
      summary: expect.stringContaining(`history checked out whole (${before.events.length} events)`),
    });
  });

  it('does not launder a tampered trail: the "key changed" event says where it was broken', async () => {
    const { vault, db } = await filledVault();
    // An event edited in place (its link no longer vouches for it).
    const row = (await db.audit.get(2))!;
    const edited = new Uint8Array(row.ct);
    edited[edited.length - 1]! ^= 1;
    await db.audit.put({ ...row, ct: edited });
    await changeKey(vault);
    const { events } = await vault.audit.trail();
    expect(events.at(-1)?.summary).toContain('history was broken at event 2 (changed)');
  });

  it('seals the new key to the agency: the agency private key opens it from the new header', async () => {
    const { vault, db } = await openTestVault({ policy: requiringSlot });
    await vault.prepareCreate(PASSPHRASE);
    await vault.confirmCreate();
    await vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN } });
    const oldSlot = (await storedHeader(db)).agencySlots[0]!;

    await changeKey(vault, requiringSlot);

    const header = await storedHeader(db);
    expect(header.agencySlots).toHaveLength(1);
    expect(header.agencySlots[0]).toMatchObject({ label: oldSlot.label, keyFingerprint: oldSlot.keyFingerprint });
    const opened = openVaultKeySealedForAgency(sodium, header.agencySlots[0]!, agency.recovery);
    expect(opened).toEqual(await vaultKeyOf(db));
    expect(openVaultKeySealedForAgency(sodium, oldSlot, agency.recovery)).not.toEqual(opened);
  });

  it('refuses, before anything changes, when the notebook has an agency slot this installation cannot seal to', async () => {
    const { vault, db } = await openTestVault({ policy: requiringSlot });
    await vault.prepareCreate(PASSPHRASE);
    await vault.confirmCreate();
    await vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN } });
    const before = await dumpStore(db);
    vault.configure(COMMUNITY_VAULT_POLICY);
    const refused = vault.keyChange.prepare(CHANGE);
    await expect(refused).rejects.toThrow(AgencySlotNotResealableError);
    await expect(refused).rejects.toThrow(/Recovery key 2025 can open this notebook.*Nothing was changed/);
    await expect(vault.keyChange.confirm()).rejects.toThrow(/type your passphrase first/);
    expect(await dumpStore(db)).toBe(before);
  });

  it('refuses a wrong passphrase, the same passphrase again, or a weak new one, and changes nothing', async () => {
    const { vault, db } = await filledVault();
    const before = await dumpStore(db);
    await expect(vault.keyChange.prepare({ ...CHANGE, passphrase: 'not the passphrase at all' })).rejects.toThrow(WrongSecretError);
    await expect(vault.keyChange.prepare({ ...CHANGE, newPassphrase: PASSPHRASE })).rejects.toThrow(/Choose a new passphrase/);
    await expect(vault.keyChange.prepare({ ...CHANGE, newPassphrase: 'password1' })).rejects.toThrow(WeakPassphraseError);
    await expect(vault.keyChange.confirm()).rejects.toThrow(/type your passphrase first/);
    expect(await dumpStore(db)).toBe(before);
  });

  it('zeroes the old keys once it finishes, and the session works under the new ones', async () => {
    const { vault, jordan } = await filledVault();
    const sessionOf = (of: Vault) =>
      (of as unknown as { keys: { current: { vaultKey: Uint8Array; recordKey: Uint8Array; auditKey: Uint8Array } } }).keys.current;
    const old = sessionOf(vault);
    const kept = old.vaultKey.slice();
    await changeKey(vault);
    for (const key of [old.vaultKey, old.recordKey, old.auditKey]) expect(key.every((byte) => byte === 0)).toBe(true);
    const current = sessionOf(vault).vaultKey;
    expect(current).not.toEqual(kept);
    await vault.records.save({ id: jordan.id, kind: 'person', changes: { pronouns: 'they/them' } });
    expect((await vault.records.get('person', jordan.id))?.fields).toMatchObject({ preferredName: JORDAN, pronouns: 'they/them' });
  });

  it('refuses ordinary reads and writes while the change runs, and leaves no plaintext behind', async () => {
    const { vault, db, jordan } = await filledVault({ keyChangePageSize: 2 });
    await vault.keyChange.prepare(CHANGE);
    await vault.keyChange.confirm();
    expect((await vault.status()).keyChange).toMatchObject({ origin: 'here', done: 0 });
    await vault.keyChange.continue();
    await expect(vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Someone new' } })).rejects.toThrow(
      KeyChangePendingError,
    );
    await expect(vault.records.get('person', jordan.id)).rejects.toThrow(/changing its key; this will be ready when it finishes/);
    await expect(vault.sync.waitingRevisions()).rejects.toThrow(KeyChangePendingError);
    await carryOn(vault);
    const raw = await dumpStore(db);
    for (const secret of ['Jordan', 'Rivers', '555-0142', 'bakery', 'Ana Morales']) expect(raw).not.toContain(secret);
    await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Someone new' } });
  });
});

describe('a key change cut short', () => {
  it.each(['passphrase', 'recovery code'] as const)(
    'carries on after the app was closed mid-way and unlocked with the %s, with nothing lost',
    async (secret) => {
      const { vault, db, reopen, recoveryCode } = await filledVault({ keyChangePageSize: 2 });
      const before = await everyRevision(vault);
      const trail = await vault.audit.trail();
      const { recoveryCode: newCode } = await vault.keyChange.prepare(CHANGE);
      await vault.keyChange.confirm();
      for (let page = 0; page < 3; page++) await vault.keyChange.continue();
      const stored = await db.records.toArray();
      // Part way: the header is still the old one, and some records are already under the new key.
      expect((await storedHeader(db)).keyGeneration).toBe(1);

      const restarted = reopen();
      expect((await restarted.status()).state).toBe('locked');
      const status = secret === 'passphrase' ? await restarted.unlock(PASSPHRASE) : await restarted.unlockWithRecoveryCode(recoveryCode);
      expect(status.keyChange).toMatchObject({ origin: 'here', done: 6, total: stored.length + trail.events.length });
      await expect(restarted.records.list('person')).rejects.toThrow(KeyChangePendingError);
      await carryOn(restarted);

      expect(await everyRevision(restarted)).toEqual(before);
      expect((await restarted.audit.trail()).integrity).toEqual({ ok: true, count: trail.events.length + 1 });
      await restarted.lock();
      await expect(restarted.unlockWithRecoveryCode(recoveryCode)).rejects.toThrow(WrongSecretError);
      await restarted.unlockWithRecoveryCode(newCode);
      expect(await whatOpensUnder(db, await vaultKeyOf(db))).toEqual(all(true));
    },
  );

  it('stays locked when the next key kept for the change does not open (edited), rather than opening half changed', async () => {
    const { vault, db, reopen } = await filledVault({ keyChangePageSize: 2 });
    await vault.keyChange.prepare(CHANGE);
    await vault.keyChange.confirm();
    await vault.keyChange.continue();
    const pending = (await db.meta.get('keyChange'))!.value as { nextKey: { wrappedKey: string } };
    const edited = pending.nextKey.wrappedKey;
    pending.nextKey.wrappedKey = edited.slice(0, 5) + (edited[5] === 'A' ? 'B' : 'A') + edited.slice(6);
    await db.meta.put({ key: 'keyChange', value: pending });
    const restarted = reopen();
    await expect(restarted.unlock(PASSPHRASE)).rejects.toThrow(TamperedDataError);
    expect((await restarted.status()).state).toBe('locked');
  });

  it('a lock asked for during a page waits for it: the page commits whole, and the change carries on after unlocking', async () => {
    const { vault, db } = await filledVault({ keyChangePageSize: 2 });
    const before = await everyRevision(vault);
    await vault.keyChange.prepare(CHANGE);
    await vault.keyChange.confirm();
    // The lock waits for the page under way: that page commits whole, and the change carries on after.
    const step = vault.keyChange.continue();
    await vault.lock();
    await step;
    await vault.unlock(PASSPHRASE);
    await carryOn(vault);
    expect(await everyRevision(vault)).toEqual(before);
    expect(await whatOpensUnder(db, await vaultKeyOf(db))).toEqual(all(true));
  });
});

describe('a backup made before the key changed', () => {
  it('still restores: into this notebook with the passphrase, and onto a new computer with the old recovery code', async () => {
    const { vault, recoveryCode: oldCode, jordan } = await filledVault();
    const before = await everyRevision(vault);
    const testHost = await backupHost();
    testHost.dialogs.folder = testHost.dir;
    const folder = (await testHost.host.chooseBackupFolder())!;
    const { name } = await runBackup(callsOf(vault), testHost.host, { place: folder.place, keepLast: null, agency: NO_AGENCY });
    await changeKey(vault);
    await vault.records.save({ id: jordan.id, kind: 'person', changes: { phone: '919-555-0199' } });

    const report = await runRestore(
      callsOf(vault),
      testHost.host,
      { place: folder.place, name },
      { kind: 'passphrase', passphrase: PASSPHRASE },
      { folder: folder.place, agency: NO_AGENCY },
    );
    expect(report).toMatchObject({ added: 0, conflicts: 0, verified: { into: 'open-notebook', sameNotebook: true } });
    expect((await vault.records.get('person', jordan.id))?.fields.phone).toBe('919-555-0199');

    const elsewhere = await openTestVault();
    await runRestore(
      callsOf(elsewhere.vault),
      testHost.host,
      { place: folder.place, name },
      { kind: 'recovery-code', recoveryCode: oldCode },
      null,
    );
    expect(await everyRevision(elsewhere.vault)).toEqual(before);
  });
});

describe('another computer on the same notebook', () => {
  const goAhead = { ask: async () => true };

  it('takes the new key on through sync with the passphrase, and both keep syncing, a straggler under the old key included', async () => {
    const folder = new MemorySyncFolder();
    const laptop = await createdVault();
    const laptopSync = createSyncRunner({ vault: callsOf(laptop.vault), host: folder.host() });
    await callsOf(laptop.vault)('sync.setFolder', folder.choice);
    await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN, phone: JORDAN_PHONE } });
    await laptopSync.sync(goAhead);
    const desktop = await openTestVault();
    const desktopCalls = callsOf(desktop.vault);
    const desktopSync = createSyncRunner({ vault: desktopCalls, host: folder.host() });
    expect(await desktopSync.join(folder.choice, { passphrase: PASSPHRASE }, goAhead)).toMatchObject({
      outcome: 'synced',
      pulled: { added: 1 },
    });

    // The laptop changes the key; before it syncs, the desktop writes a segment under the old key.
    const newCode = await changeKey(laptop.vault);
    await desktop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana Morales' } });
    expect(await desktopSync.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 1 });

    // The laptop's sync replaces the folder's header with its own and opens the straggler with the retired key.
    await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Kai Chen' } });
    expect(await laptopSync.sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 1 }, pushed: 1, skipped: [] });
    expect(parseVaultHeader(JSON.parse(folder.headers.get(laptop.vault.vaultId)!))).toMatchObject({ keyGeneration: 2 });
    expect(await whatOpensUnder(laptop.db, await vaultKeyOf(laptop.db))).toMatchObject({ records: [true, true, true] });

    // The desktop pulls what it still can, sends nothing, and asks for the passphrase.
    await desktop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Lee Park' } });
    const segmentsBefore = folder.segments.get(laptop.vault.vaultId)!.size;
    const stopped = await desktopSync.sync(goAhead);
    expect(stopped).toMatchObject({ outcome: 'key-changed' });
    expect(folder.segments.get(laptop.vault.vaultId)!.size).toBe(segmentsBefore);
    if (stopped.outcome !== 'key-changed') throw new Error('unreachable');

    // The folder's header opens only with the passphrase chosen with the new key.
    await expect(desktopCalls('keyChange.adopt', { header: stopped.header, passphrase: PASSPHRASE })).rejects.toThrow(/passphrase/);
    expect((await desktopCalls('keyChange.adopt', { header: stopped.header, passphrase: NEW_PASSPHRASE })).keyChange).toMatchObject({
      origin: 'adopted',
    });
    await carryOn(desktop.vault);
    expect(await desktop.vault.storedHeader()).toEqual(await laptop.vault.storedHeader());

    expect(await desktopSync.sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 1 }, pushed: 1, skipped: [] });
    expect(await laptopSync.sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 1 }, skipped: [] });
    const names = async (vault: Vault) => (await vault.records.list('person')).map((person) => person.fields.preferredName).sort();
    expect(await names(laptop.vault)).toEqual(['Ana Morales', JORDAN, 'Kai Chen', 'Lee Park']);
    expect(await names(desktop.vault)).toEqual(await names(laptop.vault));
    expect(await whatOpensUnder(desktop.db, await vaultKeyOf(desktop.db))).toMatchObject({ records: [true, true, true, true] });
    await desktop.vault.lock();
    await desktop.vault.unlockWithRecoveryCode(newCode);
  });
});
