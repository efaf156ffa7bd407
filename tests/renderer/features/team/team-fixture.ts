/**
 * Notebooks on one team without a server: an agency policy key of the test's own, and team lists
 * signed with it as the admin tool signs them (`team-sign`), handed to each notebook as a file
 * would be. For the team worker's rules; the whole flow through a server is tests/server/team-flow.
 */
import { randomBytes } from 'node:crypto';
import type { Sodium } from '@shared/crypto/sodium';
import { agencyKeyFingerprint } from '@shared/crypto/agency-key';
import { signTeamDirectory, TEAM_DIRECTORY_FORMAT_VERSION, type TeamDirectoryDocument, type TeamRole } from '@shared/team/team-directory';
import { COMMUNITY_VAULT_POLICY, type VaultPolicy } from '../../../../renderer/src/vault/vault-policy';
import { testSodium } from '../../../support/test-sodium';
import { callsOf, createdVault, TestClock } from '../../vault/vault-fixture';

export interface TeamAgency {
  sodium: Sodium;
  policy: VaultPolicy;
  /** The fingerprint of the agency's policy key, as a checked list says who signed it. */
  fingerprint: string;
  teamId: string;
  /** A team list of these members, numbered `serial`, signed with the agency's key (or `signingKey`). */
  sign(members: TeamMemberKeys[], serial: number, signingKey?: Uint8Array): TeamDirectoryDocument;
}

export interface TeamMemberKeys {
  memberId: string;
  role: TeamRole;
  signingKey: string;
  sealingKey: string;
}

export async function teamAgency(): Promise<TeamAgency> {
  const sodium = await testSodium();
  const { publicKey, privateKey } = sodium.crypto_sign_keypair();
  const fingerprint = agencyKeyFingerprint(sodium, publicKey);
  const policy: VaultPolicy = {
    ...COMMUNITY_VAULT_POLICY,
    team: {
      policyKeys: [{ publicKey: sodium.to_base64(publicKey, sodium.base64_variants.ORIGINAL) }],
      supervisorReviews: ['service-note'],
      coSignRequired: [],
    },
  };
  const teamId = randomBytes(16).toString('hex');
  return {
    sodium,
    policy,
    fingerprint,
    teamId,
    sign: (members, serial, signingKey = privateKey) =>
      signTeamDirectory(
        sodium,
        {
          type: 'peer-notebook/team-directory',
          format: TEAM_DIRECTORY_FORMAT_VERSION,
          teamId,
          serial,
          issuedAt: '2026-11-23T09:00:00.000Z',
          members,
        },
        signingKey,
      ),
  };
}

/** A notebook of this agency's installation, and its keys as the agency would list it. */
export async function teamNotebook(agency: TeamAgency, role: TeamRole, clock = new TestClock()) {
  const { vault } = await createdVault({ policy: agency.policy, clock });
  const call = callsOf(vault);
  const { signingKey, sealingKey } = await call('team.status');
  const keys: TeamMemberKeys = { memberId: randomBytes(16).toString('hex'), role, signingKey, sealingKey };
  return { vault, call, keys, clock };
}
