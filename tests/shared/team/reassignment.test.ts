/**
 * The reassignment core the admin tool and a supervisor's app share: a departed peer's backup read
 * under the agency's recovery key into the people still in their care (each whole), sealed to the
 * receiving peer as the agency, and every refusal said in plain words before anything is sealed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { generateAgencyKeyPair, makeAgencyPrivateKeyFile, type AgencyKeyPair } from '@shared/crypto/agency-key';
import { KDF_FLOOR } from '@shared/crypto/kdf';
import type { BackupEntry, BackupRecordEntry } from '@shared/backup/backup-entries';
import { inEnglish } from '@shared/messages';
import { openTeamEnvelope } from '@shared/team/team-envelope';
import { readTeamDirectory } from '@shared/team/team-directory';
import {
  checkDepartedMember,
  checkReassignmentMembers,
  departedMemberOf,
  openReassignmentKey,
  readCaseload,
  ReassignmentFailure,
  sealReassignment,
  type Caseload,
} from '@shared/team/reassignment';
import {
  backupBytes,
  inPieces,
  joinBytes,
  makeTestVault,
  noteEntry,
  personEntry,
  pinnedAgencyKey,
  type TestVault,
} from '../backup/backup-fixtures';
import { makeTestTeam, OTHER_PEER_ID, PEER_ID, signedDirectory, SUPERVISOR_ID, type TestTeam } from './team-fixtures';

let sodium: Sodium;
let vault: TestVault;
let recovery: AgencyKeyPair;
let team: TestTeam;
const DEPARTED = '4'.repeat(32);

const record = (kind: string, fields: Record<string, unknown>, parentId: string | null = null, deleted = false): BackupRecordEntry => {
  const base = personEntry();
  return { ...base, kind, parentId, deleted, body: { v: 1, kind, parentId, fields, clocks: {} } };
};

const event = (seq: number, personId: string | null, summary: string): BackupEntry => ({
  type: 'audit-event',
  seq,
  event: { at: '2026-10-01T10:00:00.000Z', actor: 'device', action: 'create', recordId: 'r', recordKind: 'note', personId, summary },
});

/** The departed peer's notebook: two people still theirs (one with a note), one handed over, one removed. */
function notebook() {
  const marisol = personEntry('Marisol');
  const tobias = personEntry('Tobias');
  const handed = record('person', { name: 'Handed', handedOverOn: '2026-09-01' });
  const removed = { ...personEntry('Removed'), deleted: true };
  const note = noteEntry(marisol.id, 'cerulean heron walk');
  const entries: BackupEntry[] = [
    record('team-membership', { memberId: DEPARTED }),
    record('peer-profile', { name: 'Blair Okafor' }),
    marisol,
    tobias,
    handed,
    removed,
    note,
    event(1, marisol.id, 'Marisol added'),
    event(2, handed.id, 'Handed added'),
    { type: 'audit-event', seq: 3, event: { summary: 'no longer an event' } },
  ];
  return { marisol, tobias, note, entries };
}

const backupOf = (entries: BackupEntry[], keys = [recovery.publicKey]) =>
  backupBytes(
    sodium,
    { vaultHeader: vault.header, vaultKey: vault.vaultKey, agencyKeys: keys.map((key) => pinnedAgencyKey(sodium, key)) },
    entries,
  );

const failureOf = async (work: () => unknown) => {
  const error = await Promise.resolve()
    .then(work)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReassignmentFailure);
  return inEnglish((error as ReassignmentFailure).messages);
};

beforeAll(async () => {
  sodium = await loadSodium();
  vault = makeTestVault(sodium);
  recovery = generateAgencyKeyPair(sodium);
  team = makeTestTeam(sodium);
});

describe('reading a departed peer’s caseload from their backup', () => {
  it('gathers each person still in their care whole, with their history, and counts the bytes read', async () => {
    const { marisol, tobias, note, entries } = notebook();
    const bytes = await backupOf(entries);
    const heard: number[] = [];
    const caseload = await readCaseload(sodium, recovery, inPieces(bytes, 4096), { today: '2026-12-03', onBytes: (n) => heard.push(n) });
    expect(caseload).toMatchObject({ memberId: DEPARTED, peerName: 'Blair Okafor', unreadableHistory: 1 });
    expect(caseload.people.map((person) => person.personId).sort()).toEqual([marisol.id, tobias.id].sort());
    const her = caseload.people.find((person) => person.personId === marisol.id)!;
    expect(her.consent).toEqual({ givenOn: '2026-12-03', how: 'peer-left', note: '' });
    expect(her.records.map((each) => each.id).sort()).toEqual([marisol.id, note.id].sort());
    expect(her.records.find((each) => each.id === note.id)).toEqual({ id: note.id, rev: note.rev, body: note.body });
    expect(her.history.map((line) => line.summary)).toEqual(['Marisol added']);
    expect(heard.at(-1)).toBe(bytes.length);
    expect(heard.length).toBeGreaterThan(1);
  });

  it('refuses a backup cut short or changed, another file, and one not sealed to this recovery key, saying nothing was sent', async () => {
    const bytes = await backupOf(notebook().entries);
    const read =
      (file: Uint8Array, key = recovery) =>
      () =>
        readCaseload(sodium, key, inPieces(file), { today: '2026-12-03' });
    const cut = await failureOf(read(bytes.slice(0, bytes.length - 10)));
    expect(cut).toMatch(/^This backup file (ends early|is damaged).*nothing was sent.*then reassign again\.$/i);
    const changed = joinBytes(bytes);
    changed[changed.length - 40]! ^= 1;
    const damaged = await failureOf(read(changed));
    expect(damaged).toMatch(/^This backup file is damaged \(.+\), so it cannot be trusted and nothing was sent\. Choose another copy/);
    expect(await failureOf(read(new TextEncoder().encode('%PDF-1.7 not a backup at all, just some bytes')))).toMatch(
      /not a Peer Notebook backup, so nothing was sent/,
    );
    expect(await failureOf(read(bytes, generateAgencyKeyPair(sodium)))).toMatch(
      /^This backup was not sealed to this recovery key, so it cannot be opened and nothing was sent\. Choose the recovery key file/,
    );
    for (const words of [cut, damaged]) expect(words).not.toMatch(/restored/);
  });
});

describe('whose notebook the backup is', () => {
  it('is the member its team membership names, checked against the one the admin tool was given', async () => {
    const caseload = await readCaseload(sodium, recovery, inPieces(await backupOf(notebook().entries)), { today: '2026-12-03' });
    expect(departedMemberOf(caseload)).toBe(DEPARTED);
    expect(departedMemberOf(caseload, DEPARTED)).toBe(DEPARTED);
    expect(await failureOf(() => departedMemberOf(caseload, PEER_ID))).toMatch(
      new RegExp(`not the notebook of member ${PEER_ID}.*Nothing was sent`),
    );
  });

  it('cannot be reassigned when the backup does not say (made before the peer joined a team), and says why', async () => {
    const entries = notebook().entries.filter((entry) => entry.type !== 'record' || entry.kind !== 'team-membership');
    const caseload = await readCaseload(sodium, recovery, inPieces(await backupOf(entries)), { today: '2026-12-03' });
    expect(caseload.memberId).toBeNull();
    expect(await failureOf(() => departedMemberOf(caseload))).toMatch(
      /^This backup cannot be reassigned: it does not say whose notebook it is, because it was made before that peer's notebook joined the team\. Nothing was sent\./,
    );
  });
});

describe('sealing it to the receiving peer as the agency', () => {
  const seal = (caseload: Caseload, policyKey: AgencyKeyPair = team.policy) =>
    sealReassignment(sodium, {
      caseload,
      to: { memberId: OTHER_PEER_ID, sealingKey: team.otherPeer.sealing.publicKey },
      directory: signedDirectory(sodium, team),
      policyKey,
      handoffId: 'e'.repeat(32),
      sentAt: '2026-12-03T10:00:00.000Z',
    });

  it('seals what the receiver opens as the agency’s handoff, on behalf of the peer who left, and counts it', async () => {
    const caseload = await readCaseload(sodium, recovery, inPieces(await backupOf(notebook().entries)), { today: '2026-12-03' });
    const { envelope, counts } = seal(caseload);
    expect(counts).toEqual({ people: 2, records: 3, historyLines: 1, unreadableHistory: 1 });
    const directory = readTeamDirectory(sodium, signedDirectory(sodium, team), team.policyKeys);
    const opened = openTeamEnvelope(sodium, envelope, { memberId: OTHER_PEER_ID, identity: team.otherPeer }, directory, team.policyKeys);
    expect(opened).toMatchObject({ sentBy: 'agency', from: DEPARTED, payload: { kind: 'handoff', senderName: 'Blair Okafor' } });
    if (opened.payload.kind !== 'handoff') throw new Error('not a handoff');
    expect(opened.payload.people).toEqual(caseload.people);
  });

  it('refuses a backup that does not say whose it is, one that holds no one, and a policy key that did not sign the list', async () => {
    const { entries } = notebook();
    const caseload = await readCaseload(sodium, recovery, inPieces(await backupOf(entries)), { today: '2026-12-03' });
    expect(await failureOf(() => seal({ ...caseload, memberId: null }))).toMatch(/^This backup cannot be reassigned/);
    expect(await failureOf(() => seal({ ...caseload, people: [] }))).toMatch(/no one still in the peer’s care/);
    const stranger = sodium.crypto_sign_keypair();
    expect(await failureOf(() => seal(caseload, stranger))).toMatch(/did not sign the team's list/);
  });
});

describe('the members, as the signed list has them', () => {
  const directory = (without?: string) => readTeamDirectory(sodium, signedDirectory(sodium, team, 1, without), team.policyKeys);

  it('gives the receiver’s sealing key when a supervisor reassigns to a peer on it, from someone off it', () => {
    expect(checkReassignmentMembers(directory(PEER_ID), SUPERVISOR_ID, OTHER_PEER_ID)).toEqual(team.otherPeer.sealing.publicKey);
    expect(() => checkDepartedMember(directory(PEER_ID), PEER_ID)).not.toThrow();
  });

  it('refuses a peer doing it, a member still listed, and a receiver who is not a peer on the list', async () => {
    expect(await failureOf(() => checkReassignmentMembers(directory(PEER_ID), OTHER_PEER_ID, OTHER_PEER_ID))).toMatch(/Only a supervisor/);
    expect(await failureOf(() => checkDepartedMember(directory(), PEER_ID))).toMatch(
      new RegExp(`Member ${PEER_ID} is still on your team list`),
    );
    expect(await failureOf(() => checkReassignmentMembers(directory(PEER_ID), SUPERVISOR_ID, SUPERVISOR_ID))).toMatch(
      /not a peer on your team list/,
    );
    expect(await failureOf(() => checkReassignmentMembers(directory(PEER_ID), SUPERVISOR_ID, DEPARTED))).toMatch(
      /not a peer on your team list/,
    );
  });
});

describe("opening the agency's key files", () => {
  it('opens each with its passphrase, and says which file or passphrase is wrong', async () => {
    const passphrase = 'agency key passphrase for the tests';
    const make = (purpose: 'recovery' | 'policy-signing') =>
      JSON.stringify(makeAgencyPrivateKeyFile(sodium, { purpose, label: purpose, passphrase, cost: KDF_FLOOR }).file);
    const recoveryFile = make('recovery');
    const policyFile = make('policy-signing');
    expect(openReassignmentKey(sodium, 'recovery', recoveryFile, passphrase).privateKey).toHaveLength(32);
    expect(openReassignmentKey(sodium, 'policy-signing', policyFile, passphrase).privateKey).toHaveLength(64);
    expect(await failureOf(() => openReassignmentKey(sodium, 'recovery', recoveryFile, 'not it'))).toMatch(
      /passphrase doesn't open the agency's recovery key file/,
    );
    expect(await failureOf(() => openReassignmentKey(sodium, 'recovery', policyFile, passphrase))).toMatch(
      /not your agency's recovery key file/,
    );
    expect(await failureOf(() => openReassignmentKey(sodium, 'policy-signing', '%PDF-1.7', passphrase))).toMatch(
      /not your agency's policy-signing key file/,
    );
  });
});
