/**
 * Issue 13, defect 1: calls into the vault worker used to interleave at every `await`. Writes and
 * the lock now go through one queue, and a sync's merge re-checks each row inside its transaction.
 * Each test asks for two things at once, as a peer and the app's own timers do.
 */
import { describe, expect, it } from 'vitest';
import { createVaultHandlers } from '../../../renderer/src/worker/vault-handlers';
import type { Vault } from '../../../renderer/src/vault/vault';
import { createdVault, openTestVault, PASSPHRASE, twoComputersOnOneNotebook } from './vault-fixture';

const handlersOf = (vault: Vault) => createVaultHandlers(vault);

async function withJordan() {
  const fixture = await createdVault();
  const handlers = handlersOf(fixture.vault);
  const jordan = await handlers['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
  return { ...fixture, handlers, jordan };
}

describe('writes one at a time', () => {
  it('two saves of one record at once both land: neither change overwrites the other', async () => {
    const { vault, jordan } = await withJordan();
    await Promise.all([
      vault.records.save({ id: jordan.id, kind: 'person', changes: { phone: '919-555-0142' } }),
      vault.records.save({ id: jordan.id, kind: 'person', changes: { pronouns: 'they/them' } }),
    ]);
    expect((await vault.records.get('person', jordan.id))?.fields).toMatchObject({ phone: '919-555-0142', pronouns: 'they/them' });
  });

  it('a repeating check-in marked done twice in a row moves on twice', async () => {
    const { handlers, jordan } = await withJordan();
    const task = await handlers['tasks.save']({
      id: null,
      personId: jordan.id,
      fields: { title: 'Weekly call', kind: 'check-in', dueOn: '2026-11-02', recurrence: { every: 'week' } },
    });
    await Promise.all([handlers['tasks.complete']({ id: task.id }), handlers['tasks.complete']({ id: task.id })]);
    const [after] = await handlers['tasks.list']({ personId: jordan.id });
    expect(after!.fields.dueOn).toBe('2026-11-16');
  });

  it('a save during a sync is kept: the sync merges around it instead of writing over it', async () => {
    const { laptop, desktop, later } = await twoComputersOnOneNotebook();
    const onLaptop = handlersOf(laptop.vault);
    const onDesktop = handlersOf(desktop.vault);
    const jordan = await onLaptop['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
    // The laptop's change travels to the desktop as a segment.
    const segment = (await onLaptop['sync.outgoing']({ seq: 1 }))!;
    await onDesktop['sync.apply']({ remote: 'folder', segments: [{ deviceId: segment.deviceId, seq: 1, bytes: segment.bytes }] });
    later();
    await onLaptop['people.save']({ id: jordan.id, fields: { preferredName: 'Jordan Rivers', phone: '919-555-0142' } });
    const second = (await onLaptop['sync.outgoing']({ seq: 2 }))!;
    later();
    // On the desktop, the peer saves Jordan's pronouns while that segment is being applied.
    const [applied] = await Promise.all([
      onDesktop['sync.apply']({ remote: 'folder', segments: [{ deviceId: second.deviceId, seq: 2, bytes: second.bytes }] }),
      desktop.vault.records.save({ id: jordan.id, kind: 'person', changes: { pronouns: 'he/him' } }),
    ]);
    expect(applied.stopped).toBeNull();
    expect((await desktop.vault.records.get('person', jordan.id))?.fields).toMatchObject({ phone: '919-555-0142', pronouns: 'he/him' });
  });

  it('notes saved at once all stay on the list of notes to sign, after a restart too', async () => {
    const { vault, handlers, jordan, reopen } = await withJordan();
    const note = (whatWeDid: string) => ({
      date: '2026-11-02',
      startTime: '10:00',
      endTime: '10:30',
      setting: 'home' as const,
      contactType: 'in-person' as const,
      whatWeDid,
    });
    await Promise.all(
      ['First', 'Second', 'Third'].map((words) => handlers['notes.saveDraft']({ personId: jordan.id, id: null, fields: note(words) })),
    );
    expect(await vault.records.unsignedNotes()).toHaveLength(3);
    await vault.lock();
    const restarted = reopen();
    await restarted.unlock(PASSPHRASE);
    expect(await restarted.records.unsignedNotes()).toHaveLength(3);
  });
});

describe('locking during a save', () => {
  it('waits for the save to commit, then zeroes the keys: the save is kept and the history stays whole', async () => {
    const { vault, jordan, reopen } = await withJordan();
    const saving = vault.records.save({ id: jordan.id, kind: 'person', changes: { phone: '919-555-0142' } });
    const locking = await vault.lock();
    await Promise.all([saving, locking]);
    expect(vault.isUnlocked).toBe(false);
    const restarted = reopen();
    await restarted.unlock(PASSPHRASE);
    expect((await restarted.records.get('person', jordan.id))?.fields.phone).toBe('919-555-0142');
    const trail = await restarted.audit.trail();
    expect(trail.integrity).toEqual({ ok: true, count: trail.events.length });
    expect(trail.events.map((event) => event.summary)).toEqual(['Added to the notebook', 'Profile updated']);
  });

  it('nothing a save decrypted stays in memory after the lock it was waiting behind', async () => {
    const { vault, jordan } = await withJordan();
    const saved: string[] = [];
    vault.listen((event) => {
      if (event.type === 'saved') saved.push(...event.records.map((record) => record.id));
      if (event.type === 'locked') saved.push('locked');
    });
    const locking = await vault.lock();
    const saving = vault.records.save({ id: jordan.id, kind: 'person', changes: { phone: '919-555-0142' } });
    await locking;
    await expect(saving).rejects.toThrow('Your notebook is locked');
    expect(saved).toEqual(['locked']);
    const cache = (vault as unknown as { keys: { current: unknown } }).keys.current;
    expect(cache).toBeNull();
  });

  it("a group session's notes are all saved, or none: locking half way does not cut it in two", async () => {
    const { vault, handlers, jordan, reopen } = await withJordan();
    const sam = await handlers['people.save']({ id: null, fields: { preferredName: 'Sam Lee' } });
    const ana = await handlers['people.save']({ id: null, fields: { preferredName: 'Ana Morales' } });
    const part = (personId: string) => ({
      personId,
      individualPart: 'Shared a goal for the week',
      theirResponse: 'Hopeful',
      nextSteps: 'Check in Friday',
    });
    const saving = handlers['notes.saveGroup']({
      date: '2026-11-02',
      startTime: '10:00',
      endTime: '11:00',
      setting: 'community',
      sharedPart: 'Talked about building a routine',
      participants: [part(jordan.id), part(sam.id), part(ana.id)],
    });
    const locking = await vault.lock();
    await Promise.all([saving, locking]);
    const restarted = reopen();
    await restarted.unlock(PASSPHRASE);
    const notesOf = (personId: string) => restarted.records.children(personId, 'service-note');
    expect((await Promise.all([jordan.id, sam.id, ana.id].map(notesOf))).map((notes) => notes.length)).toEqual([1, 1, 1]);
  });

  it('a group session the disk cannot hold leaves no note at all, and says so plainly', async () => {
    const { vault, handlers, jordan, db } = await withJordan();
    const sam = await handlers['people.save']({ id: null, fields: { preferredName: 'Sam Lee' } });
    fillDiskAfter(db, 1);
    const part = (personId: string) => ({
      personId,
      individualPart: 'Practiced a phone call',
      theirResponse: 'Proud',
      nextSteps: 'Call on Monday',
    });
    await expect(
      handlers['notes.saveGroup']({
        date: '2026-11-02',
        startTime: '10:00',
        endTime: '11:00',
        setting: 'community',
        sharedPart: 'Phone skills',
        participants: [part(jordan.id), part(sam.id)],
      }),
    ).rejects.toThrow();
    expect(await vault.records.children(jordan.id, 'service-note')).toEqual([]);
    expect(await vault.records.children(sam.id, 'service-note')).toEqual([]);
  });
});

describe('the policy is given once', () => {
  it("a call that needs it before it was given fails loudly instead of using a community build's rules", async () => {
    const { vault } = await openTestVault();
    (vault as unknown as { givenPolicy: null }).givenPolicy = null;
    await expect(vault.prepareCreate(PASSPHRASE)).rejects.toThrow('vault.configure');
  });
});

/** The disk fills once `records` more records were written (each record of a bulk write counts). */
function fillDiskAfter(db: { records: { put: unknown; bulkPut: unknown } }, records: number) {
  let written = 0;
  const full = () => new DOMException('The disk is full.', 'QuotaExceededError');
  const table = db.records as {
    put: (...args: unknown[]) => Promise<unknown>;
    bulkPut: (rows: unknown[], ...rest: unknown[]) => Promise<unknown>;
  };
  const put = table.put.bind(table);
  const bulkPut = table.bulkPut.bind(table);
  table.put = (...args) => (++written > records ? Promise.reject(full()) : put(...args));
  table.bulkPut = (rows, ...rest) => ((written += rows.length) > records ? Promise.reject(full()) : bulkPut(rows, ...rest));
}
