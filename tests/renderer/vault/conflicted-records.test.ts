import { describe, expect, it, vi } from 'vitest';
import { conflictHandlers } from '../../../renderer/src/features/sync/worker/conflict-handlers';
import { syncHandlers } from '../../../renderer/src/features/sync/worker/sync-handlers';
import type { Vault } from '../../../renderer/src/vault/vault';
import { PASSPHRASE, twoComputersOnOneNotebook, revisionsOf, mergeInto } from './vault-fixture';

async function twoComputers() {
  const { laptop, desktop, later } = await twoComputersOnOneNotebook();
  return { laptop, desktop: desktop.vault, later };
}

const sync = async (from: Vault, to: Vault) => mergeInto(to, await revisionsOf(from));
const conflictCount = async (vault: Vault) => (await syncHandlers(vault)['sync.status']()).conflicts;
const conflictedIds = async (vault: Vault, filter: { personId?: string } = {}) =>
  (await conflictHandlers(vault)['conflicts.list'](filter)).conflicts.map((c) => c.recordId);

/** Jordan and Sam on both computers, then Jordan's "important to me" changed on each without seeing the other: a conflict on the laptop. */
async function conflictOnLaptop() {
  const computers = await twoComputers();
  const { laptop, desktop, later } = computers;
  const jordan = await laptop.vault.records.save({
    id: null,
    kind: 'person',
    changes: { preferredName: 'Jordan Rivers', importantToMe: 'fishing' },
  });
  const sam = await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Sam Ortiz' } });
  await sync(laptop.vault, desktop);
  await laptop.vault.records.save({ id: jordan.id, kind: 'person', changes: { importantToMe: 'fishing at Falls Lake' } });
  later();
  await desktop.records.save({ id: jordan.id, kind: 'person', changes: { importantToMe: 'my daughter Kayla' } });
  await sync(desktop, laptop.vault);
  return { ...computers, jordan: jordan.id, sam: sam.id };
}

/** Reopens the laptop's notebook, as after closing and starting the app again. */
async function restart(laptop: Awaited<ReturnType<typeof twoComputers>>['laptop']): Promise<Vault> {
  const restarted = laptop.reopen();
  await restarted.unlock(PASSPHRASE);
  return restarted;
}

describe('the records holding a conflict', () => {
  it('are counted right after a merge makes a conflict, a later edit, the choice that settles it, and edits after', async () => {
    const { laptop, jordan, sam, later } = await conflictOnLaptop();
    const vault = laptop.vault;
    expect(await conflictCount(vault)).toBe(1);
    expect(await conflictedIds(vault)).toEqual([jordan]);
    expect(await conflictedIds(vault, { personId: jordan })).toEqual([jordan]);
    expect(await conflictedIds(vault, { personId: sam })).toEqual([]);

    // An edit to another field leaves the conflict waiting.
    later();
    await vault.records.save({ id: jordan, kind: 'person', changes: { phone: '919-555-0142' } });
    expect(await conflictCount(vault)).toBe(1);
    expect(await conflictedIds(vault)).toEqual([jordan]);

    later();
    await conflictHandlers(vault)['conflicts.resolve']({ recordId: jordan, field: 'importantToMe', value: 'fishing at Falls Lake' });
    expect(await conflictCount(vault)).toBe(0);
    expect(await conflictedIds(vault)).toEqual([]);

    later();
    await vault.records.save({ id: jordan, kind: 'person', changes: { importantToMe: 'fishing with Kayla' } });
    await vault.records.remove('person', sam);
    expect(await conflictCount(vault)).toBe(0);
    expect(await conflictedIds(vault)).toEqual([]);
  });

  it('are known again after a restart from the stored list, not worked out again from every record', async () => {
    const { laptop, jordan } = await conflictOnLaptop();
    expect(await conflictCount(laptop.vault)).toBe(1);
    const stored = await laptop.db.meta.get('conflictedRecords');
    expect(stored).toBeDefined();

    const restarted = await restart(laptop);
    expect(await conflictCount(restarted)).toBe(1);
    expect(await conflictedIds(restarted)).toEqual([jordan]);
    // Opened as it was stored: rebuilding would have sealed it again.
    expect(await laptop.db.meta.get('conflictedRecords')).toEqual(stored);
  });

  it('are counted for the status without opening a record: a damaged one is left out of the list and named damaged', async () => {
    const { laptop, jordan } = await conflictOnLaptop();
    const row = (await laptop.db.records.get(jordan))!;
    await laptop.db.records.put({ ...row, ct: row.ct.map((byte) => byte ^ 0xff) });

    const restarted = await restart(laptop);
    expect(await conflictCount(restarted)).toBe(1);
    expect((await conflictHandlers(restarted)['conflicts.list']()).conflicts).toEqual([]);
    expect(restarted.records.damaged().map((record) => record.id)).toEqual([jordan]);
  });

  it('stay as stored when the choice that would settle one is not saved', async () => {
    const { laptop, jordan, later } = await conflictOnLaptop();
    expect(await conflictCount(laptop.vault)).toBe(1);
    vi.spyOn(laptop.db.meta, 'bulkPut').mockRejectedValueOnce(new Error('the disk is full'));
    later();
    await expect(
      conflictHandlers(laptop.vault)['conflicts.resolve']({ recordId: jordan, field: 'importantToMe', value: 'fishing' }),
    ).rejects.toThrow('the disk is full');
    expect(await conflictCount(laptop.vault)).toBe(1);
    expect(await conflictedIds(laptop.vault)).toEqual([jordan]);
  });

  it('are worked out again from the records when the stored list does not open', async () => {
    const { laptop, jordan } = await conflictOnLaptop();
    await conflictCount(laptop.vault);
    const stored = (await laptop.db.meta.get('conflictedRecords'))!.value as { rev: string; ct: Uint8Array };
    await laptop.db.meta.put({ key: 'conflictedRecords', value: { ...stored, ct: stored.ct.map((byte) => byte ^ 0xff) } });

    const restarted = await restart(laptop);
    expect(await conflictCount(restarted)).toBe(1);
    expect(await conflictedIds(restarted)).toEqual([jordan]);
    // Stored again, sealed afresh, so the next start opens it.
    const rebuilt = (await laptop.db.meta.get('conflictedRecords'))!.value as { rev: string };
    expect(rebuilt.rev).not.toBe(stored.rev);
    expect(await conflictCount(await restart(laptop))).toBe(1);
  });
});
