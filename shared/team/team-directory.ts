/**
 * The agency's team list: each member's random id, role (peer or supervisor) and public keys,
 * signed with the agency's policy-signing key (agency-signature.ts, kind "team-directory") and
 * numbered (`serial`), so an app takes only a list its agency signed, never an older one than it
 * has, and never one for another team. It holds no names: the server that hands it out stays
 * blind to who is on the team. A member taken off the list is no longer sealed to, and what they
 * send after is set aside unread.
 */
import { z } from 'zod';
import type { Sodium } from '../crypto/sodium';
import { findAgencySigner, signAgencyDocument } from '../agency/agency-signature';
import { PUBLIC_KEY_TEXT, type TeamPublicKeys } from './team-identity';
import { TeamFailure } from './team-errors';

export const TEAM_DIRECTORY_FORMAT_VERSION = 1;
/** Member and team ids: 128 random bits as hex, like every other id the server sees. */
export const TEAM_ID = /^[0-9a-f]{32}$/;
export const MAX_TEAM_MEMBERS = 2000;

export const TeamRole = z.enum(['peer', 'supervisor']);
export type TeamRole = z.infer<typeof TeamRole>;

export const DirectoryMember = z.object({
  memberId: z.string().regex(TEAM_ID),
  role: TeamRole,
  signingKey: z.string().regex(PUBLIC_KEY_TEXT),
  sealingKey: z.string().regex(PUBLIC_KEY_TEXT),
});
export type DirectoryMember = z.infer<typeof DirectoryMember>;

const directoryFields = {
  type: z.literal('peer-notebook/team-directory'),
  format: z.literal(TEAM_DIRECTORY_FORMAT_VERSION),
  teamId: z.string().regex(TEAM_ID),
  serial: z.number().int().positive(),
  issuedAt: z.string(),
  members: z.array(DirectoryMember).max(MAX_TEAM_MEMBERS),
};
export const UnsignedTeamDirectory = z.object(directoryFields).strict();
export type UnsignedTeamDirectory = z.infer<typeof UnsignedTeamDirectory>;
export const TeamDirectoryDocument = z.object({ ...directoryFields, signature: z.string() }).strict();
export type TeamDirectoryDocument = z.infer<typeof TeamDirectoryDocument>;

export interface TeamMember extends TeamPublicKeys {
  memberId: string;
  role: TeamRole;
}

/** A list that passed every check; only readTeamDirectory makes one. */
export interface TeamDirectory {
  readonly teamId: string;
  readonly serial: number;
  readonly members: ReadonlyMap<string, TeamMember>;
  /** Fingerprint of the policy key that signed it. */
  readonly signedBy: string;
  /** The document as signed, to keep and hand on. */
  readonly document: TeamDirectoryDocument;
}

export function signTeamDirectory(sodium: Sodium, directory: UnsignedTeamDirectory, policySecretKey: Uint8Array): TeamDirectoryDocument {
  return signAgencyDocument(sodium, 'team-directory', UnsignedTeamDirectory.parse(directory), policySecretKey);
}

/**
 * Checks a list against the installation's policy keys and, when one is held already, against it:
 * same team, serial not lower. Throws TeamFailure with the reason.
 */
export function readTeamDirectory(
  sodium: Sodium,
  value: unknown,
  policyKeys: readonly { publicKey: string }[],
  held?: { teamId: string; serial: number } | null,
): TeamDirectory {
  const parsed = TeamDirectoryDocument.safeParse(value);
  if (!parsed.success) throw new TeamFailure('directory-malformed');
  const signedBy = findAgencySigner(sodium, 'team-directory', parsed.data, policyKeys);
  if (!signedBy) throw new TeamFailure('directory-not-signed');
  if (held && held.teamId !== parsed.data.teamId) throw new TeamFailure('directory-other-team');
  if (held && parsed.data.serial < held.serial) throw new TeamFailure('directory-older');
  const key = (text: string) => sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);
  const members = new Map<string, TeamMember>();
  const keysSeen = new Set<string>();
  for (const member of parsed.data.members) {
    // One id, one entry; one key, one member: a list that says otherwise was not made by the admin tool.
    if (members.has(member.memberId) || keysSeen.has(member.signingKey) || keysSeen.has(member.sealingKey))
      throw new TeamFailure('directory-malformed');
    keysSeen.add(member.signingKey).add(member.sealingKey);
    members.set(member.memberId, {
      memberId: member.memberId,
      role: member.role,
      signingKey: key(member.signingKey),
      sealingKey: key(member.sealingKey),
    });
  }
  return { teamId: parsed.data.teamId, serial: parsed.data.serial, members, signedBy, document: parsed.data };
}

/** The member on the list with these signing and sealing keys (the app finding itself), if any. */
export function memberWithKeys(sodium: Sodium, directory: TeamDirectory, keys: TeamPublicKeys): TeamMember | null {
  for (const member of directory.members.values()) {
    if (sodium.memcmp(member.signingKey, keys.signingKey) && sodium.memcmp(member.sealingKey, keys.sealingKey)) return member;
  }
  return null;
}
