import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../../renderer/src/i18n/i18n';
import { SkippedNotice } from '../../../../renderer/src/features/sync/SkippedNotice';
import { byWhere, syncSegmentWhere } from '@shared/host-api';
import { createSyncRunner, type SyncQuestion } from '../../../../renderer/src/features/sync/sync-runner';
import { syncHandlers } from '../../../../renderer/src/features/sync/worker/sync-handlers';
import { createdVault, openTestVault, PASSPHRASE, recordOf, recordsOf, callsOf, newlyCreatedVault } from '../../vault/vault-fixture';
import { MemorySyncFolder } from './sync-fixture';

const goAhead = { ask: async () => true };

/** A laptop with Jordan in it, synced into a folder, and a desktop that has not joined yet. */
async function laptopAndFolder() {
  const folder = new MemorySyncFolder();
  const laptop = await createdVault();
  const runner = createSyncRunner({ vault: callsOf(laptop.vault), host: folder.host() });
  await callsOf(laptop.vault)('sync.setFolder', folder.choice);
  const jordan = await laptop.vault.records.save({
    id: null,
    kind: 'person',
    changes: { preferredName: 'Jordan Rivers', phone: '919-555-0142' },
  });
  expect(await runner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 1 });
  const desktop = await openTestVault();
  const desktopRunner = createSyncRunner({ vault: callsOf(desktop.vault), host: folder.host() });
  return { folder, laptop: laptop.vault, runner, jordan, desktop: desktop.vault, desktopRunner };
}

const folderText = (folder: MemorySyncFolder) =>
  [
    ...folder.headers.values(),
    ...[...folder.segments.values()].flatMap((map) => [...map.values()].map((bytes) => Buffer.from(bytes).toString('latin1'))),
  ].join('\n');

describe('syncing through a folder', () => {
  it('a second computer joins with the passphrase and gets every record; the folder holds no plaintext', async () => {
    const { folder, jordan, desktop, desktopRunner } = await laptopAndFolder();
    const joined = await desktopRunner.join(folder.choice, { passphrase: PASSPHRASE }, goAhead);
    expect(joined).toMatchObject({ outcome: 'synced', pulled: { added: 1 } });
    expect((await recordOf(desktop, jordan.id))?.body.fields).toEqual({ preferredName: 'Jordan Rivers', phone: '919-555-0142' });
    for (const secret of ['Jordan', 'Rivers', '555-0142', 'person', PASSPHRASE]) expect(folderText(folder)).not.toContain(secret);
  });

  it('reports a damaged or foreign segment and applies the rest', async () => {
    const { folder, laptop, runner, desktop, desktopRunner } = await laptopAndFolder();
    await desktopRunner.join(folder.choice, { passphrase: PASSPHRASE }, goAhead);
    const ana = await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana' } });
    await runner.sync(goAhead);
    const [vaultId, segments] = [...folder.segments][0]!;
    const [name, bytes] = [...segments].at(-1)!;
    const damaged = new Uint8Array(bytes);
    damaged[damaged.length - 5]! ^= 1;
    segments.set(name, damaged);
    // Another notebook's segment, copied in under a name this one's laptop has not used.
    const stranger = await createdVault();
    await stranger.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Someone else' } });
    const foreign = (await callsOf(stranger.vault)('sync.outgoing', { seq: 1 }))!;
    segments.set(`${'0'.repeat(15)}f/1`, foreign.bytes);
    expect(vaultId).toBe(laptop.vaultId);

    const result = await desktopRunner.sync(goAhead);
    expect(result).toMatchObject({
      outcome: 'synced',
      skipped: [
        { where: syncSegmentWhere(vaultId, laptop.deviceId, 2), kind: 'damaged' },
        { where: syncSegmentWhere(vaultId, `${'0'.repeat(15)}f`, 1), kind: 'damaged' },
      ].sort(byWhere),
    });
    expect(await recordOf(desktop, ana.id)).toBeNull();
    expect((await recordsOf(desktop, 'person')).map((p) => p.body.fields.preferredName)).toEqual(['Jordan Rivers']);
  });

  it('reports records inside a segment that did not open, in plain words, and brings in the rest', async () => {
    const { folder, laptop, desktop, desktopRunner } = await laptopAndFolder();
    await desktopRunner.join(folder.choice, { passphrase: PASSPHRASE }, goAhead);
    const ana = await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana' } });
    const lee = await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Lee' } });
    // The laptop's next segment as it would be if Ana's record had been damaged there: the segment
    // itself is sealed whole, but Ana's revision inside it does not open.
    const revisions = (await laptop.sync.waitingRevisions()).map(({ id, kind, parentId, rev, deleted, ct }) => ({
      id,
      kind,
      parentId,
      rev,
      deleted,
      ct: id === ana.id ? ct.map((byte, i) => (i === ct.length - 3 ? byte ^ 1 : byte)) : ct,
    }));
    folder.segments.get(laptop.vaultId)!.set(`${laptop.deviceId}/2`, laptop.sync.sealSegment(2, revisions));

    const result = await desktopRunner.sync(goAhead);
    const where = syncSegmentWhere(laptop.vaultId, laptop.deviceId, 2);
    expect(result).toMatchObject({ outcome: 'synced', pulled: { added: 1 }, skipped: [{ where, kind: 'records-damaged', count: 1 }] });
    expect(await recordOf(desktop, ana.id)).toBeNull();
    expect((await recordOf(desktop, lee.id))?.body.fields).toEqual({ preferredName: 'Lee' });

    // The peer reads it in the sync status: where, how many, that the rest came in, and what to do.
    const notice = renderToStaticMarkup(createElement(SkippedNotice, { items: result.outcome === 'synced' ? result.skipped : [] }));
    expect(notice).toContain('Everything else synced, but 1 item in the sync folder was left alone:');
    expect(notice).toContain(`${where}</code>: a sync file that opened, but 1 record in it didn&#x27;t`);
    expect(notice).toContain('Everything else in the file came in');
    await i18n.changeLanguage('es');
    expect(renderToStaticMarkup(createElement(SkippedNotice, { items: [{ where, kind: 'records-damaged', count: 2 }] }))).toContain(
      'pero 2 registros que tiene no',
    );
    await i18n.changeLanguage('en');
  });

  it('stops and asks before a sync deletes more than half of the notebook', async () => {
    const { folder, laptop, runner, desktop, desktopRunner } = await laptopAndFolder();
    for (const name of ['Ana', 'Sam', 'Lee']) await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: name } });
    await runner.sync(goAhead);
    await desktopRunner.join(folder.choice, { passphrase: PASSPHRASE }, goAhead);
    for (const person of (await recordsOf(laptop, 'person')).slice(0, 3)) await laptop.records.remove('person', person.id);
    await runner.sync(goAhead);

    const asked: SyncQuestion[] = [];
    const stop = await desktopRunner.sync({ ask: async (question) => (asked.push(question), false) });
    expect(stop).toEqual({ outcome: 'stopped', question: 'mass-delete' });
    expect(asked).toEqual([{ kind: 'mass-delete', deleting: 3, of: 4 }]);
    expect(await recordsOf(desktop, 'person')).toHaveLength(4);

    expect(await desktopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced' });
    expect(await recordsOf(desktop, 'person')).toHaveLength(1);
  });

  it('asks before using a folder that holds another notebook, or one emptied since the last sync', async () => {
    const { folder, laptop } = await laptopAndFolder();
    const other = await newlyCreatedVault();
    const otherRunner = createSyncRunner({ vault: callsOf(other.vault), host: folder.host() });
    await callsOf(other.vault)('sync.setFolder', folder.choice);
    const asked: SyncQuestion['kind'][] = [];
    expect(await otherRunner.sync({ ask: async (question) => (asked.push(question.kind), false) })).toEqual({
      outcome: 'stopped',
      question: 'other-notebook',
    });
    expect(folder.segments.has(other.vault.vaultId)).toBe(false);

    folder.segments.clear();
    folder.headers.clear();
    const runner = createSyncRunner({ vault: callsOf(laptop), host: folder.host() });
    expect(await runner.sync({ ask: async (question) => (asked.push(question.kind), false) })).toEqual({
      outcome: 'stopped',
      question: 'folder-empty',
    });
    expect(asked).toEqual(['other-notebook', 'folder-empty']);
  });

  it('fills a folder emptied since the last sync with the whole notebook once the peer says go ahead', async () => {
    const { folder, laptop, runner, jordan } = await laptopAndFolder();
    await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana' } });
    await runner.sync(goAhead);
    folder.segments.clear();
    folder.headers.clear();
    expect(await runner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 2 });
    // Numbers used before are not used again: another computer may have applied those segments.
    expect([...folder.segments.values()].flatMap((map) => [...map.keys()])).toEqual([`${laptop.deviceId}/3`]);
    const desktop = await openTestVault();
    const desktopRunner = createSyncRunner({ vault: callsOf(desktop.vault), host: folder.host() });
    expect(await desktopRunner.join(folder.choice, { passphrase: PASSPHRASE }, goAhead)).toMatchObject({
      outcome: 'synced',
      pulled: { added: 2 },
    });
    expect((await recordOf(desktop.vault, jordan.id))?.body.fields.preferredName).toBe('Jordan Rivers');
  });

  it('refuses a folder header whose key settings are below the floor, before any key derivation', async () => {
    const { folder, laptop, desktopRunner } = await laptopAndFolder();
    const header = JSON.parse(folder.headers.get(laptop.vaultId)!) as { slots: { kdf: { opsLimit: number } }[] };
    for (const slot of header.slots) slot.kdf.opsLimit = 1;
    folder.headers.set(laptop.vaultId, JSON.stringify(header));
    expect(await desktopRunner.join(folder.choice, { passphrase: PASSPHRASE }, goAhead)).toMatchObject({
      outcome: 'refused',
      reason: 'weak-key-settings',
    });
  });

  it('after an interruption sends only what was not done', async () => {
    const { folder, laptop, runner } = await laptopAndFolder();
    await laptop.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana' } });
    folder.failNextWrite = 'pulled';
    await expect(runner.sync(goAhead)).rejects.toMatchObject({ problem: 'drive-unavailable' });
    folder.failNextWrite = 'killed';
    await expect(runner.sync(goAhead)).rejects.toThrow('closed');
    const written = folder.bytesWritten;
    expect(await runner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 0 });
    expect(folder.bytesWritten).toBe(written);
    expect(await laptop.sync.waitingRevisions()).toEqual([]);
  });

  it('a push of several segments reads and opens each waiting revision once', async () => {
    const folder = new MemorySyncFolder();
    const { vault, sodium } = await createdVault();
    for (let i = 0; i < 30; i++) await vault.records.save({ id: null, kind: 'person', changes: { preferredName: `Person ${i}` } });
    const waiting = await vault.sync.waitingRevisions();
    const segmentBytes = Math.ceil(waiting.reduce((sum, row) => sum + row.ct.length, 0) / 3);
    const calls = callsOf(vault, syncHandlers(vault, { segmentBytes }));
    await calls('sync.setFolder', folder.choice);
    // Decrypts counted only while segments are made: opening a revision to check it is one decrypt.
    const decrypt = vi.spyOn(sodium, 'crypto_aead_xchacha20poly1305_ietf_decrypt');
    let opened = 0;
    const counting = (async (name: string, arg?: unknown) => {
      const before = decrypt.mock.calls.length;
      const answer = await calls(name as 'sync.outgoing', arg as { seq: number });
      if (name === 'sync.outgoing') opened += decrypt.mock.calls.length - before;
      return answer;
    }) as typeof calls;
    const runner = createSyncRunner({ vault: counting, host: folder.host() });
    expect(await runner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: waiting.length });
    expect(folder.segments.get(vault.vaultId)?.size).toBeGreaterThanOrEqual(3);
    expect(opened).toBe(waiting.length);
    decrypt.mockRestore();
  });
});
