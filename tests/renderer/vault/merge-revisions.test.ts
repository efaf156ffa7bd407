import { describe, expect, it } from 'vitest';
import { conflictHandlers } from '../../../renderer/src/features/sync/worker/conflict-handlers';
import type { Vault } from '../../../renderer/src/vault/vault';
import { twoComputersOnOneNotebook, recordOf, revisionsOf, mergeInto } from './vault-fixture';

async function twoComputers() {
  const { laptop, desktop, later } = await twoComputersOnOneNotebook();
  return { laptop: laptop.vault, desktop: desktop.vault, desktopDb: desktop.db, later };
}

const sync = async (from: Vault, to: Vault) => mergeInto(to, await revisionsOf(from));

/** An agreement's required fields, as its rules ask before anything is saved. */
const AGREEMENT = { seriesId: 'a1', startDate: '2026-11-02', reviewDate: '2027-05-02' };

describe('bringing revisions from another computer', () => {
  it('adds what is new, and a second time finds nothing new', async () => {
    const { laptop, desktop, desktopDb } = await twoComputers();
    const jordan = await laptop.records.save({
      id: null,
      kind: 'person',
      changes: { preferredName: 'Jordan Rivers', phone: '919-555-0142' },
    });
    expect(await sync(laptop, desktop)).toEqual({ added: 1, updated: 0, skipped: 0, repaired: 0, conflicts: 0 });
    expect((await recordOf(desktop, jordan.id))?.body.fields).toEqual({ preferredName: 'Jordan Rivers', phone: '919-555-0142' });
    // It came from the remote, so it is not sent back.
    expect(await desktopDb.records.get(jordan.id)).toMatchObject({ dirty: 0 });
    expect(await sync(laptop, desktop)).toEqual({ added: 0, updated: 0, skipped: 1, repaired: 0, conflicts: 0 });
  });

  it('keeps edits to different fields made on both computers', async () => {
    const { laptop, desktop, later } = await twoComputers();
    const jordan = await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Jordan Rivers' } });
    await sync(laptop, desktop);
    await laptop.records.save({ id: jordan.id, kind: 'person', changes: { phone: '919-555-0142' } });
    later();
    await desktop.records.save({ id: jordan.id, kind: 'person', changes: { pronouns: 'he/him' } });
    expect(await sync(desktop, laptop)).toMatchObject({ updated: 1, conflicts: 0 });
    expect(await sync(laptop, desktop)).toMatchObject({ updated: 1, conflicts: 0 });
    for (const computer of [laptop, desktop]) {
      expect((await recordOf(computer, jordan.id))?.body.fields).toEqual({
        preferredName: 'Jordan Rivers',
        phone: '919-555-0142',
        pronouns: 'he/him',
      });
    }
  });

  it('shows the later of two edits to one field, keeps the other as a conflict, and a choice settles it everywhere', async () => {
    const { laptop, desktop, later } = await twoComputers();
    const jordan = await laptop.records.save({
      id: null,
      kind: 'person',
      changes: { preferredName: 'Jordan Rivers', importantToMe: 'fishing' },
    });
    await sync(laptop, desktop);
    await laptop.records.save({ id: jordan.id, kind: 'person', changes: { importantToMe: 'fishing at Falls Lake' } });
    later();
    await desktop.records.save({ id: jordan.id, kind: 'person', changes: { importantToMe: 'my daughter Kayla' } });
    expect(await sync(desktop, laptop)).toMatchObject({ updated: 1, conflicts: 1 });
    await sync(laptop, desktop);

    for (const computer of [laptop, desktop]) {
      expect((await recordOf(computer, jordan.id))?.body.fields.importantToMe).toBe('my daughter Kayla');
      const { conflicts } = await conflictHandlers(computer)['conflicts.list']({ personId: jordan.id });
      expect(conflicts.map((c) => c.fields.map(({ field, versions }) => [field, versions.map((v) => v.value)]))).toEqual([
        [['importantToMe', ['my daughter Kayla', 'fishing at Falls Lake']]],
      ]);
    }

    later();
    const left = await conflictHandlers(laptop)['conflicts.resolve']({
      recordId: jordan.id,
      field: 'importantToMe',
      value: 'fishing at Falls Lake',
    });
    expect(left).toBeNull();
    await sync(laptop, desktop);
    expect((await recordOf(desktop, jordan.id))?.body.fields.importantToMe).toBe('fishing at Falls Lake');
    expect((await conflictHandlers(desktop)['conflicts.list']()).conflicts).toEqual([]);
  });

  it('never overwrites a newer edit made here', async () => {
    const { laptop, desktop, later } = await twoComputers();
    const jordan = await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Jordan' } });
    await sync(laptop, desktop);
    later();
    await desktop.records.save({ id: jordan.id, kind: 'person', changes: { preferredName: 'Jordan Rivers' } });
    expect(await sync(laptop, desktop)).toMatchObject({ skipped: 1, updated: 0 });
    expect((await recordOf(desktop, jordan.id))?.body.fields.preferredName).toBe('Jordan Rivers');
  });

  it('keeps an edit made elsewhere visible when the record was deleted here without seeing it', async () => {
    const { laptop, desktop, later } = await twoComputers();
    const jordan = await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Jordan Rivers' } });
    await sync(laptop, desktop);
    await laptop.records.remove('person', jordan.id);
    later();
    await desktop.records.save({ id: jordan.id, kind: 'person', changes: { phone: '919-555-0142' } });
    expect(await sync(desktop, laptop)).toMatchObject({ updated: 1, conflicts: 1 });
    expect(await recordOf(laptop, jordan.id)).toBeNull();
    const { conflicts } = await conflictHandlers(laptop)['conflicts.list']();
    expect(conflicts).toMatchObject([
      { recordId: jordan.id, deleted: true, deletedOverEdits: [{ field: 'phone', version: { value: '919-555-0142' } }] },
    ]);

    await conflictHandlers(laptop)['conflicts.resolve']({ recordId: jordan.id, keepRecord: true });
    expect((await recordOf(laptop, jordan.id))?.body.fields).toEqual({ preferredName: 'Jordan Rivers', phone: '919-555-0142' });
    await sync(laptop, desktop);
    expect((await recordOf(desktop, jordan.id))?.body.fields.phone).toBe('919-555-0142');
    expect((await conflictHandlers(desktop)['conflicts.list']()).conflicts).toEqual([]);
  });

  it('never changes what was signed: a draft edited elsewhere while it was signed stays as signed', async () => {
    const { laptop, desktop, later } = await twoComputers();
    const person = await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Jordan Rivers' } });
    const draft = await laptop.records.save({
      id: null,
      kind: 'agreement',
      parentId: person.id,
      changes: { ...AGREEMENT, boundaries: 'weekdays only', signature: null },
    });
    await sync(laptop, desktop);
    const signature = { method: 'typed', signedAt: '2026-11-23T10:00:00.000Z', signerName: 'Jordan Rivers' };
    await laptop.records.save({ id: draft.id, kind: 'agreement', changes: { signature } });
    later();
    await desktop.records.save({ id: draft.id, kind: 'agreement', changes: { boundaries: 'any day' } });
    await sync(desktop, laptop);
    await sync(laptop, desktop);
    for (const computer of [laptop, desktop]) {
      expect((await recordOf(computer, draft.id))?.body.fields).toEqual({ ...AGREEMENT, boundaries: 'weekdays only', signature });
      expect((await conflictHandlers(computer)['conflicts.list']()).conflicts).toEqual([]);
    }
  });

  it('a restore marks what it brings in for the next sync', async () => {
    const { laptop, desktop, desktopDb } = await twoComputers();
    const jordan = await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Jordan Rivers' } });
    expect(await mergeInto(desktop, await revisionsOf(laptop), 'restore')).toMatchObject({ added: 1 });
    expect(await desktopDb.records.get(jordan.id)).toMatchObject({ dirty: 1 });
  });
});
