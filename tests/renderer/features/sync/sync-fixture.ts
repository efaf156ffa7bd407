/**
 * Sync test rig: an in-memory sync folder answering the host calls as electron/main/sync-folders.ts
 * does (append-only, never overwriting, nothing under a real name until written whole), with
 * failures on cue.
 */
import { randomBytes } from 'node:crypto';
import type { SyncFolderChoice, SyncFolderProblem, SyncSegmentInfo } from '@shared/host-api';
import type { SyncHost } from '../../../../renderer/src/features/sync/sync-runner';

type Problem = SyncFolderProblem['problem'];
const problem = (kind: Problem): SyncFolderProblem => ({ ok: false, problem: kind });

/** What goes wrong with the next segment write. */
export type WriteFailure =
  /** The drive is pulled half way: nothing appears under the segment's name. */
  | 'pulled'
  /** The segment is written whole, then the app is killed before it hears back. */
  | 'killed';

export class MemorySyncFolder {
  readonly place = randomBytes(16).toString('hex');
  readonly choice: SyncFolderChoice = { place: this.place, name: '/media/usb/notebook-sync' };
  readonly headers = new Map<string, string>();
  /** vaultId -> "device/seq" -> bytes */
  readonly segments = new Map<string, Map<string, Uint8Array>>();
  bytesWritten = 0;
  failNextWrite: WriteFailure | null = null;

  host(): SyncHost {
    const segmentsOf = (vaultId: string) => {
      let map = this.segments.get(vaultId);
      if (!map) this.segments.set(vaultId, (map = new Map()));
      return map;
    };
    const known = (token: string) => token === this.place;
    return {
      chooseSyncFolder: async () => this.choice,
      listSyncVaults: async (token) =>
        known(token)
          ? { ok: true, vaultIds: [...new Set([...this.headers.keys(), ...this.segments.keys()])].sort(), strays: [] }
          : problem('unknown-place'),
      readSyncHeader: async (token, vaultId) =>
        known(token) ? { ok: true, header: this.headers.get(vaultId) ?? null } : problem('unknown-place'),
      writeSyncHeader: async (token, vaultId, text) => {
        if (!known(token)) return problem('unknown-place');
        this.headers.set(vaultId, text);
        this.bytesWritten += text.length;
        return { ok: true };
      },
      listSyncSegments: async (token, vaultId) => {
        if (!known(token)) return problem('unknown-place');
        const segments: SyncSegmentInfo[] = [...segmentsOf(vaultId)].map(([name, bytes]) => {
          const [deviceId, seq] = name.split('/');
          return { deviceId: deviceId!, seq: Number(seq), bytes: bytes.length };
        });
        return { ok: true, segments, strays: [] };
      },
      readSyncSegment: async (token, vaultId, deviceId, seq) => {
        if (!known(token)) return problem('unknown-place');
        const bytes = segmentsOf(vaultId).get(`${deviceId}/${seq}`);
        return bytes ? { ok: true, bytes: new Uint8Array(bytes) } : problem('segment-missing');
      },
      writeSyncSegment: async (token, vaultId, deviceId, seq, bytes) => {
        if (!known(token)) return problem('unknown-place');
        const map = segmentsOf(vaultId);
        if (map.has(`${deviceId}/${seq}`)) return problem('segment-exists');
        const failure = this.failNextWrite;
        this.failNextWrite = null;
        if (failure === 'pulled') return problem('drive-unavailable');
        map.set(`${deviceId}/${seq}`, new Uint8Array(bytes));
        this.bytesWritten += bytes.length;
        if (failure === 'killed') throw new Error('the app was closed mid-sync');
        return { ok: true };
      },
    };
  }
}
