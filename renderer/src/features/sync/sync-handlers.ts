/**
 * The sync engine's vault side (transport-agnostic): it makes the next outgoing segment from the
 * revisions not yet acknowledged, applies incoming segments (verified, decrypted, merged field by
 * field), clears sync flags once a remote holds a revision, and remembers per remote which segments
 * were applied and when it last synced. Moving bytes to and from a remote is the runner's job
 * (sync-runner.ts); nothing here knows a path or a folder.
 *
 * Sync state is derived from the local store and this bookkeeping, never adopted from a remote.
 */
import { assertKdfParamsAcceptable } from '@shared/crypto/kdf';
import { parseVaultHeader, type VaultHeader } from '@shared/crypto/vault-header';
import { SEGMENT_TARGET_BYTES, SyncSegmentUnreadableError, type SegmentRevision } from '@shared/sync/sync-segment';
import type { SyncFolderChoice } from '@shared/host-api';
import { applyMergePlan, planMerge, type IncomingRevision, type MergeResult } from '../../vault/merge-revisions';
import type { Vault, VaultStatus } from '../../vault/vault';

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
  | { ok: false; reason: 'not-a-header' | 'weak-key-settings' | 'newer-format'; message: string };

/** Fewer deletes than this never count as a mass delete (one record of two is not a wiped notebook). */
export const MASS_DELETE_FLOOR = 2;

interface AppliedRuns {
  /** Every segment up to this number was applied. */
  upTo: number;
  /** Applied segments beyond `upTo` (they arrived before an earlier one). */
  also: number[];
}

interface RemoteState {
  applied: Record<string, AppliedRuns>;
  lastSyncedAt: string | null;
}

const FOLDER = 'folder';
const remoteKey = (remote: string) => `remote:${remote}`;

async function remoteState(vault: Vault, remote: string): Promise<RemoteState> {
  return ((await vault.syncRecord(remoteKey(remote))) as RemoteState | undefined) ?? { applied: {}, lastSyncedAt: null };
}

const isApplied = (runs: AppliedRuns | undefined, seq: number) => runs !== undefined && (seq <= runs.upTo || runs.also.includes(seq));

function markApplied(state: RemoteState, refs: readonly SegmentRef[]): void {
  for (const { deviceId, seq } of refs) {
    const runs = (state.applied[deviceId] ??= { upTo: 0, also: [] });
    if (!isApplied(runs, seq)) runs.also.push(seq);
    runs.also.sort((a, b) => a - b);
    while (runs.also[0] === runs.upTo + 1) {
      runs.upTo++;
      runs.also.shift();
    }
  }
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
    return { ok: false, reason, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The newest key slot's time: a header whose slots were rewrapped more recently is the current one. */
const newestSlot = (header: { slots: { createdAt: string }[] }) =>
  header.slots
    .map((slot) => slot.createdAt)
    .sort()
    .at(-1) ?? '';

export function syncHandlers(vault: Vault) {
  const chosenFolder = async () => ((await vault.syncRecord(FOLDER)) as SyncFolderChoice | undefined) ?? null;
  return {
    /** Status for the top bar and Settings. */
    'sync.status': async (): Promise<SyncStatus> => {
      const folder = await chosenFolder();
      const lastSyncedAt: Record<string, string> = {};
      if (folder) {
        const { lastSyncedAt: last } = await remoteState(vault, folder.place);
        if (last) lastSyncedAt[folder.place] = last;
      }
      // Counted from the conflict digest: the top bar asks every few seconds, and no record is opened for it.
      const [waiting, conflicts] = await Promise.all([vault.countDirtyRevisions(), vault.conflictedRecords()]);
      return { folder, lastSyncedAt, waiting, conflicts: conflicts.length };
    },

    /** This notebook's sync folder alone (a sync starts from it; the status counts much more). */
    'sync.folder': chosenFolder,

    /** Remembers (or, with null, forgets) this notebook's sync folder, as host.chooseSyncFolder gave it. */
    'sync.setFolder': async (folder: SyncFolderChoice | null): Promise<void> => {
      await vault.putSyncRecord(FOLDER, folder);
    },

    /** This notebook's id, this device's id and the header (key slots only) as JSON text for the folder. */
    'sync.identity': async () => ({ vaultId: vault.vaultId, deviceId: vault.deviceId, header: JSON.stringify(await vault.storedHeader()) }),

    /** Whether a remote has ever been synced with (so an empty folder there is a surprise worth asking about). */
    'sync.remote': async ({ remote }: { remote: string }) => {
      const state = await remoteState(vault, remote);
      return { everSynced: state.lastSyncedAt !== null || Object.keys(state.applied).length > 0, lastSyncedAt: state.lastSyncedAt };
    },

    /**
     * Checks a header read from a folder: it parses, and no key slot is below the key-derivation
     * floor. Needs no unlocked notebook (joining checks before there is one).
     */
    'sync.checkHeader': async ({ header }: { header: string }): Promise<HeaderCheck> => {
      const check = headerCheck(header);
      if (!check.ok) return check;
      const folder = check.header;
      const checked = { ok: true as const, vaultId: folder.vaultId, createdAt: folder.createdAt, replace: false, newerKey: false };
      if (!vault.isUnlocked || folder.vaultId !== vault.vaultId) return checked;
      const local = await vault.storedHeader();
      // A later key generation wins whatever the slots' times; within one, the newest slots do.
      if (local.keyGeneration !== folder.keyGeneration)
        return { ...checked, replace: local.keyGeneration > folder.keyGeneration, newerKey: folder.keyGeneration > local.keyGeneration };
      return { ...checked, replace: JSON.stringify(local) !== header && newestSlot(local) > newestSlot(folder) };
    },

    /** Of the segments a remote lists, those to fetch: not applied yet (this device's own included, to acknowledge them). */
    'sync.wanted': async ({ remote, available }: { remote: string; available: SegmentRef[] }): Promise<SegmentRef[]> => {
      const state = await remoteState(vault, remote);
      return available
        .filter(({ deviceId, seq }) => !isApplied(state.applied[deviceId], seq))
        .sort((a, b) => a.seq - b.seq || (a.deviceId < b.deviceId ? -1 : 1));
    },

    /**
     * Applies fetched segments: each is verified and opened (one that does not verify is reported
     * and skipped), every revision in it checked against its record binding, then all merged in
     * one transaction. This device's own segments are not merged: the revisions in them are
     * acknowledged (a sync cut off after writing one does not send it again).
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
      const unreadable: (SegmentRef & { reason: SyncSegmentUnreadableError['reason'] })[] = [];
      const opened: SegmentRef[] = [];
      const incoming: IncomingRevision[] = [];
      const ownRevisions: { id: string; rev: string }[] = [];
      for (const { deviceId, seq, bytes } of segments) {
        let revisions: SegmentRevision[];
        let decrypted: IncomingRevision[];
        try {
          revisions = vault.openSyncSegment({ deviceId, seq }, bytes);
          decrypted = deviceId === vault.deviceId ? [] : revisions.map((revision) => vault.openIncoming(revision));
        } catch (error) {
          if (error instanceof SyncSegmentUnreadableError) unreadable.push({ deviceId, seq, reason: error.reason });
          else if (error instanceof Error && error.name === 'TamperedDataError')
            unreadable.push({ deviceId, seq, reason: 'does-not-open' });
          else throw error;
          continue;
        }
        if (deviceId === vault.deviceId) ownRevisions.push(...revisions.map(({ id, rev }) => ({ id, rev })));
        incoming.push(...decrypted);
        opened.push({ deviceId, seq });
      }
      const plan = await planMerge(vault, incoming, { from: 'sync' });
      if (plan.deletes >= MASS_DELETE_FLOOR && !confirmMassDelete) {
        const live = (await vault.storedRevisions()).filter((row) => !row.deleted).length;
        if (plan.deletes * 2 > live) return { stopped: 'mass-delete', deleting: plan.deletes, of: live };
      }
      const merge = await applyMergePlan(vault, plan);
      if (ownRevisions.length > 0) await vault.acknowledgeRevisions(ownRevisions);
      const state = await remoteState(vault, remote);
      markApplied(state, opened);
      await vault.putSyncRecord(remoteKey(remote), state);
      return { stopped: null, applied: opened, unreadable, merge };
    },

    /**
     * The next segment to send: revisions not yet acknowledged, up to about 4 MiB of ciphertext,
     * sealed as this device's segment number `seq`. Null when nothing waits.
     */
    'sync.outgoing': async ({ seq }: { seq: number }): Promise<OutgoingSegment | null> => {
      const dirty = await vault.dirtyRevisions();
      if (dirty.length === 0) return null;
      const chosen: SegmentRevision[] = [];
      let bytes = 0;
      for (const row of dirty) {
        if (chosen.length > 0 && bytes + row.ct.length > SEGMENT_TARGET_BYTES) break;
        chosen.push({ id: row.id, kind: row.kind, parentId: row.parentId, rev: row.rev, deleted: row.deleted, ct: row.ct });
        bytes += row.ct.length;
      }
      return {
        vaultId: vault.vaultId,
        deviceId: vault.deviceId,
        seq,
        bytes: vault.sealSyncSegment(seq, chosen),
        revisions: chosen.map(({ id, rev }) => ({ id, rev })),
      };
    },

    /** The segment `seq` is safely in the remote: its revisions stop waiting (unless changed since), and it counts as applied. */
    'sync.acknowledge': async ({ remote, seq, revisions }: { remote: string; seq: number; revisions: { id: string; rev: string }[] }) => {
      const acknowledged = await vault.acknowledgeRevisions(revisions);
      const state = await remoteState(vault, remote);
      markApplied(state, [{ deviceId: vault.deviceId, seq }]);
      await vault.putSyncRecord(remoteKey(remote), state);
      return { acknowledged };
    },

    /** A sync with `remote` finished: remember when. */
    'sync.finish': async ({ remote, at = new Date().toISOString() }: { remote: string; at?: string }) => {
      const state = await remoteState(vault, remote);
      await vault.putSyncRecord(remoteKey(remote), { ...state, lastSyncedAt: at });
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
