/** A team for the format tests: an agency policy key and members made from fixed seeds, so signatures are known answers. */
import type { Sodium } from '../../../shared/crypto/sodium';
import type { TeamIdentity } from '../../../shared/team/team-identity';
import { signTeamDirectory, type TeamRole, type UnsignedTeamDirectory } from '../../../shared/team/team-directory';

export const seed = (byte: number) => new Uint8Array(32).fill(byte);

export function seededIdentity(sodium: Sodium, byte: number): TeamIdentity {
  const signing = sodium.crypto_sign_seed_keypair(seed(byte));
  const sealing = sodium.crypto_box_seed_keypair(seed(byte + 100));
  return {
    signing: { publicKey: signing.publicKey, secretKey: signing.privateKey },
    sealing: { publicKey: sealing.publicKey, privateKey: sealing.privateKey },
  };
}

export const TEAM_ID = 'a'.repeat(32);
export const PEER_ID = '1'.repeat(32);
export const SUPERVISOR_ID = '2'.repeat(32);
export const OTHER_PEER_ID = '3'.repeat(32);

export interface TestTeam {
  policy: { publicKey: Uint8Array; privateKey: Uint8Array };
  policyKeys: { publicKey: string }[];
  peer: TeamIdentity;
  supervisor: TeamIdentity;
  otherPeer: TeamIdentity;
  unsigned(serial?: number, without?: string): UnsignedTeamDirectory;
}

export function makeTestTeam(sodium: Sodium): TestTeam {
  const policy = sodium.crypto_sign_seed_keypair(seed(9));
  const peer = seededIdentity(sodium, 1);
  const supervisor = seededIdentity(sodium, 2);
  const otherPeer = seededIdentity(sodium, 3);
  const b64 = (bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
  const entry = (memberId: string, role: TeamRole, identity: TeamIdentity) => ({
    memberId,
    role,
    signingKey: b64(identity.signing.publicKey),
    sealingKey: b64(identity.sealing.publicKey),
  });
  return {
    policy,
    policyKeys: [{ publicKey: sodium.to_base64(policy.publicKey, sodium.base64_variants.ORIGINAL) }],
    peer,
    supervisor,
    otherPeer,
    unsigned: (serial = 1, without) => ({
      type: 'peer-notebook/team-directory',
      format: 1,
      teamId: TEAM_ID,
      serial,
      issuedAt: '2026-03-01T09:00:00.000Z',
      members: [
        entry(PEER_ID, 'peer', peer),
        entry(SUPERVISOR_ID, 'supervisor', supervisor),
        entry(OTHER_PEER_ID, 'peer', otherPeer),
      ].filter((member) => member.memberId !== without),
    }),
  };
}

export const signedDirectory = (sodium: Sodium, team: TestTeam, serial = 1, without?: string) =>
  signTeamDirectory(sodium, team.unsigned(serial, without), team.policy.privateKey);
