/**
 * Two notebooks syncing through the real server with the app's own sync engine: the window's
 * runner and the vault's handlers, over the main process's server remote (as the host calls do).
 * The same story as a sync folder: a second computer joins and gets everything, changes cross
 * both ways; then the restore drill (the server's database goes back to last night's backup, the
 * laptop notices and sends again what it lacks, a third computer joining finds everything); and
 * blindness: every row of every table and every line the server logged hold none of the words
 * written in the notebooks.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostApi } from '@shared/host-api';
import { createSyncRunner, SyncFolderError } from '../../renderer/src/features/sync/sync-runner';
import { syncHostCalls } from '../../electron/main/host-handlers';
import { createSyncFolders } from '../../electron/main/sync-folders';
import { createSyncServerRemotes } from '../../electron/main/sync-server-remote';
import { callsOf, createdVault, newlyCreatedVault, openTestVault, PASSPHRASE, recordOf, recordsOf } from '../renderer/vault/vault-fixture';
import { FakeKeyStore } from '../electron/main/fakes';
import { startTestServer, type TestServer } from './server-fixture';

const goAhead = { ask: async () => true };
const MARKERS = ['Marisol', 'Quintanilla', '919-555-0187', 'cerulean heron', 'Bartholomew', 'persimmon lantern'];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A computer's main process: its sync remotes (folders and servers) behind the host's sync calls. */
async function computer(dataDir?: string) {
  const folder = dataDir ?? (await mkdtemp(join(tmpdir(), 'pn-server-sync-')));
  const servers = createSyncServerRemotes({ storeDir: folder, sealer: new FakeKeyStore() });
  const folders = createSyncFolders({ chooseFolder: async () => null, storePath: join(folder, 'sync-folders.json') });
  return { servers, dataDir: folder, host: syncHostCalls(folders, servers) as unknown as HostApi };
}

/** Enrols a computer with a code from the admin tool; the choice the window remembers. */
async function enrolled(machine: Awaited<ReturnType<typeof computer>>, account?: string) {
  const { out } = await server.admin(account ? ['enrol', '--account', account] : ['enrol']);
  const code = /Enrolment code: (\S+)/.exec(out)![1]!;
  const { token, name } = await machine.servers.enrol(server.url, code);
  return { choice: { place: token, name }, account: /Account: (\S+)/.exec(out)![1]! };
}

describe('syncing through the agency’s server', () => {
  it('joins, crosses changes both ways, survives the database going back, and never holds a word', async () => {
    const laptopMachine = await computer();
    const laptop = await createdVault();
    const laptopServer = await enrolled(laptopMachine);
    const laptopRunner = createSyncRunner({ vault: callsOf(laptop.vault), host: laptopMachine.host });
    await callsOf(laptop.vault)('sync.setFolder', laptopServer.choice);
    const marisol = await laptop.vault.records.save({
      id: null,
      kind: 'person',
      changes: { preferredName: 'Marisol Quintanilla', phone: '919-555-0187', importantToMe: 'cerulean heron' },
    });
    expect(await laptopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 1 });

    // The desktop joins with the passphrase and gets every record.
    const desktopMachine = await computer();
    const desktop = await openTestVault();
    const desktopServer = await enrolled(desktopMachine, laptopServer.account);
    const desktopRunner = createSyncRunner({ vault: callsOf(desktop.vault), host: desktopMachine.host });
    expect(await desktopRunner.join(desktopServer.choice, { passphrase: PASSPHRASE }, goAhead)).toMatchObject({
      outcome: 'synced',
      pulled: { added: 1 },
    });
    expect((await recordOf(desktop.vault, marisol.id))?.body.fields).toMatchObject({
      preferredName: 'Marisol Quintanilla',
      phone: '919-555-0187',
    });

    // A change on the desktop reaches the laptop.
    const bart = await desktop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Bartholomew' } });
    expect(await desktopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 1 });
    expect(await laptopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 1 } });
    expect((await recordOf(laptop.vault, bart.id))?.body.fields.preferredName).toBe('Bartholomew');

    // Last night's backup of the server's database.
    for (const table of ['vaults', 'segments']) await server.pool.query(`CREATE TABLE backup_${table} AS SELECT * FROM ${table}`);
    const lantern = await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'persimmon lantern' } });
    expect(await laptopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 1 });
    const before = (await server.pool.query<{ writer: string; seq: number }>("SELECT encode(writer, 'hex') AS writer, seq FROM segments"))
      .rows;
    expect(await desktopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 1 } });

    // The server's database is restored from that backup: the last segment is gone.
    await server.pool.query('DELETE FROM segments');
    await server.pool.query('INSERT INTO segments SELECT * FROM backup_segments');
    await server.pool.query('UPDATE vaults SET head = b.head, epoch = b.epoch FROM backup_vaults b WHERE vaults.vault_id = b.vault_id');

    // The laptop notices and sends again what the server lacks, under numbers it never used before.
    const again = await laptopRunner.sync(goAhead);
    expect(again).toMatchObject({ outcome: 'synced' });
    expect(again.outcome === 'synced' && again.pushed).toBeGreaterThanOrEqual(3);
    const after = (
      await server.pool.query<{ writer: string; seq: number }>(
        "SELECT encode(writer, 'hex') AS writer, seq FROM segments ORDER BY server_seq",
      )
    ).rows;
    const lost = before.filter((old) => !after.some((row) => row.writer === old.writer && row.seq === old.seq));
    expect(lost).toHaveLength(1);
    const reused = after.filter((row) => lost.some((old) => old.writer === row.writer && old.seq === row.seq));
    expect(reused).toEqual([]);

    // The desktop finds nothing lost and nothing doubled; a third computer joining finds everything.
    expect(await desktopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 0, conflicts: 0 } });
    const thirdMachine = await computer();
    const third = await openTestVault();
    const thirdServer = await enrolled(thirdMachine, laptopServer.account);
    const thirdRunner = createSyncRunner({ vault: callsOf(third.vault), host: thirdMachine.host });
    expect(await thirdRunner.join(thirdServer.choice, { passphrase: PASSPHRASE }, goAhead)).toMatchObject({
      outcome: 'synced',
      pulled: { added: 3 },
    });
    expect((await recordsOf(third.vault, 'person')).map((p) => p.body.fields.preferredName).sort()).toEqual(
      ['Bartholomew', 'Marisol Quintanilla', 'persimmon lantern'].sort(),
    );
    expect((await recordOf(third.vault, lantern.id))?.body.fields.preferredName).toBe('persimmon lantern');

    // Blindness: the server held and logged all of that, and none of the words.
    const held = await server.everythingHeld();
    expect(held.length).toBeGreaterThan(1000);
    expect(held).toContain((await callsOf(laptop.vault)('sync.identity')).vaultId);
    for (const secret of [...MARKERS, PASSPHRASE, 'person']) expect(held).not.toContain(secret);
  });

  it('says in kinds the window words why a server cannot be used: a code, an address, a revoked computer, a server down', async () => {
    const machine = await computer();
    expect(await machine.host.enrolSyncServer(server.url, 'AAAA-BBBB-CCCC-DDDD-EEEE')).toEqual({
      ok: false,
      problem: 'server-code-not-valid',
    });
    expect(await machine.host.enrolSyncServer(server.url, 'not a code')).toEqual({ ok: false, problem: 'server-code-not-valid' });
    expect(await machine.host.enrolSyncServer('http://sync.example.org', 'AAAA-BBBB-CCCC-DDDD-EEEE')).toEqual({
      ok: false,
      problem: 'server-address-not-valid',
    });

    // Its own notebook: the one above (the same test header) is another account's, and refused as such.
    const notebook = await newlyCreatedVault();
    const { choice } = await enrolled(machine);
    const runner = createSyncRunner({ vault: callsOf(notebook.vault), host: machine.host });
    await callsOf(notebook.vault)('sync.setFolder', choice);
    expect(await runner.sync(goAhead)).toMatchObject({ outcome: 'synced' });
    const { deviceId } = JSON.parse(await readFile(join(machine.dataDir, 'sync-servers.json'), 'utf8')).servers[choice.place];
    await server.admin(['revoke', deviceId]);
    await expect(runner.sync(goAhead)).rejects.toEqual(new SyncFolderError('server-refused'));

    const elsewhere = await computer();
    const gone = await enrolled(elsewhere);
    const stopped = await startTestServer();
    await stopped.stop();
    const store = join(elsewhere.dataDir, 'sync-servers.json');
    const saved = JSON.parse(await readFile(store, 'utf8'));
    saved.servers[gone.choice.place].url = stopped.url;
    await writeFile(store, JSON.stringify(saved));
    const offline = await computer(elsewhere.dataDir);
    const offlineRunner = createSyncRunner({ vault: callsOf(notebook.vault), host: offline.host });
    await callsOf(notebook.vault)('sync.setFolder', gone.choice);
    await expect(offlineRunner.sync(goAhead)).rejects.toEqual(new SyncFolderError('server-unreachable'));
  });

  it('a fresh install enrolled on an account with no notebook yet is told so, and nothing is opened', async () => {
    const machine = await computer();
    const { choice } = await enrolled(machine);
    const fresh = await openTestVault();
    const runner = createSyncRunner({ vault: callsOf(fresh.vault), host: machine.host });
    expect(await runner.join(choice, { passphrase: PASSPHRASE }, goAhead)).toEqual({ outcome: 'no-notebook' });
    expect(await callsOf(fresh.vault)('vault.status')).toMatchObject({ state: 'none' });
  });
});
