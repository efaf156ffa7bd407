/**
 * Reassigning the caseload of a peer who left (docs/team-format.md): their backup is opened with
 * the agency's recovery key, every person still theirs is gathered whole (every record with its
 * field clocks, and their lines of the audit trail), and the lot is sealed to the receiving peer
 * as a handoff from the agency (team-envelope.ts, format 2), signed with the agency's
 * policy-signing key. The admin tool (`team-reassign`) and a supervisor's app both call this; each
 * checks the members its own way and carries the envelope to the receiver's mailbox.
 *
 * The backup is read through to its final tag before anything in it is used, and nothing here
 * writes anywhere: the records exist in clear only in the caller's memory, and the only copy that
 * leaves is sealed to the receiver.
 */
import type { Sodium } from '../crypto/sodium';
import { AgencyKeyFileError, openAgencyPrivateKey, WrongAgencyKeyPassphraseError, type AgencyKeyPair } from '../crypto/agency-key';
import { BackupReader } from '../backup/backup-reader';
import {
  BackupChunksOutOfOrderError,
  BackupDamagedError,
  BackupFromNewerVersionError,
  BackupHeaderTamperedError,
  BackupTruncatedError,
  BackupWrongKeyError,
  NotABackupError,
} from '../backup/backup-errors';
import type { BackupRecordEntry } from '../backup/backup-entries';
import { AuditEvent } from '../audit/audit-chain';
import { findAgencySigner } from '../agency/agency-signature';
import { MessageError, say, type Message } from '../messages';
import type { TeamDirectory, TeamDirectoryDocument } from './team-directory';
import { MAX_TEAM_ENVELOPE_BYTES, sealAgencyEnvelope } from './team-envelope';
import type { Handoff, SharedRecord } from './team-payload';

type Person = Handoff['people'][number];

/** Why a reassignment stopped before anything was sent, in plain words. */
export class ReassignmentFailure extends MessageError {
  constructor(message: Message) {
    super(message);
  }
}

/** The departed peer's notebook as its backup holds it: whose it is, and the people still in their care. */
export interface Caseload {
  /** The member id the notebook held on its team (null: it was never listed). */
  memberId: string | null;
  /** The peer's own name in the notebook ('' when they gave none). */
  peerName: string;
  people: Person[];
  /** History lines in the backup that did not read as events: left out, and said. */
  unreadableHistory: number;
}

/** What was sealed, counted for the person who sent it. */
export interface ReassignmentCounts {
  people: number;
  records: number;
  historyLines: number;
  unreadableHistory: number;
}

const KEY_FILE_MESSAGES = {
  recovery: { file: 'reassign.recoveryKeyFile', passphrase: 'reassign.recoveryKeyPassphrase' },
  'policy-signing': { file: 'reassign.policyKeyFile', passphrase: 'reassign.policyKeyPassphrase' },
} as const;

/**
 * Opens one of the agency's private key files (its text, as read) with its passphrase; a file of
 * another kind, a changed one or a wrong passphrase is a ReassignmentFailure saying which.
 */
export function openReassignmentKey(
  sodium: Sodium,
  purpose: 'recovery' | 'policy-signing',
  text: string,
  passphrase: string,
): AgencyKeyPair {
  const words = KEY_FILE_MESSAGES[purpose];
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new ReassignmentFailure(say(words.file));
  }
  try {
    return openAgencyPrivateKey(sodium, file, purpose, passphrase);
  } catch (error) {
    if (error instanceof WrongAgencyKeyPassphraseError) throw new ReassignmentFailure(say(words.passphrase));
    if (error instanceof AgencyKeyFileError) throw new ReassignmentFailure(say(words.file));
    throw error;
  }
}

/** The people still in the peer's care (not removed, not handed over already), each whole, with the consent `consent`. */
function caseloadOf(records: readonly BackupRecordEntry[], events: readonly unknown[], consent: Person['consent']) {
  const live = records.filter((record) => !record.deleted);
  // Grouped once by person, so a large notebook is not walked once per person.
  const byPerson = new Map<string, SharedRecord[]>();
  const historyOf = new Map<string, AuditEvent[]>();
  const add = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const { id, rev, body, kind, parentId } of live) {
    const owner = kind === 'person' ? id : parentId;
    if (owner) add(byPerson, owner, { id, rev, body });
  }
  let unreadableHistory = 0;
  for (const event of events) {
    const parsed = AuditEvent.safeParse(event);
    if (!parsed.success) unreadableHistory++;
    else if (parsed.data.personId !== null) add(historyOf, parsed.data.personId, parsed.data);
  }
  const people: Person[] = live
    .filter((record) => record.kind === 'person' && record.body.fields.handedOverOn === undefined)
    .map((person) => ({
      personId: person.id,
      consent,
      records: byPerson.get(person.id) ?? [],
      history: historyOf.get(person.id) ?? [],
    }));
  return { live, people, unreadableHistory };
}

/**
 * The members as the team's signed list (checked already) has them, before the backup is read:
 * `me` a supervisor on it and the receiver (`to`) a peer on it; the receiver's sealing key.
 */
export function checkReassignmentMembers(directory: TeamDirectory, me: string, to: string): Uint8Array {
  if (directory.members.get(me)?.role !== 'supervisor') throw new ReassignmentFailure(say('reassign.notASupervisor'));
  const receiver = directory.members.get(to);
  if (receiver?.role !== 'peer') throw new ReassignmentFailure(say('reassign.receiverNotAPeer', { member: to }));
  return receiver.sealingKey;
}

/** Once the backup has said whose it is: that member (`from`) is no longer on the signed list. */
export function checkDepartedMember(directory: TeamDirectory, from: string): void {
  if (directory.members.has(from)) throw new ReassignmentFailure(say('reassign.departedStillListed', { member: from }));
}

/**
 * The member whose notebook the backup is, as its team membership says; `expected` (the admin
 * tool's `--from`) must be that member. A backup that never said (made before its peer joined a
 * team) cannot be reassigned.
 */
export function departedMemberOf(caseload: Caseload, expected?: string): string {
  if (caseload.memberId === null) throw new ReassignmentFailure(say('reassign.notOnATeam'));
  if (expected !== undefined && caseload.memberId !== expected)
    throw new ReassignmentFailure(say('reassign.otherNotebook', { member: expected }));
  return caseload.memberId;
}

/**
 * A backup that could not be read, said for a reassignment: the backup's own words speak of a
 * restore, here nothing was sent. Anything else passes through as it was.
 */
function inReassignmentWords(error: unknown): unknown {
  if (error instanceof NotABackupError) return new ReassignmentFailure(say('reassign.backup.notABackup'));
  if (error instanceof BackupFromNewerVersionError)
    return new ReassignmentFailure(say('reassign.backup.newerVersion', { version: error.formatVersion }));
  if (error instanceof BackupTruncatedError) return new ReassignmentFailure(say('reassign.backup.truncated'));
  if (error instanceof BackupDamagedError) return new ReassignmentFailure(say('reassign.backup.damaged', { where: error.where }));
  if (error instanceof BackupChunksOutOfOrderError)
    return new ReassignmentFailure(say('reassign.backup.damaged', { where: say('reassign.backup.outOfOrder') }));
  if (error instanceof BackupHeaderTamperedError)
    return new ReassignmentFailure(say('reassign.backup.damaged', { where: say('backup.damaged.headerChanged') }));
  if (error instanceof BackupWrongKeyError) return new ReassignmentFailure(say('reassign.backup.wrongKey'));
  return error;
}

/**
 * Reads a backup (its bytes as they come) under the agency's recovery key, keeping its entries
 * only once the whole file checked out; `onBytes` hears how many bytes were read so far.
 * `today` (YYYY-MM-DD) dates the consent, recorded as the peer having left.
 */
export async function readCaseload(
  sodium: Sodium,
  recoveryKey: AgencyKeyPair,
  bytes: AsyncIterable<Uint8Array>,
  options: { today: string; onBytes?: (read: number) => void },
): Promise<Caseload> {
  const reader = new BackupReader(sodium, { kind: 'agency-key', keyPair: recoveryKey });
  const records: BackupRecordEntry[] = [];
  const events: unknown[] = [];
  let read = 0;
  try {
    for await (const piece of bytes) {
      for (const entry of reader.push(piece)) {
        if (entry.type === 'record') records.push(entry);
        else if (entry.type === 'audit-event') events.push(entry.event);
      }
      options.onBytes?.((read += piece.length));
    }
    sodium.memzero(reader.end().fileKey);
  } catch (error) {
    throw inReassignmentWords(error);
  }
  const { live, people, unreadableHistory } = caseloadOf(records, events, { givenOn: options.today, how: 'peer-left', note: '' });
  const memberId = live.find((record) => record.kind === 'team-membership')?.body.fields.memberId;
  const peerName = live.find((record) => record.kind === 'peer-profile')?.body.fields.name;
  return {
    memberId: typeof memberId === 'string' ? memberId : null,
    peerName: typeof peerName === 'string' ? peerName : '',
    people,
    unreadableHistory,
  };
}

/**
 * Seals the caseload to the peer `to` as the agency, on behalf of the member whose notebook the
 * backup is, after the checks that need the backup and the keys: it says whose it is, it holds someone still in their care,
 * and the policy-signing key is the one that signed the team's list (so every app of the team
 * takes what it signs). Throws ReassignmentFailure; nothing is sealed then.
 */
export function sealReassignment(
  sodium: Sodium,
  input: {
    caseload: Caseload;
    to: { memberId: string; sealingKey: Uint8Array };
    /** The team's signed list, as published. */
    directory: TeamDirectoryDocument;
    policyKey: AgencyKeyPair;
    handoffId: string;
    sentAt: string;
  },
): { envelope: Uint8Array; counts: ReassignmentCounts } {
  const { caseload } = input;
  const from = departedMemberOf(caseload);
  if (caseload.people.length === 0) throw new ReassignmentFailure(say('reassign.nobodyInCare'));
  const signer = { publicKey: sodium.to_base64(input.policyKey.publicKey, sodium.base64_variants.ORIGINAL) };
  if (!findAgencySigner(sodium, 'team-directory', input.directory, [signer]))
    throw new ReassignmentFailure(say('reassign.policyKeyNotTeamSigner'));
  const envelope = sealAgencyEnvelope(sodium, {
    onBehalfOf: from,
    policySecretKey: input.policyKey.privateKey,
    to: input.to,
    payload: {
      v: 1,
      kind: 'handoff',
      handoffId: input.handoffId,
      senderName: caseload.peerName,
      sentAt: input.sentAt,
      people: caseload.people,
    },
  });
  const mib = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
  if (envelope.length > MAX_TEAM_ENVELOPE_BYTES)
    throw new ReassignmentFailure(say('reassign.tooLarge', { size: mib(envelope.length), max: mib(MAX_TEAM_ENVELOPE_BYTES) }));
  return {
    envelope,
    counts: {
      people: caseload.people.length,
      records: caseload.people.reduce((sum, person) => sum + person.records.length, 0),
      historyLines: caseload.people.reduce((sum, person) => sum + person.history.length, 0),
      unreadableHistory: caseload.unreadableHistory,
    },
  };
}
