/**
 * The team formats: the agency-signed directory, the sign-then-seal envelope and the co-signature,
 * each with a known answer (made from fixed seeds, so a change to the format shows here), a round
 * trip, and the tampering each must refuse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '../../../shared/crypto/sodium';
import { UnsupportedFormatError } from '../../../shared/crypto/errors';
import { inEnglish } from '../../../shared/messages';
import { memberWithKeys, readTeamDirectory, signTeamDirectory, type TeamDirectory } from '../../../shared/team/team-directory';
import { openTeamEnvelope, sealTeamEnvelope } from '../../../shared/team/team-envelope';
import { checkCoSignature, coSignRecord } from '../../../shared/team/co-signature';
import { TeamFailure } from '../../../shared/team/team-errors';
import type { TeamPayload } from '../../../shared/team/team-payload';
import {
  loadTeamIdentity,
  makeTeamIdentity,
  memberKeyFile,
  readMemberKeyFile,
  storeTeamIdentity,
  teamKeyFingerprint,
} from '../../../shared/team/team-identity';
import { makeTestTeam, OTHER_PEER_ID, PEER_ID, signedDirectory, SUPERVISOR_ID, TEAM_ID, type TestTeam } from './team-fixtures';

let sodium: Sodium;
let team: TestTeam;
let directory: TeamDirectory;

beforeAll(async () => {
  sodium = await loadSodium();
  team = makeTestTeam(sodium);
  directory = readTeamDirectory(sodium, signedDirectory(sodium, team), team.policyKeys);
});

const failure = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof TeamFailure) return error.reason;
    throw error;
  }
  throw new Error('expected a refusal');
};

const answer: TeamPayload = {
  v: 1,
  kind: 'review-answer',
  submissionId: 'c'.repeat(32),
  reviewerName: 'Sam',
  answeredAt: '2026-03-02T10:00:00.000Z',
  decision: 'returned',
  comment: 'Add what comes next.',
  coSignature: null,
};

describe('a member identity', () => {
  it('keeps its keys through the vault form and shows the same fingerprint as its key file', () => {
    const identity = makeTeamIdentity(sodium);
    const back = loadTeamIdentity(sodium, storeTeamIdentity(sodium, identity));
    expect(back.signing.secretKey).toEqual(identity.signing.secretKey);
    expect(back.sealing.privateKey).toEqual(identity.sealing.privateKey);
    const keys = { signingKey: identity.signing.publicKey, sealingKey: identity.sealing.publicKey };
    const file = memberKeyFile(sodium, keys);
    expect(readMemberKeyFile(sodium, JSON.parse(JSON.stringify(file)))).toEqual(keys);
    expect(file.fingerprint).toBe(teamKeyFingerprint(sodium, keys));
  });

  it('has a known fingerprint, and a key file whose fingerprint does not match its keys is refused', () => {
    const keys = { signingKey: team.peer.signing.publicKey, sealingKey: team.peer.sealing.publicKey };
    expect(teamKeyFingerprint(sodium, keys)).toBe('71cd d914 0fa0 99e5 ff10 e8fb b575 83c1 94aa 5205 627f 6ddc dd85 c30c 051b 0c24');
    const file = memberKeyFile(sodium, keys);
    expect(
      readMemberKeyFile(sodium, {
        ...file,
        sealingKey: memberKeyFile(sodium, { ...keys, sealingKey: team.supervisor.sealing.publicKey }).sealingKey,
      }),
    ).toBeNull();
  });
});

describe('the team directory', () => {
  it('is signed with a known answer and read back with every member', () => {
    expect(signedDirectory(sodium, team).signature).toBe(
      '5eYdkJ7CxuR7LbpjOfRAGkguuTkx6Wa//Bwilt3/K68d+bf2HfxbOYw4bxbL5nS2aDdO8ALXarcdxJmy9zX1CQ==',
    );
    expect(directory.teamId).toBe(TEAM_ID);
    expect([...directory.members.values()].map((member) => [member.memberId, member.role])).toEqual([
      [PEER_ID, 'peer'],
      [SUPERVISOR_ID, 'supervisor'],
      [OTHER_PEER_ID, 'peer'],
    ]);
    expect(
      memberWithKeys(sodium, directory, { signingKey: team.supervisor.signing.publicKey, sealingKey: team.supervisor.sealing.publicKey })
        ?.memberId,
    ).toBe(SUPERVISOR_ID);
  });

  it('refuses a list changed after signing, signed by another key, older than the one held, or for another team', () => {
    const signed = signedDirectory(sodium, team);
    const promoted = { ...signed, members: signed.members.map((member) => ({ ...member, role: 'supervisor' })) };
    expect(failure(() => readTeamDirectory(sodium, promoted, team.policyKeys))).toBe('directory-not-signed');
    const stranger = sodium.crypto_sign_keypair();
    const otherKeys = [{ publicKey: sodium.to_base64(stranger.publicKey, sodium.base64_variants.ORIGINAL) }];
    expect(failure(() => readTeamDirectory(sodium, signed, otherKeys))).toBe('directory-not-signed');
    expect(failure(() => readTeamDirectory(sodium, signed, team.policyKeys, { teamId: TEAM_ID, serial: 2 }))).toBe('directory-older');
    expect(failure(() => readTeamDirectory(sodium, signed, team.policyKeys, { teamId: 'b'.repeat(32), serial: 1 }))).toBe(
      'directory-other-team',
    );
    expect(failure(() => readTeamDirectory(sodium, { ...signed, format: 2 }, team.policyKeys))).toBe('directory-malformed');
    expect(failure(() => readTeamDirectory(sodium, 'not a list', team.policyKeys))).toBe('directory-malformed');
  });

  it('refuses a list that names one member twice even when signed', () => {
    const unsigned = team.unsigned();
    const doubled = { ...unsigned, members: [...unsigned.members, { ...unsigned.members[0]!, memberId: 'f'.repeat(32) }] };
    const signed = signTeamDirectory(sodium, doubled, team.policy.privateKey);
    expect(failure(() => readTeamDirectory(sodium, signed, team.policyKeys))).toBe('directory-malformed');
  });
});

describe('a sealed envelope', () => {
  const me = (memberId: string, identity = team.supervisor) => ({ memberId, identity });

  it('opens a known envelope sealed by the peer to the supervisor', () => {
    const known = sodium.from_hex(
      '013bc455df451ec2cb48dec7b1b16100276fa0dab06983e8ff58940bba668274745f6c01eec85b605d49aebda3880c757b3a6fbe0be8a877129735b44964b6beebeb34565f8e3d6b278772541eac11914d554c8bb0658ab6d9708a38677df3a7cc6e94a18d7349f7ab80cb543ccf6737d1e722fef3c622030cca9005c8a3bdc1f757522246d48e26058c92ab43e2aba5d096ab89e800f09e9e595055b8e66ed5b2f80dc686406c04d3746ef9cd2d8f86617c42f6ee1fccbf7614dc634307cd47aaaf59aaab02000bbab59d5fd6d601349cfd5e47ccf0566a91b4e0822cd12d33a99d2832e96c4916a01e41bc85f8236a390bf061900f4fdbbf095e75662e81af1d8c58d9055e9dba5e4f343ae790764c77867f4d25eae6453df9dcc7ca5910c86dcf65c7fac8220d85396eb703fc342a7eb2ee93afed22202204e6b40dcb1fdd27d6bab39e1ac5a38e9349581eafda464cd3289cbe0758efab7f9239d5408ff2c2f655aef24db09b39',
    );
    expect(openTeamEnvelope(sodium, known, me(SUPERVISOR_ID), directory)).toEqual({ from: PEER_ID, payload: answer });
  });

  it('round-trips, and holds none of the payload or the member ids in clear', () => {
    const sealed = sealTeamEnvelope(sodium, {
      from: { memberId: PEER_ID, identity: team.peer },
      to: { memberId: SUPERVISOR_ID, sealingKey: team.supervisor.sealing.publicKey },
      payload: answer,
    });
    expect(sealed[0]).toBe(1);
    const text = Buffer.from(sealed).toString('latin1');
    for (const marker of ['Add what comes next', 'review-answer', 'Sam']) expect(text).not.toContain(marker);
    expect(Buffer.from(sealed).toString('hex')).not.toContain(PEER_ID);
    expect(openTeamEnvelope(sodium, sealed, me(SUPERVISOR_ID), directory).payload).toEqual(answer);
  });

  it('is refused when changed, sealed for someone else, of an unknown version, or from a member taken off the list', () => {
    const sealed = sealTeamEnvelope(sodium, {
      from: { memberId: PEER_ID, identity: team.peer },
      to: { memberId: SUPERVISOR_ID, sealingKey: team.supervisor.sealing.publicKey },
      payload: answer,
    });
    const flipped = sealed.slice();
    flipped[40] = flipped[40]! ^ 1;
    expect(failure(() => openTeamEnvelope(sodium, flipped, me(SUPERVISOR_ID), directory))).toBe('envelope-unreadable');
    expect(failure(() => openTeamEnvelope(sodium, sealed, me(OTHER_PEER_ID, team.otherPeer), directory))).toBe('envelope-unreadable');
    const newer = sealed.slice();
    newer[0] = 2;
    expect(() => openTeamEnvelope(sodium, newer, me(SUPERVISOR_ID), directory)).toThrow(UnsupportedFormatError);
    const withoutPeer = readTeamDirectory(sodium, signedDirectory(sodium, team, 2, PEER_ID), team.policyKeys);
    const refused = (() => {
      try {
        openTeamEnvelope(sodium, sealed, me(SUPERVISOR_ID), withoutPeer);
      } catch (error) {
        return error as TeamFailure;
      }
    })();
    expect(refused?.reason).toBe('sender-not-in-team');
    expect(inEnglish(refused!.messages)).toMatch(/not on your team list/);
  });

  it('is refused when a member signs as another (their key, the other’s id)', () => {
    const forged = sealTeamEnvelope(sodium, {
      from: { memberId: PEER_ID, identity: team.otherPeer },
      to: { memberId: SUPERVISOR_ID, sealingKey: team.supervisor.sealing.publicKey },
      payload: answer,
    });
    expect(failure(() => openTeamEnvelope(sodium, forged, me(SUPERVISOR_ID), directory))).toBe('sender-signature');
  });
});

describe('a co-signature', () => {
  const record = { id: 'r1', rev: 'rev1', fields: { whatWeDid: 'Walked to the library', date: '2026-03-01' } };
  const coSign = (supervisorId = SUPERVISOR_ID, identity = team.supervisor) =>
    coSignRecord(sodium, { supervisorId, signingSecretKey: identity.signing.secretKey, record, signedAt: '2026-03-02T10:00:00.000Z' });

  it('has a known answer and holds for the words reviewed, whatever order their fields are in', () => {
    expect(coSign().signature).toBe('bg5JIh+3b9g+e5bHySQ1vTa2ne4wnisA/oqC0cJ6EtC0yVpSakTS35Zk4Z5jMmbPy/1+9b/vYL02t+BmilqeCQ==');
    expect(() =>
      checkCoSignature(sodium, coSign(), { ...record, fields: { date: '2026-03-01', whatWeDid: 'Walked to the library' } }, directory),
    ).not.toThrow();
  });

  it('is refused for changed words, another revision, a peer signing, or a supervisor taken off the list', () => {
    const changed = { ...record, fields: { ...record.fields, whatWeDid: 'Walked to the park' } };
    expect(failure(() => checkCoSignature(sodium, coSign(), changed, directory))).toBe('co-signature-invalid');
    expect(failure(() => checkCoSignature(sodium, coSign(), { ...record, rev: 'rev2' }, directory))).toBe('co-signature-invalid');
    expect(failure(() => checkCoSignature(sodium, coSign(OTHER_PEER_ID, team.otherPeer), record, directory))).toBe('co-signature-invalid');
    const withoutSupervisor = readTeamDirectory(sodium, signedDirectory(sodium, team, 2, SUPERVISOR_ID), team.policyKeys);
    expect(failure(() => checkCoSignature(sodium, coSign(), record, withoutSupervisor))).toBe('co-signature-invalid');
    const forged = { ...coSign(), signedAt: '2026-03-03T10:00:00.000Z' };
    expect(failure(() => checkCoSignature(sodium, forged, record, directory))).toBe('co-signature-invalid');
  });
});
