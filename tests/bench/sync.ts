/**
 * Sync figures: 10,000 changed records pushed into an empty folder (a real temp folder, written by
 * the main process's sync-folders.ts) and pulled on a second computer joining from it. The vaults
 * run in Node over fake-indexeddb, as in the unit tests, so the times are an upper bound (the app's
 * IndexedDB is faster); the bytes are exact.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomId } from '@shared/crypto/bytes';
import { HybridClock } from '@shared/sync/hlc';
import { applyFieldChanges, newRecordBody } from '@shared/records/record-body';
import { createSyncFolders } from '../../electron/main/sync-folders';
import { syncHostCalls } from '../../electron/main/host-handlers';
import { createSyncRunner } from '../../renderer/src/features/sync/sync-runner';
import { createdVault, openTestVault, PASSPHRASE, callsOf } from '../renderer/vault/vault-fixture';

const RECORDS = 10_000;

async function folderBytes(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(
    entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** A notebook of `records` people, each written once and waiting to sync; the ciphertext bytes waiting. */
export async function notebookOfPeople(records: number) {
  const laptop = await createdVault();
  const clock = new HybridClock(laptop.vault.deviceId);
  for (let start = 0; start < records; start += 1000) {
    const writes = Array.from({ length: Math.min(1000, records - start) }, (_, i) => ({
      // Random ids, as the app makes them: counted ids would compress far better than real ones.
      id: randomId(),
      body: applyFieldChanges(
        newRecordBody('person'),
        {
          preferredName: `Person ${start + i}`,
          phone: '919-555-0142',
          importantToMe: 'Fishing at the lake with my daughter on Saturdays.',
        },
        clock.next(),
      )!,
      dirty: 1 as const,
      baseRev: null,
    }));
    await laptop.vault.records.write((tx) => tx.mergeIn(writes, []));
  }
  const ciphertextBytes = (await laptop.vault.sync.waitingRevisions()).reduce((sum, row) => sum + row.ct.length, 0);
  return { laptop, ciphertextBytes };
}

export async function measureSync(): Promise<object> {
  const folder = await mkdtemp(join(tmpdir(), 'peer-notebook-bench-sync-'));
  const store = await mkdtemp(join(tmpdir(), 'peer-notebook-bench-sync-store-'));
  try {
    const { laptop, ciphertextBytes } = await notebookOfPeople(RECORDS);

    const host = syncHostCalls(createSyncFolders({ chooseFolder: async () => folder, storePath: join(store, 'sync-folders.json') }));
    const ask = async () => true;
    const push = createSyncRunner({ vault: callsOf(laptop.vault), host });
    await push.chooseFolder();
    let started = performance.now();
    const pushed = await push.sync({ ask });
    const pushMs = performance.now() - started;
    const bytesWritten = await folderBytes(folder);

    const desktop = await openTestVault();
    const pull = createSyncRunner({ vault: callsOf(desktop.vault), host });
    const choice = (await host.chooseSyncFolder())!;
    started = performance.now();
    const joined = await pull.join(choice, { passphrase: PASSPHRASE }, { ask });
    const pullMs = performance.now() - started;

    return {
      records: RECORDS,
      ciphertextBytes,
      push: {
        ms: Math.round(pushMs),
        bytesWritten,
        overheadRatio: Number((bytesWritten / ciphertextBytes).toFixed(3)),
        outcome: pushed.outcome,
      },
      // Joining includes one Argon2id derivation at the floor (64 MiB, 3 passes).
      pullOnSecondComputer: {
        ms: Math.round(pullMs),
        bytesWrittenToFolder: (await folderBytes(folder)) - bytesWritten,
        outcome: joined.outcome,
        added: joined.outcome === 'synced' ? joined.pulled.added : 0,
      },
      note: 'vaults in Node over fake-indexeddb; folder on the local disk',
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
    await rm(store, { recursive: true, force: true });
  }
}
