/**
 * What a computer keeps on disk to sync through the agency's server, against the real server:
 * its device key only sealed by the operating system's key store (none: no enrolment, and the code
 * is not spent); and where it is in each notebook's history, so a restart pulls only what came
 * since, while a damaged record of it only costs one full pull.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostApi } from '@shared/host-api';
import { decodePullPage } from '@shared/sync/server-protocol';
import { createSyncRunner, SyncFolderError } from '../../renderer/src/features/sync/sync-runner';
import { syncHostCalls } from '../../electron/main/host-handlers';
import { createSyncFolders } from '../../electron/main/sync-folders';
import { createSyncServerRemotes } from '../../electron/main/sync-server-remote';
import { callsOf, createdVault, newlyCreatedVault } from '../renderer/vault/vault-fixture';
import { FakeKeyStore } from '../electron/main/fakes';
import { startTestServer, type TestServer } from './server-fixture';

const goAhead = { ask: async () => true };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A computer's main process on `dataDir` (started again on the same folder: a restart), counting the segments its pulls bring. */
async function computer({ dataDir, keyStore = new FakeKeyStore() }: { dataDir?: string; keyStore?: FakeKeyStore } = {}) {
  const folder = dataDir ?? (await mkdtemp(join(tmpdir(), 'pn-server-store-')));
  const pulled: string[] = [];
  const countingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (response.ok && String(input).includes('/segments?'))
      for (const segment of decodePullPage(new Uint8Array(await response.clone().arrayBuffer())).segments)
        pulled.push(`${segment.deviceId}/${segment.seq}`);
    return response;
  };
  const servers = createSyncServerRemotes({ storeDir: folder, sealer: keyStore, fetch: countingFetch });
  const folders = createSyncFolders({ chooseFolder: async () => null, storePath: join(folder, 'sync-folders.json') });
  return { dataDir: folder, keyStore, pulled, host: syncHostCalls(folders, servers) as unknown as HostApi };
}

async function codeFor(account?: string) {
  const { out } = await server.admin(account ? ['enrol', '--account', account] : ['enrol']);
  return { code: /Enrolment code: (\S+)/.exec(out)![1]!, account: /Account: (\S+)/.exec(out)![1]! };
}

async function enrolled(machine: Awaited<ReturnType<typeof computer>>, account?: string) {
  const { code, account: id } = await codeFor(account);
  const enrolment = await machine.host.enrolSyncServer(server.url, code);
  if (!enrolment.ok) throw new Error(`enrolment refused: ${enrolment.problem}`);
  return { choice: enrolment.choice, account: id };
}

describe('what a computer keeps to sync through the server', () => {
  it('keeps the device key sealed by the key store, and enrols nothing where there is none', async () => {
    const bare = await computer({ keyStore: new FakeKeyStore(false) });
    const { code, account } = await codeFor();
    expect(await bare.host.enrolSyncServer(server.url, code)).toEqual({ ok: false, problem: 'server-key-store-unavailable' });
    await expect(readFile(join(bare.dataDir, 'sync-servers.json'))).rejects.toThrow();

    // The code was not spent: a computer with a key store enrols with it.
    const machine = await computer();
    const enrolment = await machine.host.enrolSyncServer(server.url, code);
    expect(enrolment).toMatchObject({ ok: true });
    const place = enrolment.ok ? enrolment.choice.place : '';
    const text = await readFile(join(machine.dataDir, 'sync-servers.json'), 'utf8');
    const stored = JSON.parse(text).servers[place];
    const privateKey = machine.keyStore.open(Buffer.from(stored.sealedKey, 'base64'));
    const keyBytes = Buffer.from(privateKey, 'base64url');
    expect(keyBytes).toHaveLength(32);
    for (const form of [privateKey, keyBytes.toString('hex'), keyBytes.toString('base64'), keyBytes.toString('latin1')])
      expect(text).not.toContain(form);
    const { rows } = await server.pool.query<{ account_id: string }>('SELECT account_id FROM devices WHERE device_id = $1', [
      stored.deviceId,
    ]);
    expect(rows).toEqual([{ account_id: account }]);

    // It signs with that key: a notebook syncs.
    const notebook = await newlyCreatedVault();
    await callsOf(notebook.vault)('sync.setFolder', enrolment.ok ? enrolment.choice : { place: '', name: '' });
    await notebook.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Odalys' } });
    expect(await createSyncRunner({ vault: callsOf(notebook.vault), host: machine.host }).sync(goAhead)).toMatchObject({
      outcome: 'synced',
      pushed: 1,
    });

    // The key store was reset (a new login keychain): the key no longer opens, and the peer is told to connect again.
    machine.keyStore.reset();
    const restarted = await computer({ dataDir: machine.dataDir, keyStore: machine.keyStore });
    await expect(createSyncRunner({ vault: callsOf(notebook.vault), host: restarted.host }).sync(goAhead)).rejects.toEqual(
      new SyncFolderError('server-key-unreadable'),
    );
  });

  it('after a restart pulls only what is new; a damaged record of where it was costs one full pull and nothing else', async () => {
    const laptopMachine = await computer();
    const laptop = await createdVault();
    const { choice: laptopChoice, account } = await enrolled(laptopMachine);
    const laptopRunner = createSyncRunner({ vault: callsOf(laptop.vault), host: laptopMachine.host });
    await callsOf(laptop.vault)('sync.setFolder', laptopChoice);
    for (const name of ['Amara', 'Bexley', 'Calloway']) {
      await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: name } });
      expect(await laptopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pushed: 1 });
    }

    // The desktop (the same notebook) pulls the laptop's three segments, and sends one of its own.
    const desktopMachine = await computer();
    const desktop = await createdVault();
    const { choice } = await enrolled(desktopMachine, account);
    await callsOf(desktop.vault)('sync.setFolder', choice);
    await desktop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Delphine' } });
    expect(await createSyncRunner({ vault: callsOf(desktop.vault), host: desktopMachine.host }).sync(goAhead)).toMatchObject({
      outcome: 'synced',
      pulled: { added: 3 },
      pushed: 1,
    });
    expect(desktopMachine.pulled).toHaveLength(3);

    // The laptop writes one more; the desktop starts again and pulls only that one (not its own either).
    await laptop.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Esperanza' } });
    expect(await laptopRunner.sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 1 }, pushed: 1 });
    const restarted = await computer({ dataDir: desktopMachine.dataDir });
    const restartedRunner = () => createSyncRunner({ vault: callsOf(desktop.vault), host: restarted.host });
    expect(await restartedRunner().sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 1 }, pushed: 0 });
    expect(restarted.pulled).toEqual([`${(await callsOf(laptop.vault)('sync.identity')).deviceId}/4`]);
    // Nothing new: nothing pulled.
    expect(await restartedRunner().sync(goAhead)).toMatchObject({ outcome: 'synced', pulled: { added: 0 }, pushed: 0 });
    expect(restarted.pulled).toHaveLength(1);

    // A damaged record of where it was (a disk error, a cut-off write): the next start pulls everything, and finds nothing changed.
    const positions = join(desktopMachine.dataDir, 'sync-server-positions.json');
    await writeFile(positions, (await readFile(positions, 'utf8')).slice(0, 40));
    const afterDamage = await computer({ dataDir: desktopMachine.dataDir });
    expect(await createSyncRunner({ vault: callsOf(desktop.vault), host: afterDamage.host }).sync(goAhead)).toMatchObject({
      outcome: 'synced',
      pulled: { added: 0, updated: 0, conflicts: 0 },
      pushed: 0,
      skipped: [],
    });
    expect(afterDamage.pulled).toHaveLength(5);
    expect(JSON.parse(await readFile(positions, 'utf8'))).toMatchObject({
      [`${choice.place}/${(await callsOf(desktop.vault)('sync.identity')).vaultId}`]: { listedTo: 5 },
    });
  });
});
