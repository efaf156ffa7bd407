/**
 * Three computers on one notebook, syncing through one folder: random edits (often to the same
 * field), deletes, conflict resolutions and syncs in random orders, some syncs cut off (a drive
 * pulled mid-write, the app closed right after a write). After everyone syncs twice, all three
 * hold the same records, and every edit ever made is the value shown or a visible conflict,
 * unless a later edit was made having seen it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { conflictsOf } from '@shared/sync/field-merge';
import { registersOf, withRegisters } from '@shared/records/record-body';
import { createSyncRunner, type SyncRunner } from '../../../../renderer/src/features/sync/sync-runner';
import type { VaultDatabase } from '../../../../renderer/src/vault/database';
import type { Vault } from '../../../../renderer/src/vault/vault';
import { createdVault, openTestVault, PASSPHRASE, recordOf, TestClock, callsOf } from '../../vault/vault-fixture';
import { MemorySyncFolder, type WriteFailure } from './sync-fixture';

const FIELDS = ['phone', 'pronouns', 'notes'] as const;
const RECORDS = 2;
/**
 * Cases per run: each drives three real vaults over fake-indexeddb (about 0.1 s), so 150 keeps the
 * suite quick. Every run draws new cases from the same space (any mix of up to 14 steps), so runs
 * add up; a failure prints its seed to replay. The store-free property (merge-copies.property.test.ts)
 * runs thousands. SYNC_PROPERTY_RUNS=5000 to go further.
 */
const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 150);

type Op =
  | { op: 'edit'; device: number; record: number; field: (typeof FIELDS)[number] }
  | { op: 'delete'; device: number; record: number }
  | { op: 'resolve'; device: number }
  | { op: 'sync'; device: number; failure: WriteFailure | null }
  | { op: 'tick'; ms: number };

const device = fc.integer({ min: 0, max: 2 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      device,
      record: fc.integer({ min: 0, max: RECORDS - 1 }),
      field: fc.constantFrom(...FIELDS),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), device, record: fc.integer({ min: 0, max: RECORDS - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('resolve' as const), device }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('sync' as const),
      device,
      failure: fc.constantFrom(null, null, 'pulled' as const, 'killed' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 3 }) }) },
);

interface Computer {
  vault: Vault;
  db: VaultDatabase;
  runner: (folder: MemorySyncFolder) => SyncRunner;
}

const clock = new TestClock();
let computers: Computer[];

beforeAll(async () => {
  const first = await createdVault({ clock });
  const header = await first.vault.storedHeader();
  const others = await Promise.all([openTestVault({ clock }), openTestVault({ clock })]);
  for (const other of others) await other.vault.join({ header, passphrase: PASSPHRASE });
  computers = [first, ...others].map(({ vault, db }) => {
    const vault_ = callsOf(vault);
    return { vault, db, runner: (folder) => createSyncRunner({ vault: vault_, host: folder.host() }) };
  });
}, 60_000);

const goAhead = { ask: async () => true };

/** A record's registers as this computer holds them, in one canonical form. */
async function canonical(vault: Vault, id: string): Promise<string | null> {
  const [record] = await vault.records.bodies([id]);
  if (!record) return null;
  return JSON.stringify(withRegisters(record.body, registersOf(record.body, record.rev)));
}

async function liveValues(vault: Vault, id: string, field: string): Promise<unknown[]> {
  const [record] = await vault.records.bodies([id]);
  if (!record) return [];
  return (registersOf(record.body, record.rev)[field] ?? []).map((version) => version.value);
}

async function runCase(ops: Op[]): Promise<void> {
  for (const { db } of computers) await db.records.clear();
  const folder = new MemorySyncFolder();
  const runners = computers.map(({ vault, runner }) => {
    const sync = runner(folder);
    return { vault, sync };
  });
  for (const { vault } of computers) await callsOf(vault)('sync.setFolder', folder.choice);

  // The laptop starts the records; everyone has them before the random part.
  const ids: string[] = [];
  for (let i = 0; i < RECORDS; i++)
    ids.push((await computers[0]!.vault.records.save({ id: null, kind: 'person', changes: { preferredName: `Person ${i}` } })).id);
  for (const { sync } of runners) expect((await sync.sync(goAhead)).outcome).toBe('synced');
  await runners[0]!.sync.sync(goAhead);

  /** Every edit made, and whether a later write on the same computer was made having seen it. */
  const edits: { id: string; field: string; value: string; superseded: boolean }[] = [];
  const supersedeLive = async (vault: Vault, id: string, fields: readonly string[]) => {
    for (const field of fields) {
      const live = await liveValues(vault, id, field);
      for (const edit of edits) if (edit.id === id && edit.field === field && live.includes(edit.value)) edit.superseded = true;
    }
  };

  let counter = 0;
  for (const step of ops) {
    if (step.op === 'tick') {
      clock.tick(step.ms);
      continue;
    }
    const { vault, sync } = runners[step.device]!;
    if (step.op === 'edit') {
      const id = ids[step.record]!;
      if (!(await recordOf(vault, id))) continue;
      const value = `d${step.device}-${counter++}`;
      await supersedeLive(vault, id, [step.field]);
      await vault.records.save({ id, kind: 'person', changes: { [step.field]: value } });
      edits.push({ id, field: step.field, value, superseded: false });
    } else if (step.op === 'delete') {
      const id = ids[step.record]!;
      if (!(await recordOf(vault, id))) continue;
      await supersedeLive(vault, id, FIELDS);
      await vault.records.remove('person', id);
    } else if (step.op === 'resolve') {
      const { conflicts } = await callsOf(vault)('conflicts.list', {});
      const first = conflicts.find((conflict) => conflict.fields.length > 0);
      if (!first) continue;
      const { field, versions } = first.fields[0]!;
      await supersedeLive(vault, first.recordId, [field]);
      await callsOf(vault)('conflicts.resolve', { recordId: first.recordId, field, value: versions[versions.length - 1]!.value });
    } else {
      folder.failNextWrite = step.failure;
      await sync.sync(goAhead).catch((error: unknown) => {
        if (!(error instanceof Error) || !/drive|closed/.test(error.message + error.name)) throw error;
      });
      folder.failNextWrite = null;
    }
  }

  for (let round = 0; round < 2; round++) for (const { sync } of runners) expect((await sync.sync(goAhead)).outcome).toBe('synced');

  for (const id of ids) {
    const copies = await Promise.all(computers.map(({ vault }) => canonical(vault, id)));
    expect(copies[1]).toBe(copies[0]);
    expect(copies[2]).toBe(copies[0]);
    const [record] = await computers[0]!.vault.records.bodies([id]);
    if (!record) throw new Error(`${id} is on every computer`);
    const registers = registersOf(record.body, record.rev);
    const overDelete = conflictsOf(registers).deletedOverEdits.map(({ field, version }) => `${field}=${String(version.value)}`);
    for (const edit of edits.filter((e) => e.id === id && !e.superseded)) {
      const live = (registers[edit.field] ?? []).map((version) => version.value);
      expect(live, `${edit.field}=${edit.value} is kept`).toContain(edit.value);
      if (record.body.deleted)
        expect(overDelete, `${edit.field}=${edit.value} shows over the delete`).toContain(`${edit.field}=${edit.value}`);
    }
  }
  // Nothing waits anywhere once everyone has synced.
  for (const { vault } of computers) expect(await vault.sync.waitingRevisions()).toEqual([]);
}

describe('three computers syncing through one folder', () => {
  it('end with the same records, with every edit shown or kept as a conflict', async () => {
    await fc.assert(fc.asyncProperty(fc.array(opArb, { maxLength: 14 }), runCase), { numRuns: RUNS });
  }, 600_000);
});
