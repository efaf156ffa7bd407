/**
 * Benchmarks that run in Chromium, beside the app (same origin, so they seed the app's own
 * IndexedDB). Built separately from the app: no bench code ships.
 */
import { loadSodium } from '@shared/crypto/sodium';
import { argon2id, calibrateKdfCost } from '@shared/crypto/kdf';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { deriveVaultSubkey } from '@shared/crypto/subkeys';
import { fromUtf8, randomBytes, randomId, utf8 } from '@shared/crypto/bytes';
import { VaultDatabase } from '../../../renderer/src/vault/database';
import { Vault } from '../../../renderer/src/vault/vault';
import { COMMUNITY_VAULT_POLICY } from '../../../renderer/src/vault/vault-policy';
import { sampleNoteFields, sampleRecordBody } from './sample-records';
import { seedLargeNotebook } from './large-notebook';
import { readEveryRecordOnce, readEveryRowOnly, timeSearchAndNoteSaves } from './large-notebook-timings';
import { backupFloors } from './backup-floors';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function kdf() {
  const sodium = await loadSodium();
  const cost = calibrateKdfCost(sodium);
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    argon2id(sodium, utf8('orchard kettle lantern drift'), randomBytes(16), cost);
    runs.push(performance.now() - started);
  }
  return {
    opsLimit: cost.opsLimit,
    memLimitMiB: cost.memLimitBytes / 2 ** 20,
    floorProbeMs: Math.round(cost.measuredMs),
    derivationMsMedian: Math.round(median(runs)),
  };
}

async function recordThroughput(count: number) {
  const sodium = await loadSodium();
  const key = deriveVaultSubkey(sodium, randomBytes(32), 'records');
  const vaultId = randomId();
  const bodies = Array.from({ length: count }, (_, i) => utf8(JSON.stringify(sampleRecordBody(i))));
  const ids = bodies.map(() => randomId());
  const rev = '2026-11-23T06:49:41.123Z-0000-0123456789abcdef';
  let started = performance.now();
  const sealed = bodies.map((body, i) => sealRecord(sodium, key, { vaultId, recordId: ids[i]!, rev }, body));
  const encryptMs = performance.now() - started;
  started = performance.now();
  let chars = 0;
  sealed.forEach((envelope, i) => (chars += fromUtf8(openRecord(sodium, key, { vaultId, recordId: ids[i]!, rev }, envelope)).length));
  const decryptMs = performance.now() - started;
  const bytes = bodies.reduce((sum, body) => sum + body.length, 0);
  return {
    records: count,
    averageRecordBytes: Math.round(bytes / count),
    encryptMs: Math.round(encryptMs),
    decryptMs: Math.round(decryptMs),
    encryptRecordsPerSecond: Math.round(count / (encryptMs / 1000)),
    decryptRecordsPerSecond: Math.round(count / (decryptMs / 1000)),
    checkedChars: chars,
  };
}

/** Creates the app's vault with this passphrase and fills it: people plus notes about them. */
async function seedVault(passphrase: string, people: number, notesPerPerson: number) {
  const sodium = await loadSodium();
  const vault = new Vault(new VaultDatabase(), sodium);
  vault.configure(COMMUNITY_VAULT_POLICY);
  await vault.prepareCreate(passphrase);
  await vault.confirmCreate();
  const started = performance.now();
  let saves = 0;
  for (let p = 0; p < people; p++) {
    const person = await vault.records.save({
      id: null,
      kind: 'person',
      changes: { preferredName: `Person ${p}`, pronouns: 'they/them', importantToMe: sampleRecordBody(p).fields.text },
    });
    saves++;
    for (let n = 0; n < notesPerPerson; n++) {
      await vault.records.save({ id: null, kind: 'service-note', parentId: person.id, changes: sampleNoteFields(p * 1000 + n) });
      saves++;
    }
  }
  const seedMs = performance.now() - started;
  // Reading everything back through the store: IndexedDB read plus decryption and parsing.
  await vault.lock();
  const fresh = new Vault(new VaultDatabase(), sodium);
  fresh.configure(COMMUNITY_VAULT_POLICY);
  await fresh.unlock(passphrase);
  const readStarted = performance.now();
  const notes = await fresh.records.list('service-note');
  const readMs = performance.now() - readStarted;
  await fresh.lock();
  return { records: saves, saveMsAverage: +(seedMs / saves).toFixed(2), readAndDecryptMs: Math.round(readMs), readRecords: notes.length };
}

Object.assign(window, {
  bench: {
    kdf,
    recordThroughput,
    seedVault,
    seedLargeNotebook,
    timeSearchAndNoteSaves,
    readEveryRecordOnce,
    readEveryRowOnly,
    ...backupFloors,
  },
});
document.title = 'bench ready';
