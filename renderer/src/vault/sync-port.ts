/**
 * The narrow port the sync engine (features/sync/worker/sync-handlers.ts) works through: the notebook's
 * identity, sealed segments in and out, the revisions waiting to go, sync bookkeeping, and one
 * call that merges what came in. Nothing here knows a folder or a server.
 *
 * A merge runs as one unit of work in the vault's queue: the stored rows it is worked out from are
 * read inside it, the fail-safe (a sync that would remove more than half the notebook stops and
 * asks) is decided on them, and the merged revisions, the acknowledgement of this computer's own
 * revisions and the bookkeeping of which segments were applied commit in one transaction. A save
 * asked for during a sync waits its turn and is never overwritten.
 */
import type { z } from 'zod';
import type { VaultHeader } from '@shared/crypto/vault-header';
import { openSegment, sealSegment, type SegmentRevision } from '@shared/sync/sync-segment';
import type { StoredRecord } from './database';
import type { CoreParts } from './core-parts';
import type { SyncMetaKey } from './meta-store';
import { openRow, type DecryptedRecord } from './record-codec';
import type { RecordStore } from './record-store';
import { planMerge, stageMerge, type IncomingRevision, type MergeResult } from './merge-revisions';
import { NoVaultError } from './errors';

/** Fewer deletes than this never count as a mass delete (one record of two is not a wiped notebook). */
export const MASS_DELETE_FLOOR = 2;

/**
 * Rows read at once while filling a segment: enough to fill what is left at the average size so
 * far (a few to begin with), so few are read past its end.
 */
function pageSizeFor(bytesLeft: number, averageBytes: number): number {
  if (!Number.isFinite(bytesLeft)) return MAX_PAGE;
  if (averageBytes === 0) return FIRST_PAGE;
  return Math.min(MAX_PAGE, Math.max(1, Math.ceil(bytesLeft / averageBytes)));
}
const FIRST_PAGE = 8;
const MAX_PAGE = 512;

export type MergeOutcome = { stopped: 'mass-delete'; deleting: number; of: number } | { stopped: null; merge: MergeResult };

export class SyncPort {
  constructor(
    private readonly core: CoreParts,
    private readonly records: RecordStore,
  ) {}

  get isUnlocked(): boolean {
    return this.core.keys.isOpen;
  }

  /** This notebook's id, this computer's, and its header (key slots only) as the folder keeps it. */
  async identity(): Promise<{ vaultId: string; deviceId: string; header: VaultHeader }> {
    const session = this.core.keys.require();
    const header = await this.core.meta.get('header');
    if (!header) throw new NoVaultError();
    return { vaultId: session.header.vaultId, deviceId: session.clock.deviceId, header };
  }

  /** Sync bookkeeping (which folder, which segments were applied, when): nothing about anyone. */
  async readState<S extends z.ZodType>(key: SyncMetaKey, schema: S): Promise<z.output<S> | undefined> {
    this.core.keys.require();
    return this.core.meta.getSync(key, schema);
  }

  writeState(key: SyncMetaKey, value: unknown): Promise<void> {
    return this.core.queue.run(async () => {
      this.core.keys.require();
      await this.core.meta.putSync(key, value);
    });
  }

  /** Reads and rewrites one piece of bookkeeping as one write (nothing else writes in between). */
  updateState<S extends z.ZodType>(key: SyncMetaKey, schema: S, update: (current: z.output<S> | undefined) => unknown): Promise<void> {
    return this.core.queue.run(async () => {
      this.core.keys.require();
      await this.core.db.transaction('rw', this.core.db.meta, () => this.updateStateInTransaction(key, schema, update));
    });
  }

  /** The same, inside the caller's transaction (a merge's, an acknowledgement's). */
  async updateStateInTransaction<S extends z.ZodType>(
    key: SyncMetaKey,
    schema: S,
    update: (current: z.output<S> | undefined) => unknown,
  ): Promise<void> {
    await this.core.meta.putSync(key, update(await this.core.meta.getSync(key, schema)));
  }

  /** How many revisions wait for a remote: counted on the index (no ciphertext read), less the damaged ones that will never go. */
  async countWaiting(): Promise<number> {
    const session = this.core.keys.require();
    const dirty = await this.core.db.records.where('dirty').equals(1).count();
    const damaged = session.damaged.list();
    if (damaged.length === 0) return dirty;
    const rows = await this.core.db.records.bulkGet(damaged.map(({ id }) => id));
    return dirty - rows.filter((row) => row?.dirty === 1).length;
  }

  async countConflicts(): Promise<number> {
    return (await this.records.conflictedRecords()).length;
  }

  /**
   * Revisions not yet acknowledged by a remote, in id order, up to about `upToBytes` of ciphertext
   * (at least one), each checked to open first: a damaged one is not sent (it would only fail on
   * the other computer) and is noted, so the peer hears of it. Only the waiting ids are listed
   * whole; rows are read a page at a time, and only as many as fill the bytes asked for, so a push
   * of many segments reads and opens each revision once, not the whole backlog per segment.
   */
  async waitingRevisions(upToBytes = Infinity): Promise<StoredRecord[]> {
    const session = this.core.keys.require();
    const ids = await this.core.db.records.where('dirty').equals(1).primaryKeys();
    this.core.keys.assertCurrent(session);
    const chosen: StoredRecord[] = [];
    let bytes = 0;
    for (let next = 0; next < ids.length;) {
      const page = ids.slice(next, next + pageSizeFor(upToBytes - bytes, chosen.length === 0 ? 0 : bytes / chosen.length));
      next += page.length;
      const rows = await this.core.db.records.bulkGet(page);
      this.core.keys.assertCurrent(session);
      for (const row of rows) {
        // Acknowledged (or gone) since the ids were listed.
        if (row?.dirty !== 1) continue;
        if (chosen.length > 0 && bytes + row.ct.length > upToBytes) return chosen;
        if (this.records.openUncached(session, row) === null) continue;
        chosen.push(row);
        bytes += row.ct.length;
      }
    }
    return chosen;
  }

  /** Seals revisions into a segment of this device's (shared/sync/sync-segment.ts) under the vault's sync subkey. */
  sealSegment(seq: number, revisions: readonly SegmentRevision[]): Uint8Array<ArrayBuffer> {
    const session = this.core.keys.require();
    const name = { vaultId: session.header.vaultId, deviceId: session.clock.deviceId, seq };
    return this.core.keys.withSubkey(session.vaultKey, 'sync', (key) => sealSegment(this.core.sodium, key, name, revisions));
  }

  /** Opens a segment (under the current key or a retired one), or throws SyncSegmentUnreadableError (another notebook's, renamed, damaged). */
  openSegment(name: { deviceId: string; seq: number }, bytes: Uint8Array): SegmentRevision[] {
    const session = this.core.keys.require();
    const { keys, sodium } = this.core;
    return keys.withAnyKey(session, (vaultKey) =>
      keys.withSubkey(vaultKey, 'sync', (key) => openSegment(sodium, key, { vaultId: session.header.vaultId, ...name }, bytes)),
    );
  }

  /**
   * A revision from a segment, opened and refused (TamperedDataError) unless sealed for this
   * vault, record and revision. One sealed under a retired key (another computer wrote it before
   * it learnt of a key change) opens too; it is stored sealed under the current key.
   */
  openIncoming(row: SegmentRevision): DecryptedRecord {
    const session = this.core.keys.require();
    const { keys, sodium } = this.core;
    const vaultId = session.header.vaultId;
    return keys.withAnyKey(session, (vaultKey) =>
      vaultKey === session.vaultKey
        ? openRow(sodium, { vaultId, recordKey: session.recordKey }, row, { checkAuditSeq: false })
        : keys.withSubkey(vaultKey, 'records', (recordKey) => openRow(sodium, { vaultId, recordKey }, row, { checkAuditSeq: false })),
    );
  }

  /**
   * Merges revisions that came in, in one unit of work: unless `confirmMassDelete`, a merge that
   * would remove more than half of the notebook's live records stops before anything changes.
   * `alsoCommit` runs in the same transaction (acknowledgements, bookkeeping).
   */
  merge(
    incoming: readonly IncomingRevision[],
    options: { confirmMassDelete: boolean; alsoCommit?: () => Promise<void> },
  ): Promise<MergeOutcome> {
    return this.records.write(async (tx) => {
      const plan = await planMerge(tx, incoming, { from: 'sync' });
      if (plan.deletes >= MASS_DELETE_FLOOR && !options.confirmMassDelete) {
        // Only when a merge removes records at all: the whole table is scanned once.
        const live = await this.core.db.records.filter((row) => row.deleted === 0).count();
        if (plan.deletes * 2 > live) return { stopped: 'mass-delete', deleting: plan.deletes, of: live } as const;
      }
      const merge = stageMerge(tx, plan);
      if (options.alsoCommit) tx.inTransaction(options.alsoCommit);
      return { stopped: null, merge } as const;
    });
  }

  /**
   * Clears the sync flag of revisions a remote now holds, unless the record changed since; inside
   * a merge's transaction, or as its own write. Returns how many were cleared.
   */
  async acknowledgeInTransaction(revisions: readonly { id: string; rev: string }[]): Promise<number> {
    const rows = await this.core.db.records.bulkGet(revisions.map(({ id }) => id));
    const done = rows.filter((row, i): row is StoredRecord => row !== undefined && row.dirty === 1 && row.rev === revisions[i]!.rev);
    await this.core.db.records.bulkPut(done.map((row) => ({ ...row, dirty: 0 as const })));
    return done.length;
  }

  /**
   * Marks every revision as waiting again: a remote lost what it had acknowledged (a sync server
   * restored from an older backup), so everything goes to it again. Another computer that already
   * has a revision finds it unchanged.
   */
  markAllWaiting(): Promise<number> {
    return this.core.queue.run(async () => {
      this.core.keys.require();
      const { db } = this.core;
      return db.transaction('rw', db.records, () => db.records.where('dirty').equals(0).modify({ dirty: 1 }));
    });
  }

  /** `acknowledgeInTransaction` as its own write; `alsoCommit` (bookkeeping) runs in the same transaction. */
  acknowledge(revisions: readonly { id: string; rev: string }[], alsoCommit: () => Promise<void>): Promise<number> {
    return this.core.queue.run(async () => {
      this.core.keys.require();
      const { db } = this.core;
      return db.transaction('rw', db.records, db.meta, async () => {
        const acknowledged = await this.acknowledgeInTransaction(revisions);
        await alsoCommit();
        return acknowledged;
      });
    });
  }
}
