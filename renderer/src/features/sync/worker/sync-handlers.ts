/**
 * The sync engine's vault side (transport-agnostic): it makes the next outgoing segment from the
 * revisions not yet acknowledged, applies incoming segments (verified, decrypted, merged field by
 * field), clears sync flags once a remote holds a revision, and remembers per remote which segments
 * were applied and when it last synced. Moving bytes to and from a remote is the runner's job
 * (sync-runner.ts); nothing here knows a path or a folder.
 *
 * Sync state is derived from the local store and this bookkeeping, never adopted from a remote.
 */
import { type Message, MessageError, say } from '@shared/messages';
import { z } from 'zod';
import { assertKdfParamsAcceptable } from '@shared/crypto/kdf';
import { TamperedDataError } from '@shared/crypto/errors';
import { parseVaultHeader, type VaultHeader } from '@shared/crypto/vault-header';
import { SEGMENT_TARGET_BYTES, SyncSegmentUnreadableError, type SegmentRevision } from '@shared/sync/sync-segment';
import { SyncFolderChoice } from '@shared/host-api';
import type { IncomingRevision, MergeResult } from '../../../vault/merge-revisions';
import type { SyncPort } from '../../../vault/sync-port';
import type { Vault, VaultStatus } from '../../../vault/vault';

/** A segment as the engine names it: the device that wrote it and its number in that device's series. */
export interface SegmentRef {
  deviceId: string;
  seq: number;
}

export interface SyncStatus {
  /** The sync folder chosen for this notebook, as the peer knows it; null before one is chosen. */
  folder: SyncFolderChoice | null;
  /** When each remote (by its id: a folder's place token) last finished a sync. */
  lastSyncedAt: Record<string, string>;
  /** Changes made here that no remote holds yet. */
  waiting: number;
  /** Records holding a conflict for the peer to resolve. */
  conflicts: number;
}

export interface OutgoingSegment {
  vaultId: string;
  deviceId: string;
  seq: number;
  bytes: Uint8Array<ArrayBuffer>;
  /** The revisions inside, to acknowledge once the segment is safely written. */
  revisions: { id: string; rev: string }[];
}

export type ApplyOutcome =
  | {
      stopped: null;
      /** Segments applied (or, for this device's own, acknowledged). */
      applied: SegmentRef[];
      /** Segments that did not verify (another notebook's, damaged, cut short): reported, never applied, tried again next time. */
      unreadable: (SegmentRef & { reason: SyncSegmentUnreadableError['reason'] })[];
      /** Segments that verified but held revisions that did not open themselves (damaged where they were written), and how many: those were left out. */
      damagedRevisions: (SegmentRef & { count: number })[];
      merge: MergeResult;
    }
  /** Nothing was applied: these segments would delete more than half of the notebook's records. Ask, then apply with `confirmMassDelete`. */
  | { stopped: 'mass-delete'; deleting: number; of: number };

/** What the folder's header says, checked before anything in the folder is trusted. */
export type HeaderCheck =
  | {
      ok: true;
      vaultId: string;
      createdAt: string;
      /** The folder's header is older than this computer's (the passphrase or the key changed here): write ours. */
      replace: boolean;
      /** The folder's key is of a later generation (changed on another computer): take it on with the passphrase (keyChange.adopt). */
      newerKey: boolean;
    }
  | { ok: false; reason: 'not-a-header' | 'weak-key-settings' | 'newer-format'; messages: readonly Message[] };

const AppliedRuns = z.object({
  /** Every segment up to this number was applied. */
  upTo: z.number().int().nonnegative(),
  /** Applied segments beyond `upTo` (they arrived before an earlier one). */
  also: z.array(z.number().int().positive()),
});
type AppliedRuns = z.infer<typeof AppliedRuns>;

const RemoteState = z.object({ applied: z.record(z.string(), AppliedRuns), lastSyncedAt: z.string().nullable() });
type RemoteState = z.infer<typeof RemoteState>;

const FOLDER = 'sync:folder';
const remoteKey = (remote: string) => `sync:remote:${remote}` as const;

const EMPTY_REMOTE: RemoteState = { applied: {}, lastSyncedAt: null };

async function remoteState(sync: SyncPort, remote: string): Promise<RemoteState> {
  return (await sync.readState(remoteKey(remote), RemoteState)) ?? EMPTY_REMOTE;
}

const isApplied = (runs: AppliedRuns | undefined, seq: number) => runs !== undefined && (seq <= runs.upTo || runs.also.includes(seq));

/** The bookkeeping with these segments marked applied (a new copy: the stored one is only replaced whole). */
function markApplied(stored: RemoteState | undefined, refs: readonly SegmentRef[]): RemoteState {
  const state: RemoteState = structuredClone(stored ?? EMPTY_REMOTE);
  for (const { deviceId, seq } of refs) {
    const runs = (state.applied[deviceId] ??= { upTo: 0, also: [] });
    if (!isApplied(runs, seq)) runs.also.push(seq);
    runs.also.sort((a, b) => a - b);
    while (runs.also[0] === runs.upTo + 1) {
      runs.upTo++;
      runs.also.shift();
    }
  }
  return state;
}

function headerCheck(text: string): { ok: true; header: VaultHeader } | Extract<HeaderCheck, { ok: false }> {
  try {
    const header = parseVaultHeader(JSON.parse(text));
    for (const slot of header.slots) assertKdfParamsAcceptable(slot.kdf);
    return { ok: true, header };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const reason =
      name === 'WeakKdfParametersError' ? 'weak-key-settings' : name === 'UnsupportedFormatError' ? 'newer-format' : 'not-a-header';
    return { ok: false, reason, messages: error instanceof MessageError ? error.messages : [say('sync.headerUnreadable')] };
  }
}

/** The newest key slot's time: a header whose slots were rewrapped more recently is the current one. */
const newestSlot = (header: { slots: { createdAt: string }[] }) =>
  header.slots
    .map((slot) => slot.createdAt)
    .sort()
    .at(-1) ?? '';

/** `segmentBytes`: how much ciphertext a segment carries (smaller in tests, to make many segments of few records). */
export function syncHandlers(vault: Pick<Vault, 'sync' | 'join'>, { segmentBytes = SEGMENT_TARGET_BYTES } = {}) {
  const { sync } = vault;
  const chosenFolder = async () => (await sync.readState(FOLDER, SyncFolderChoice)) ?? null;
  return {
    /** Status for the top bar and Settings. */
    'sync.status': async (): Promise<SyncStatus> => {
      const folder = await chosenFolder();
      const lastSyncedAt: Record<string, string> = {};
      if (folder) {
        const { lastSyncedAt: last } = await remoteState(sync, folder.place);
        if (last) lastSyncedAt[folder.place] = last;
      }
      // Counted on the index and from the conflict digest: the top bar asks every few seconds, and no record is opened for it.
      const [waiting, conflicts] = await Promise.all([sync.countWaiting(), sync.countConflicts()]);
      return { folder, lastSyncedAt, waiting, conflicts };
    },

    /** This notebook's sync folder alone (a sync starts from it; the status counts much more). */
    'sync.folder': chosenFolder,

    /** Remembers (or, with null, forgets) this notebook's sync folder, as host.chooseSyncFolder gave it. */
    'sync.setFolder': (folder: SyncFolderChoice | null): Promise<void> => sync.writeState(FOLDER, folder && SyncFolderChoice.parse(folder)),

    /** This notebook's id, this device's id and the header (key slots only) as JSON text for the folder. */
    'sync.identity': async () => {
      const { vaultId, deviceId, header } = await sync.identity();
      return { vaultId, deviceId, header: JSON.stringify(header) };
    },

    /** Whether a remote has ever been synced with (so an empty folder there is a surprise worth asking about). */
    'sync.remote': async ({ remote }: { remote: string }) => {
      const state = await remoteState(sync, remote);
      const own = state.applied[(await sync.identity()).deviceId];
      return {
        everSynced: state.lastSyncedAt !== null || Object.keys(state.applied).length > 0,
        lastSyncedAt: state.lastSyncedAt,
        /** The highest number this computer's segments took there: never used again, even if the remote lost that segment. */
        lastOwnSeq: Math.max(own?.upTo ?? 0, ...(own?.also ?? [])),
      };
    },

    /** The remote lost history it had from this computer (a server restored from a backup): everything waits to go again. */
    'sync.resendAll': async (): Promise<{ waiting: number }> => ({ waiting: await sync.markAllWaiting() }),

    /**
     * Checks a header read from a folder: it parses, and no key slot is below the key-derivation
     * floor. Needs no unlocked notebook (joining checks before there is one).
     */
    'sync.checkHeader': async ({ header }: { header: string }): Promise<HeaderCheck> => {
      const check = headerCheck(header);
      if (!check.ok) return check;
      const folder = check.header;
      const checked = { ok: true as const, vaultId: folder.vaultId, createdAt: folder.createdAt, replace: false, newerKey: false };
      if (!sync.isUnlocked) return checked;
      const { vaultId, header: local } = await sync.identity();
      if (folder.vaultId !== vaultId) return checked;
      // A later key generation wins whatever the slots' times; within one, the newest slots do.
      if (local.keyGeneration !== folder.keyGeneration)
        return { ...checked, replace: local.keyGeneration > folder.keyGeneration, newerKey: folder.keyGeneration > local.keyGeneration };
      return { ...checked, replace: JSON.stringify(local) !== header && newestSlot(local) > newestSlot(folder) };
    },

    /** Of the segments a remote lists, those to fetch: not applied yet (this device's own included, to acknowledge them). */
    'sync.wanted': async ({ remote, available }: { remote: string; available: SegmentRef[] }): Promise<SegmentRef[]> => {
      const state = await remoteState(sync, remote);
      return available
        .filter(({ deviceId, seq }) => !isApplied(state.applied[deviceId], seq))
        .sort((a, b) => a.seq - b.seq || (a.deviceId < b.deviceId ? -1 : 1));
    },

    /**
     * Applies fetched segments: each is verified and opened (one that does not verify is reported
     * and skipped), every revision in it opened against its record binding (one that does not
     * open is left out and counted), then all merged in one unit of work, with this device's own
     * revisions acknowledged and the segments remembered as applied in the same transaction. A
     * sync cut off half way redoes exactly what was not done.
     */
    'sync.apply': async ({
      remote,
      segments,
      confirmMassDelete = false,
    }: {
      remote: string;
      segments: (SegmentRef & { bytes: Uint8Array })[];
      confirmMassDelete?: boolean;
    }): Promise<ApplyOutcome> => {
      const { deviceId } = await sync.identity();
      const unreadable: (SegmentRef & { reason: SyncSegmentUnreadableError['reason'] })[] = [];
      const opened: SegmentRef[] = [];
      const incoming: IncomingRevision[] = [];
      const ownRevisions: { id: string; rev: string }[] = [];
      const damagedRevisions: (SegmentRef & { count: number })[] = [];
      for (const { deviceId: writer, seq, bytes } of segments) {
        let revisions: SegmentRevision[];
        try {
          revisions = sync.openSegment({ deviceId: writer, seq }, bytes);
        } catch (error) {
          if (error instanceof SyncSegmentUnreadableError) unreadable.push({ deviceId: writer, seq, reason: error.reason });
          else if (error instanceof TamperedDataError) unreadable.push({ deviceId: writer, seq, reason: 'does-not-open' });
          else throw error;
          continue;
        }
        opened.push({ deviceId: writer, seq });
        if (writer === deviceId) {
          ownRevisions.push(...revisions.map(({ id, rev }) => ({ id, rev })));
          continue;
        }
        let damaged = 0;
        for (const revision of revisions) {
          try {
            incoming.push(sync.openIncoming(revision));
          } catch (error) {
            if (!(error instanceof TamperedDataError)) throw error;
            damaged += 1;
          }
        }
        if (damaged > 0) damagedRevisions.push({ deviceId: writer, seq, count: damaged });
      }
      const outcome = await sync.merge(incoming, {
        confirmMassDelete,
        alsoCommit: async () => {
          await sync.acknowledgeInTransaction(ownRevisions);
          await sync.updateStateInTransaction(remoteKey(remote), RemoteState, (state) => markApplied(state, opened));
        },
      });
      if (outcome.stopped) return outcome;
      return { stopped: null, applied: opened, unreadable, damagedRevisions, merge: outcome.merge };
    },

    /**
     * The next segment to send: revisions not yet acknowledged (each checked to open: a damaged one
     * is not sent), up to about 4 MiB of ciphertext, sealed as this device's segment number `seq`.
     * Null when nothing waits.
     */
    'sync.outgoing': async ({ seq }: { seq: number }): Promise<OutgoingSegment | null> => {
      const waiting = await sync.waitingRevisions(segmentBytes);
      if (waiting.length === 0) return null;
      const chosen = waiting.map(({ id, kind, parentId, rev, deleted, ct }): SegmentRevision => ({ id, kind, parentId, rev, deleted, ct }));
      const { vaultId, deviceId } = await sync.identity();
      return { vaultId, deviceId, seq, bytes: sync.sealSegment(seq, chosen), revisions: chosen.map(({ id, rev }) => ({ id, rev })) };
    },

    /** The segment `seq` is safely in the remote: its revisions stop waiting (unless changed since), and it counts as applied. */
    'sync.acknowledge': async ({ remote, seq, revisions }: { remote: string; seq: number; revisions: { id: string; rev: string }[] }) => {
      const { deviceId } = await sync.identity();
      const acknowledged = await sync.acknowledge(revisions, () =>
        sync.updateStateInTransaction(remoteKey(remote), RemoteState, (state) => markApplied(state, [{ deviceId, seq }])),
      );
      return { acknowledged };
    },

    /**
     * Forgets which segments of the chosen folder were applied, so the next sync reads every one
     * again: how a record damaged here is brought back from the folder's copy (the merge replaces
     * a stored revision that no longer opens; everything else is found unchanged).
     */
    'sync.readEverythingAgain': async (): Promise<void> => {
      const folder = await chosenFolder();
      if (folder) await sync.updateState(remoteKey(folder.place), RemoteState, (state) => ({ ...(state ?? EMPTY_REMOTE), applied: {} }));
    },

    /** A sync with `remote` finished: remember when. */
    'sync.finish': async ({ remote, at }: { remote: string; at?: string }) => {
      await sync.updateState(remoteKey(remote), RemoteState, (state) => ({
        ...(state ?? EMPTY_REMOTE),
        lastSyncedAt: at ?? new Date().toISOString(),
      }));
    },

    /**
     * First run on this computer: opens the notebook whose header was read from a sync folder, with
     * its passphrase or recovery code (after a recovery-code opening the peer chooses a new
     * passphrase, as after any). The records follow with the first sync.
     */
    'vault.joinFromFolder': (input: { header: string; passphrase?: string; recoveryCode?: string }): Promise<VaultStatus> =>
      vault.join({ header: JSON.parse(input.header) as unknown, passphrase: input.passphrase, recoveryCode: input.recoveryCode }),
  };
}
