/**
 * A supervisor reassigns the caseload of a peer who left, from their app (shared/team/reassignment.ts):
 * the departed peer's backup and the agency's two key files are picked in open dialogs (the window
 * knows them only by tokens), this process checks the team's signed list as the server gives it to
 * this computer's enrolled device, opens the key files, reads the backup as a stream (which says
 * whose notebook it is) and seals the caseload to the receiving peer. Then it waits for the
 * supervisor, who is shown whose it is: on their word the envelope goes to the receiver's mailbox
 * with the supervisor's signed request, or is dropped. The records are in clear only in this
 * process's memory, for the seal (only the sealed envelope waits); nothing is written to disk.
 * The work runs on after the call returns, so the window can show how it goes (and be left): it
 * asks by the job's id.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Sodium } from '@shared/crypto/sodium';
import { MessageError, say, type Message } from '@shared/messages';
import { localToday } from '@shared/records/dates';
import type { HostCallArgs, HostCallResult } from '@shared/host-api';
import { readTeamDirectory } from '@shared/team/team-directory';
import type { ReassignmentFile, ReassignmentRequest, ReassignmentStatus } from '@shared/team/reassignment-calls';
import {
  checkDepartedMember,
  checkReassignmentMembers,
  departedMemberOf,
  openReassignmentKey,
  readCaseload,
  ReassignmentFailure,
  sealReassignment,
} from '@shared/team/reassignment';
import { createTeamServerClient, TeamServerError, type TeamServerClient } from './team-server-client';
import type { SyncServerRemotes } from './sync-server-remote';

/** The open dialog (Electron's in the app, scripted in tests); null when the supervisor cancelled. */
export interface ReassignmentDialog {
  chooseFile(file: ReassignmentFile): Promise<string | null>;
}

type CallName = 'chooseReassignmentFile' | 'beginReassignment' | 'reassignmentStatus' | 'answerReassignment';

/** A sealed caseload waiting for the supervisor's word, with what sending it takes. */
interface Ready {
  client: TeamServerClient;
  to: string;
  envelope: Uint8Array;
  sent: Extract<ReassignmentStatus, { state: 'sent' }>;
}

/** A key file is a small JSON document; anything larger is not one, and is not read whole. */
const MAX_KEY_FILE_BYTES = 64 * 1024;
const READ_PIECE_BYTES = 1024 * 1024;

/** Why it stopped, in the words the window shows; what is no one's to fix is logged and said as unexpected. */
function problemsOf(error: unknown, to: string): Message[] {
  if (error instanceof MessageError) return [...error.messages];
  if (error instanceof TeamServerError) {
    switch (error.problem) {
      case 'unreachable':
        return [say('reassign.unreachable')];
      case 'removed':
        return [say('team.removed')];
      case 'not-a-member':
        return [say('reassign.notASupervisor')];
      case 'recipient-unknown':
        return [say('reassign.receiverNotAPeer', { member: to })];
      default:
        return [say('reassign.refused')];
    }
  }
  console.error('A caseload reassignment stopped unexpectedly:', error);
  return [say('common.unexpected')];
}

const unreadable = (path: string) => new ReassignmentFailure(say('reassign.fileUnreadable', { name: basename(path) }));

/** The file's bytes as they are read; a drive pulled midway is said in plain words. */
async function* bytesOf(path: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const piece of createReadStream(path, { highWaterMark: READ_PIECE_BYTES })) yield piece as Buffer;
  } catch {
    throw unreadable(path);
  }
}

export function caseloadReassignment({
  dialog,
  servers,
  policyKeys,
  sodium,
  fetch: fetchImpl = globalThis.fetch,
  now = () => new Date(),
}: {
  dialog: ReassignmentDialog;
  servers: SyncServerRemotes | undefined;
  /** The installation's policy keys: the team's list must be signed with one. */
  policyKeys: readonly { publicKey: string }[];
  sodium: Promise<Sodium>;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
}): { [N in CallName]: (...args: HostCallArgs<N>) => Promise<HostCallResult<N>> } {
  const chosen = new Map<string, { file: ReassignmentFile; path: string }>();
  const jobs = new Map<string, ReassignmentStatus>();
  const ready = new Map<string, Ready>();

  const pathOf = (token: string, file: ReassignmentFile) => {
    const found = chosen.get(token);
    if (found?.file !== file) throw new ReassignmentFailure(say('reassign.fileNotChosen'));
    return found.path;
  };

  async function sizeOf(path: string): Promise<number> {
    const info = await stat(path).catch(() => {
      throw unreadable(path);
    });
    if (!info.isFile()) throw unreadable(path);
    return info.size;
  }

  async function keyText(path: string, purpose: 'recovery' | 'policy-signing'): Promise<string> {
    if ((await sizeOf(path)) > MAX_KEY_FILE_BYTES)
      throw new ReassignmentFailure(say(purpose === 'recovery' ? 'reassign.recoveryKeyFile' : 'reassign.policyKeyFile'));
    return readFile(path, 'utf8').catch(() => {
      throw unreadable(path);
    });
  }

  async function run(job: string, place: string, request: ReassignmentRequest): Promise<void> {
    const set = (status: ReassignmentStatus) => jobs.set(job, status);
    const { to } = request;
    const na = await sodium;
    // Every file is known before anything is opened or asked of the server.
    const backupPath = pathOf(request.backup, 'backup');
    const recoveryPath = pathOf(request.recoveryKey, 'recovery-key');
    const policyPath = pathOf(request.policyKey, 'policy-key');

    const credential = await servers?.credentialOf(place).catch(() => null);
    if (!credential) throw new ReassignmentFailure(say('team.noServer'));
    const client = createTeamServerClient(credential, { fetch: fetchImpl });
    const team = await client.team();
    if (!team.directory) throw new ReassignmentFailure(say('team.notInTeam'));
    let published: unknown;
    try {
      published = JSON.parse(team.directory);
    } catch {
      published = null;
    }
    const directory = readTeamDirectory(na, published, policyKeys);
    const sealingKey = checkReassignmentMembers(directory, team.memberId, to);

    // Both keys are opened before the backup is read, so a wrong passphrase is said at once.
    const recoveryKey = openReassignmentKey(na, 'recovery', await keyText(recoveryPath, 'recovery'), request.recoveryPassphrase);
    try {
      const policyKey = openReassignmentKey(na, 'policy-signing', await keyText(policyPath, 'policy-signing'), request.policyPassphrase);
      try {
        const bytesTotal = await sizeOf(backupPath);
        set({ state: 'reading', bytesRead: 0, bytesTotal });
        const caseload = await readCaseload(na, recoveryKey, bytesOf(backupPath), {
          today: localToday(now()),
          onBytes: (bytesRead) => set({ state: 'reading', bytesRead, bytesTotal }),
        });
        const from = departedMemberOf(caseload);
        checkDepartedMember(directory, from);
        const { envelope, counts } = sealReassignment(na, {
          caseload,
          to: { memberId: to, sealingKey },
          directory: directory.document,
          policyKey,
          handoffId: randomBytes(16).toString('hex'),
          sentAt: now().toISOString(),
        });
        ready.set(job, { client, to, envelope, sent: { state: 'sent', from, ...counts } });
        set({ state: 'ready', from, people: counts.people });
      } finally {
        na.memzero(policyKey.privateKey);
      }
    } finally {
      na.memzero(recoveryKey.privateKey);
    }
  }

  async function send(job: string, { client, to, envelope, sent }: Ready): Promise<void> {
    jobs.set(job, { state: 'sending' });
    await client.send(to, envelope);
    jobs.set(job, sent);
  }

  return {
    async chooseReassignmentFile(file) {
      const path = await dialog.chooseFile(file);
      if (!path) return null;
      const token = randomBytes(16).toString('hex');
      chosen.set(token, { file, path });
      return { file: token, name: basename(path) };
    },
    async beginReassignment(place, request) {
      const job = randomBytes(16).toString('hex');
      jobs.set(job, { state: 'checking' });
      void run(job, place, request).catch((error: unknown) => jobs.set(job, { state: 'failed', problems: problemsOf(error, request.to) }));
      return { job };
    },
    async reassignmentStatus(job) {
      return jobs.get(job) ?? { state: 'failed', problems: [say('reassign.unknownJob')] };
    },
    async answerReassignment(job, answer) {
      // Only a job that is ready is answered, once; asking its status says how it stands.
      const waiting = ready.get(job);
      if (!waiting) return;
      ready.delete(job);
      if (answer === 'cancel') {
        jobs.delete(job);
        return;
      }
      void send(job, waiting).catch((error: unknown) => jobs.set(job, { state: 'failed', problems: problemsOf(error, waiting.to) }));
    },
  };
}
