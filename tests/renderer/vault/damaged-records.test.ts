/**
 * Issue 13, defect 2: one record whose ciphertext was altered used to empty the People list (the
 * first bad row threw the whole list) with a raw record id in the message. Now every list, Today,
 * search, backup and sync leave the damaged record out, show the rest, and the peer is told in
 * plain words what is affected and what to do; a backup or the sync folder puts it back.
 */
import { describe, expect, it } from 'vitest';
import { createVaultHandlers } from '../../../renderer/src/worker/vault-handlers';
import type { Vault } from '../../../renderer/src/vault/vault';
import type { VaultDatabase } from '../../../renderer/src/vault/database';
import { DamagedRecordError } from '../../../renderer/src/vault/errors';
import { createdVault, mergeInto, PASSPHRASE, revisionsOf, twoComputersOnOneNotebook, callsOf } from './vault-fixture';

/** Flips one byte of a stored record's ciphertext, as a disk error or someone editing the store would. */
async function damage(db: VaultDatabase, id: string): Promise<void> {
  const row = (await db.records.get(id))!;
  const ct = row.ct.slice();
  ct[ct.length - 5]! ^= 0x40;
  await db.records.put({ ...row, ct });
}

const NOTE = { date: '2026-11-02', startTime: '09:00', endTime: '09:30', setting: 'home' as const, contactType: 'in-person' as const };

/** Jordan (with a note about the bakery), Sam and Ana; Sam's record then damaged, and the app restarted. */
async function notebookWithSamDamaged() {
  const fixture = await createdVault();
  const handlers = createVaultHandlers(fixture.vault);
  const jordan = await handlers['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
  const sam = await handlers['people.save']({ id: null, fields: { preferredName: 'Sam Lee' } });
  await handlers['people.save']({ id: null, fields: { preferredName: 'Ana Morales' } });
  const samNote = await handlers['notes.saveDraft']({ personId: sam.id, id: null, fields: { ...NOTE, whatWeDid: 'Walked to the bakery' } });
  await handlers['notes.saveDraft']({ personId: jordan.id, id: null, fields: { ...NOTE, whatWeDid: 'Practiced the bus route' } });
  await fixture.vault.lock();
  await damage(fixture.db, sam.id);
  await damage(fixture.db, samNote.id);
  const vault = fixture.reopen();
  await vault.unlock(PASSPHRASE);
  return { ...fixture, vault, handlers: createVaultHandlers(vault), jordan, sam, samNote };
}

describe('a damaged record', () => {
  it('leaves the People list whole but for itself', async () => {
    const { handlers } = await notebookWithSamDamaged();
    expect((await handlers['people.list']()).map((person) => person.preferredName)).toEqual(['Ana Morales', 'Jordan Rivers']);
  });

  it('says in plain words what happened and what to do, never an id', async () => {
    const { handlers, sam } = await notebookWithSamDamaged();
    const opening = handlers['people.open']({ id: sam.id });
    await expect(opening).rejects.toThrow(DamagedRecordError);
    const message = await opening.catch((error: Error) => error.message);
    expect(message).toBe(
      'This record could not be opened: it may have been damaged on this computer. Everything else is fine. Restore it from a backup or get it again from the sync folder (Settings).',
    );
    expect(message).not.toContain(sam.id);
  });

  it('is listed for the peer by what it was, and the status counts it', async () => {
    const { vault, handlers } = await notebookWithSamDamaged();
    await handlers['people.list']();
    expect(await handlers['damaged.list']()).toContainEqual({
      id: expect.any(String),
      kind: 'person',
      personName: null,
      reason: 'does-not-open',
    });
    // A full check finds the note too, and names whom it was about when that person still opens.
    for (let after: string | null = ''; after !== null;) after = (await handlers['damaged.checkPage']({ after })).after;
    expect((await handlers['damaged.list']()).map(({ kind, reason }) => [kind, reason]).sort()).toEqual([
      ['person', 'does-not-open'],
      ['service-note', 'does-not-open'],
    ]);
    expect((await vault.status()).damagedRecords).toBe(2);
  });

  it('is left out of Today and of search, and the rest shows', async () => {
    const { handlers } = await notebookWithSamDamaged();
    const today = await handlers['today.list']();
    expect(today.notes.map((item) => item.personName)).toEqual(['Jordan Rivers']);
    for (;;) {
      const answer = await handlers['search.query']({ query: 'bus route' });
      if (answer?.readiness.state !== 'ready') continue;
      expect(answer.groups.map((group) => group.personName)).toEqual(['Jordan Rivers']);
      expect((await handlers['search.query']({ query: 'bakery' }))?.groups).toEqual([]);
      break;
    }
  });

  it('is left out of a backup, which says so and holds everything else', async () => {
    const { vault } = await notebookWithSamDamaged();
    const calls = callsOf(vault);
    const { exportId } = await calls('backup.exportBegin', { agency: { recoveryKeys: [], policyKeys: [] } });
    let last;
    do last = await calls('backup.exportNext', { exportId });
    while (!last.done);
    expect(last.leftOut).toBe(2);
    expect(last.written).toBe(last.total);
  });

  it('is not sent by sync, and the other computer gets everything else', async () => {
    const { laptop, desktop } = await twoComputersOnOneNotebook();
    const onLaptop = createVaultHandlers(laptop.vault);
    const jordan = await onLaptop['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
    const sam = await onLaptop['people.save']({ id: null, fields: { preferredName: 'Sam Lee' } });
    await damage(laptop.db, sam.id);
    const outgoing = (await onLaptop['sync.outgoing']({ seq: 1 }))!;
    expect(outgoing.revisions.map((revision) => revision.id)).toEqual([jordan.id]);
    const applied = await createVaultHandlers(desktop.vault)['sync.apply']({
      remote: 'folder',
      segments: [{ deviceId: outgoing.deviceId, seq: 1, bytes: outgoing.bytes }],
    });
    expect(applied).toMatchObject({ stopped: null, merge: { added: 1 }, unreadable: [] });
    // The waiting count no longer counts what will never go.
    expect((await onLaptop['sync.status']()).waiting).toBe(1);
  });

  it('comes back whole from another copy (a backup, the sync folder), replacing the damaged one', async () => {
    const { laptop, desktop } = await twoComputersOnOneNotebook();
    const sam = await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Sam Lee', phone: '919-555-0142' } });
    await mergeInto(desktop.vault, await revisionsOf(laptop.vault));
    await damage(laptop.db, sam.id);
    await reopened(laptop.vault);
    await expect(laptop.vault.records.get('person', sam.id)).rejects.toThrow(DamagedRecordError);
    expect(await mergeInto(laptop.vault, await revisionsOf(desktop.vault), 'restore')).toMatchObject({ repaired: 1 });
    expect((await laptop.vault.records.get('person', sam.id))?.fields.phone).toBe('919-555-0142');
    expect(laptop.vault.records.damaged()).toEqual([]);
  });
});

/** Locks and unlocks, so nothing opened before stays in memory. */
async function reopened(vault: Vault): Promise<void> {
  await vault.lock();
  await vault.unlock(PASSPHRASE);
}
