/**
 * The sync runner, on the window's side: it moves sealed segments between the sync folder (host
 * calls) and the vault worker's sync engine (sync-handlers.ts), reports progress, and stops at
 * the fail-safes with a question the screen asks the peer.
 *
 * API (for the screens):
 *
 *   const runner = createSyncRunner({ vault, host });        // vault = useVault(), host = useHost()
 *   await runner.chooseFolder()                               // dialog; remembered for this notebook; null if cancelled
 *   await runner.sync({ ask, onProgress })                    // one full sync with the chosen folder
 *   await runner.join(folder, { passphrase } | { recoveryCode }, { ask, onProgress })  // first run: open a notebook from a folder
 *
 *   ask(question: SyncQuestion) => Promise<boolean>           // true: go ahead; false: stop, nothing more is changed
 *   onProgress({ phase: 'pull' | 'push', done, total })
 *
 * sync() and join() resolve to a SyncOutcome ('synced' | 'stopped' | 'refused' | 'no-folder' |
 * 'key-changed' | ..., see below) and throw SyncFolderError (its `problem` says which: drive gone, disk full, ...) when
 * the folder cannot be used, or a VaultCallError from the vault (WrongSecretError when joining
 * with a wrong passphrase, ClockDriftError when another computer's clock is far ahead). A
 * 'synced' outcome lists what in the folder was skipped (strays, unreadable or unopened
 * segments), each once: one such item never stops a sync.
 * Status for the top bar: vault('sync.status'); conflicts: vault('conflicts.list' | 'conflicts.resolve').
 *
 * Safe to interrupt anywhere: a segment is acknowledged only after it is written whole, and a
 * segment applied is remembered only after its merge committed, so the next sync redoes exactly
 * what was not done.
 */
import { type Message } from '@shared/messages';
import {
  byWhere,
  syncSegmentWhere,
  type HostApi,
  type SyncFolderChoice,
  type SyncFolderProblem,
  type SyncSegmentInfo,
  type SyncStray,
} from '@shared/host-api';
import type { VaultCall } from '../../ui/vault-client';
import type { MergeResult } from '../../vault/merge-revisions';
import type { HeaderCheck, SegmentRef } from './worker/sync-handlers';

export type SyncHost = Pick<
  HostApi,
  'chooseSyncFolder' | 'listSyncVaults' | 'readSyncHeader' | 'writeSyncHeader' | 'listSyncSegments' | 'readSyncSegment' | 'writeSyncSegment'
>;

/** A question a sync stops at until the peer answers. */
export type SyncQuestion =
  /** The changes brought in would delete `deleting` of the `of` records in this notebook. */
  | { kind: 'mass-delete'; deleting: number; of: number }
  /** The folder holds another notebook (or several), and not this one: is it the right folder? */
  | { kind: 'other-notebook' }
  /** This notebook synced with this folder before, and now nothing of it is there: a different or wiped folder? */
  | { kind: 'folder-empty' }
  /** Joining: the folder's notebook has no records in it yet. */
  | { kind: 'join-empty' };

export interface SyncProgress {
  phase: 'pull' | 'push';
  done: number;
  total: number;
}

export interface SyncHooks {
  ask(question: SyncQuestion): Promise<boolean>;
  onProgress?(progress: SyncProgress): void;
}

/**
 * Something in the sync folder a sync went past, for the peer to clear away: a stray the folder's
 * listing found, a sync file this computer may not read, or a segment that did not open (damaged,
 * cut short, another notebook's: 'damaged'; written by a newer app: 'newer-format'), or one that
 * opened with records in it that did not ('records-damaged').
 */
export type SkippedItem =
  | { where: string; kind: SyncStray['kind'] | 'damaged' | 'newer-format' }
  /** A segment that opened, but `count` of the records in it did not (damaged where they were written): the rest came in. */
  | { where: string; kind: 'records-damaged'; count: number };

export type SyncOutcome =
  | {
      outcome: 'synced';
      /** What came in: records added, updated, skipped, and how many now hold a conflict. */
      pulled: MergeResult;
      /** Revisions sent. */
      pushed: number;
      /** What in the folder was skipped, each once, in the order of where it is; everything else synced. */
      skipped: SkippedItem[];
      at: string;
    }
  /** The peer answered "stop" to this question; nothing after it was done. */
  | { outcome: 'stopped'; question: SyncQuestion['kind'] }
  /**
   * The notebook's key was changed on another computer: what still opened was pulled, nothing was
   * pushed. The peer types their passphrase to take on `header` (vault 'keyChange.adopt').
   */
  | { outcome: 'key-changed'; header: string; pulled: MergeResult }
  /** The folder's notebook header was refused (key settings below the floor, damaged, newer format); nothing was used. */
  | { outcome: 'refused'; reason: Extract<HeaderCheck, { ok: false }>['reason']; messages: readonly Message[] }
  /** No folder chosen yet. */
  | { outcome: 'no-folder' }
  /** Joining: the folder holds no notebook. */
  | { outcome: 'no-notebook' };

/** The folder could not be used: `problem` says why (drive gone, disk full, something in the way at `where`); the window words it. */
export class SyncFolderError extends Error {
  constructor(
    readonly problem: SyncFolderProblem['problem'],
    readonly where?: string,
  ) {
    super(`The sync folder could not be used (${problem}).`);
    this.name = 'SyncFolderError';
  }
}

/** Segments pulled are applied in batches of about this many bytes. */
const PULL_BATCH_BYTES = 32 * 1024 * 1024;

/** A host call's answer, or the SyncFolderError its problem is. */
export function unwrap<T extends { ok: true }>(result: T | SyncFolderProblem): T {
  if (!result.ok) throw new SyncFolderError(result.problem, result.where);
  return result;
}

const emptyMerge = (): MergeResult => ({ added: 0, updated: 0, skipped: 0, repaired: 0, conflicts: 0 });

export function createSyncRunner({ vault, host }: { vault: VaultCall; host: SyncHost }) {
  /** One full sync with `folder`: check the folder, pull what is new, push what waits. */
  async function syncWith(folder: SyncFolderChoice, hooks: SyncHooks): Promise<SyncOutcome> {
    const remote = folder.place;
    const { vaultId, deviceId, header } = await vault('sync.identity');
    const { vaultIds, strays } = unwrap(await host.listSyncVaults(folder.place));
    const known = await vault('sync.remote', { remote });
    const skipped: SkippedItem[] = [...strays];
    let listing: SyncSegmentInfo[] = [];
    let historyLost = false;
    if (vaultIds.includes(vaultId)) {
      const listed = unwrap(await host.listSyncSegments(folder.place, vaultId));
      listing = listed.segments;
      skipped.push(...listed.strays);
      historyLost = listed.historyLost === true;
    }
    if (known.everSynced && listing.length === 0) {
      if (!(await hooks.ask({ kind: 'folder-empty' }))) return { outcome: 'stopped', question: 'folder-empty' };
      // Wiped, or restored from before this notebook was there: it gets the whole notebook, not only what changed since.
      historyLost = true;
    } else if (!vaultIds.includes(vaultId) && vaultIds.length > 0) {
      if (!(await hooks.ask({ kind: 'other-notebook' }))) return { outcome: 'stopped', question: 'other-notebook' };
    }

    // The header there is checked before anything else in the folder is used, and kept current.
    const there = unwrap(await host.readSyncHeader(folder.place, vaultId)).header;
    let newerKey = false;
    if (there === null) unwrap(await host.writeSyncHeader(folder.place, vaultId, header));
    else {
      const check = await vault('sync.checkHeader', { header: there });
      if (!check.ok) return { outcome: 'refused', reason: check.reason, messages: check.messages };
      if (check.replace) unwrap(await host.writeSyncHeader(folder.place, vaultId, header));
      newerKey = check.newerKey;
    }

    // Pull: every segment not applied yet, in batches.
    const pulled = emptyMerge();
    const wanted = await vault('sync.wanted', {
      remote,
      available: listing.map(({ deviceId: device, seq }) => ({ deviceId: device, seq })),
    });
    const sizes = new Map(listing.map((info) => [`${info.deviceId}/${info.seq}`, info.bytes]));
    let confirmMassDelete = false;
    for (let start = 0; start < wanted.length;) {
      const batch: SegmentRef[] = [];
      let bytes = 0;
      while (start < wanted.length && (batch.length === 0 || bytes < PULL_BATCH_BYTES)) {
        const ref = wanted[start++]!;
        batch.push(ref);
        bytes += sizes.get(`${ref.deviceId}/${ref.seq}`) ?? 0;
      }
      const segments: (SegmentRef & { bytes: Uint8Array })[] = [];
      for (const ref of batch) {
        const read = await host.readSyncSegment(folder.place, vaultId, ref.deviceId, ref.seq);
        // A segment listed a moment ago and gone now (a cloud folder still settling): next time.
        if (!read.ok && read.problem === 'segment-missing') continue;
        if (!read.ok && read.problem === 'segment-unreadable') {
          skipped.push({ where: syncSegmentWhere(vaultId, ref.deviceId, ref.seq), kind: 'not-readable' });
          continue;
        }
        segments.push({ ...ref, bytes: unwrap(read).bytes });
      }
      let applied = await vault('sync.apply', { remote, segments, confirmMassDelete });
      if (applied.stopped === 'mass-delete') {
        if (!(await hooks.ask({ kind: 'mass-delete', deleting: applied.deleting, of: applied.of })))
          return { outcome: 'stopped', question: 'mass-delete' };
        confirmMassDelete = true;
        applied = await vault('sync.apply', { remote, segments, confirmMassDelete });
      }
      if (applied.stopped === null) {
        for (const key of ['added', 'updated', 'skipped', 'conflicts'] as const) pulled[key] += applied.merge[key];
        for (const { deviceId: device, seq, reason } of applied.unreadable)
          skipped.push({ where: syncSegmentWhere(vaultId, device, seq), kind: reason === 'newer-format' ? 'newer-format' : 'damaged' });
        for (const { deviceId: device, seq, count } of applied.damagedRevisions)
          skipped.push({ where: syncSegmentWhere(vaultId, device, seq), kind: 'records-damaged', count });
      }
      hooks.onProgress?.({ phase: 'pull', done: start, total: wanted.length });
    }
    // Segments under the new key stay unapplied and open once the key is taken on; nothing goes out under the old one.
    if (newerKey && there !== null) return { outcome: 'key-changed', header: there, pulled };

    // The remote went back in time (a server restored from a backup): what it lost is sent again.
    if (historyLost) await vault('sync.resendAll');

    // Push: what waits here, one segment at a time, each acknowledged only once written whole.
    // A number this computer used before is never used again, even if the remote lost that segment:
    // another computer may have applied it, and would take a new one under that name for the old.
    const { waiting } = await vault('sync.status');
    let seq = Math.max(known.lastOwnSeq, ...listing.filter((info) => info.deviceId === deviceId).map((info) => info.seq)) + 1;
    let pushed = 0;
    for (let round = 0; round < 100_000; round++) {
      const outgoing = await vault('sync.outgoing', { seq });
      if (!outgoing) break;
      const written = await host.writeSyncSegment(folder.place, vaultId, deviceId, seq, outgoing.bytes);
      // That number is taken (a write this device made but never heard back from): it is acknowledged next time.
      if (!written.ok && written.problem === 'segment-exists') {
        seq++;
        continue;
      }
      unwrap(written);
      await vault('sync.acknowledge', { remote, seq, revisions: outgoing.revisions });
      pushed += outgoing.revisions.length;
      seq++;
      hooks.onProgress?.({ phase: 'push', done: Math.min(pushed, waiting), total: waiting });
    }

    const at = new Date().toISOString();
    await vault('sync.finish', { remote, at });
    skipped.sort(byWhere);
    return { outcome: 'synced', pulled, pushed, skipped, at };
  }

  return {
    /** Asks for a folder (native dialog) and remembers it for this notebook; null when the peer cancelled. */
    async chooseFolder(): Promise<SyncFolderChoice | null> {
      const folder = await host.chooseSyncFolder();
      if (folder) await vault('sync.setFolder', folder);
      return folder;
    },

    /** One full sync with this notebook's folder. */
    async sync(hooks: SyncHooks): Promise<SyncOutcome> {
      const folder = await vault('sync.folder');
      return folder ? syncWith(folder, hooks) : { outcome: 'no-folder' };
    },

    /**
     * First run on this computer: opens the notebook kept in `folder` (from host.chooseSyncFolder)
     * with its passphrase or recovery code, remembers the folder, then brings every record over.
     * With several notebooks in the folder, the most recently created is opened.
     */
    async join(
      folder: SyncFolderChoice,
      secret: { passphrase: string } | { recoveryCode: string },
      hooks: SyncHooks,
    ): Promise<SyncOutcome> {
      const { vaultIds } = unwrap(await host.listSyncVaults(folder.place));
      const candidates: { vaultId: string; header: string; createdAt: string }[] = [];
      let refused: Extract<HeaderCheck, { ok: false }> | null = null;
      for (const vaultId of vaultIds) {
        const { header } = unwrap(await host.readSyncHeader(folder.place, vaultId));
        if (header === null) continue;
        const check = await vault('sync.checkHeader', { header });
        if (check.ok && check.vaultId === vaultId) candidates.push({ vaultId, header, createdAt: check.createdAt });
        else if (!check.ok) refused = check;
      }
      const chosen = candidates.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
      if (!chosen) return refused ? { outcome: 'refused', reason: refused.reason, messages: refused.messages } : { outcome: 'no-notebook' };
      const { segments } = unwrap(await host.listSyncSegments(folder.place, chosen.vaultId));
      if (segments.length === 0 && !(await hooks.ask({ kind: 'join-empty' }))) return { outcome: 'stopped', question: 'join-empty' };
      await vault('vault.joinFromFolder', { header: chosen.header, ...secret });
      await vault('sync.setFolder', folder);
      return syncWith(folder, hooks);
    },
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
