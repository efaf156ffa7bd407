import { describe, expect, it } from 'vitest';
import { WrongSecretError } from '@shared/crypto/errors';
import { WeakPassphraseError } from '@shared/passphrase-strength';
import { parseStamp } from '@shared/sync/hlc';
import { DamagedRecordError, InvalidInputError, VaultExistsError, VaultLockedError } from '../../../renderer/src/vault/errors';
import { DEFAULT_SETTINGS } from '../../../renderer/src/vault/settings';
import { createdVault, dumpStore, NEW_PASSPHRASE, openTestVault, PASSPHRASE, TestClock } from './vault-fixture';

describe('creating a vault', () => {
  it('refuses a passphrase that is easy to guess, however long', async () => {
    const { vault } = await openTestVault();
    await expect(vault.prepareCreate('Password12345!')).rejects.toThrow(WeakPassphraseError);
    expect((await vault.status()).state).toBe('none');
  });

  it('stores nothing until the peer confirms the recovery code is saved', async () => {
    const { vault, db } = await openTestVault();
    const { recoveryCode } = await vault.prepareCreate(PASSPHRASE);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect((await vault.status()).state).toBe('none');
    expect(await db.meta.count()).toBe(0);
    const status = await vault.confirmCreate();
    expect(status).toMatchObject({ state: 'unlocked', mustChangePassphrase: false, settings: { autoLockMinutes: 5 } });
  });

  it('does not create a second vault over an existing one', async () => {
    const { vault } = await createdVault();
    await vault.lock();
    await expect(vault.prepareCreate(NEW_PASSPHRASE)).rejects.toThrow(VaultExistsError);
  });
});

describe('locking and unlocking', () => {
  it('a wrong passphrase says so and changes nothing', async () => {
    const { vault, db } = await createdVault();
    await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Jordan Rivers' } });
    await vault.lock();
    const before = await dumpStore(db);
    await expect(vault.unlock('not the passphrase at all')).rejects.toThrow(WrongSecretError);
    expect((await vault.status()).state).toBe('locked');
    expect(await dumpStore(db)).toBe(before);
  });

  it('a locked vault reads nothing, and the keys it held are zeroed', async () => {
    const { vault } = await createdVault();
    const keys = (vault as unknown as { keys: { current: { vaultKey: Uint8Array; recordKey: Uint8Array } } }).keys.current;
    await vault.lock();
    expect(keys.vaultKey.every((byte) => byte === 0)).toBe(true);
    expect(keys.recordKey.every((byte) => byte === 0)).toBe(true);
    await expect(vault.records.list('person')).rejects.toThrow(VaultLockedError);
  });

  it('unlocks after a restart and reads what was saved', async () => {
    const { vault, reopen } = await createdVault();
    const saved = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Jordan Rivers' } });
    const restarted = reopen();
    expect((await restarted.status()).state).toBe('locked');
    await restarted.unlock(PASSPHRASE);
    expect((await restarted.records.get('person', saved.id))?.fields.preferredName).toBe('Jordan Rivers');
  });

  it('the recovery code opens the vault and then a new passphrase is required', async () => {
    const { vault, recoveryCode } = await createdVault();
    await vault.lock();
    const status = await vault.unlockWithRecoveryCode(recoveryCode.toLowerCase().replace(/-/g, ' '));
    expect(status).toMatchObject({ state: 'unlocked', mustChangePassphrase: true });
    const changed = await vault.changePassphrase({ newPassphrase: NEW_PASSPHRASE });
    expect(changed.mustChangePassphrase).toBe(false);
    await vault.lock();
    await expect(vault.unlock(PASSPHRASE)).rejects.toThrow(WrongSecretError);
    await vault.unlock(NEW_PASSPHRASE);
  });

  it('something that is not a recovery code is refused before any key work', async () => {
    const { vault } = await createdVault();
    await vault.lock();
    await expect(vault.unlockWithRecoveryCode('my dog fido')).rejects.toThrow(InvalidInputError);
  });
});

describe('changing the passphrase', () => {
  it('needs the current passphrase, rewraps only, and keeps the recovery code working', async () => {
    const { vault, db, recoveryCode } = await createdVault();
    const saved = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana' } });
    const storedBefore = await db.records.get(saved.id);
    await expect(vault.changePassphrase({ currentPassphrase: 'wrong guess here', newPassphrase: NEW_PASSPHRASE })).rejects.toThrow(
      WrongSecretError,
    );
    await vault.changePassphrase({ currentPassphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    // No record was re-encrypted.
    expect(await db.records.get(saved.id)).toEqual(storedBefore);
    await vault.lock();
    await expect(vault.unlock(PASSPHRASE)).rejects.toThrow(WrongSecretError);
    await vault.unlock(NEW_PASSPHRASE);
    await vault.lock();
    await vault.unlockWithRecoveryCode(recoveryCode);
    expect((await vault.records.get('person', saved.id))?.fields.preferredName).toBe('Ana');
  });
});

describe('records at rest', () => {
  it('IndexedDB holds no name, phone or words a person said', async () => {
    const { vault, db } = await createdVault();
    await vault.records.save({
      id: null,
      kind: 'person',
      changes: { preferredName: 'Jordan Rivers', phone: '919-555-0142', importantToMe: 'my daughter Kayla and fishing at Falls Lake' },
    });
    const raw = await dumpStore(db);
    for (const secret of ['Jordan', 'Rivers', '555-0142', 'Kayla', 'Falls Lake', PASSPHRASE]) expect(raw).not.toContain(secret);
  });

  it('every save is a new revision stamped later than the last, marked for sync', async () => {
    const { vault, db } = await createdVault();
    const first = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Sam' } });
    const second = await vault.records.save({ id: first.id, kind: 'person', changes: { pronouns: 'they/them' } });
    expect(second.rev > first.rev).toBe(true);
    const [stored] = await vault.records.bodies([first.id]);
    expect(stored!.body.clocks).toEqual({ preferredName: first.rev, pronouns: second.rev });
    expect(await db.records.get(first.id)).toMatchObject({ rev: second.rev, dirty: 1, deleted: 0 });
    expect((await vault.sync.waitingRevisions()).map((row) => row.id)).toEqual([first.id]);
  });

  it('saving unchanged fields makes no new revision', async () => {
    const { vault } = await createdVault();
    const first = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Sam' } });
    const again = await vault.records.save({ id: first.id, kind: 'person', changes: { preferredName: 'Sam' } });
    expect(again.rev).toBe(first.rev);
  });

  it('the clock keeps moving forward across restarts, even if the wall clock steps back', async () => {
    const clock = new TestClock();
    const { vault, reopen } = await createdVault({ clock });
    const before = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Sam' } });
    clock.tick(-60 * 60 * 1000);
    const restarted = reopen();
    await restarted.unlock(PASSPHRASE);
    const after = await restarted.records.save({ id: before.id, kind: 'person', changes: { preferredName: 'Samuel' } });
    expect(after.rev > before.rev).toBe(true);
    expect(parseStamp(after.rev).millis).toBe(parseStamp(before.rev).millis);
  });

  it('a delete is a tombstone: gone from lists, kept in the store for sync', async () => {
    const { vault, db } = await createdVault();
    const saved = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Sam' } });
    await vault.records.remove('person', saved.id);
    expect(await vault.records.list('person')).toEqual([]);
    expect(await vault.records.get('person', saved.id)).toBeNull();
    expect(await db.records.get(saved.id)).toMatchObject({ deleted: 1, dirty: 1 });
  });

  it('fields this version does not know are kept on save', async () => {
    const { vault } = await createdVault();
    const saved = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Sam', fromANewerApp: { x: 1 } } });
    await vault.records.save({ id: saved.id, kind: 'person', changes: { pronouns: 'he/him' } });
    const [stored] = await vault.records.bodies([saved.id]);
    expect(stored!.body.fields.fromANewerApp).toEqual({ x: 1 });
  });
});

describe('tampering with the store', () => {
  it('a ciphertext moved to another record is refused, not opened, and the record is named damaged', async () => {
    const { vault, db, reopen } = await createdVault();
    const a = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'A' } });
    const b = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'B' } });
    const rowA = (await db.records.get(a.id))!;
    await db.records.update(b.id, { ct: rowA.ct });
    const fresh = reopen();
    await fresh.unlock(PASSPHRASE);
    await expect(fresh.records.get('person', b.id)).rejects.toThrow(DamagedRecordError);
    expect(fresh.records.damaged()).toEqual([{ id: b.id, kind: 'person', parentId: null, reason: 'does-not-open' }]);
  });

  it('an edited plaintext index column (kind) is caught against the sealed body', async () => {
    const { vault, db, reopen } = await createdVault();
    const a = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'A' } });
    await db.records.update(a.id, { kind: 'resource' });
    const fresh = reopen();
    await fresh.unlock(PASSPHRASE);
    expect(await fresh.records.list('resource')).toEqual([]);
    expect(fresh.records.damaged().map((record) => record.reason)).toEqual(['does-not-open']);
  });

  it('an edited audit sequence column is caught against the sealed one', async () => {
    const { vault, db, reopen } = await createdVault();
    const a = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'A' } });
    await db.records.update(a.id, { auditSeq: 0 });
    const fresh = reopen();
    await fresh.unlock(PASSPHRASE);
    expect(await fresh.records.list('person')).toEqual([]);
    expect(fresh.records.damaged()).toHaveLength(1);
  });
});

describe('settings', () => {
  it('auto-lock takes only the offered choices', async () => {
    const { vault } = await createdVault();
    expect(await vault.settings.update({ autoLockMinutes: 10 })).toEqual({ ...DEFAULT_SETTINGS, autoLockMinutes: 10 });
    await expect(vault.settings.update({ autoLockMinutes: 0 })).rejects.toThrow(InvalidInputError);
    expect((await vault.status()).settings.autoLockMinutes).toBe(10);
  });

  it('the language takes only the offered ones, and is readable while locked (for the lock screen)', async () => {
    const { vault } = await createdVault();
    expect(await vault.settings.update({ language: 'es' })).toEqual({ ...DEFAULT_SETTINGS, language: 'es' });
    await expect(vault.settings.update({ language: 'fr' as never })).rejects.toThrow('Choose one of these languages: en, es.');
    await vault.lock();
    expect(await vault.status()).toMatchObject({ state: 'locked', settings: { language: 'es' } });
  });

  it("whether plans need a supervisor's signature is the agency's rule, not a setting a peer can turn off", async () => {
    const { vault, db } = await createdVault();
    await expect(vault.settings.update({ requireSupervisorSignature: false } as never)).rejects.toThrow(
      'requireSupervisorSignature is not a setting a peer changes here.',
    );
    // A notebook from before the rule moved still holds the old setting: it no longer counts.
    await db.meta.put({ key: 'settings', value: { autoLockMinutes: 5, language: 'en', requireSupervisorSignature: false } });
    expect((await vault.status()).settings).toEqual(DEFAULT_SETTINGS);
  });
});
