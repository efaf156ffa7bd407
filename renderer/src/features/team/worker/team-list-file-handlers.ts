/**
 * A team list the agency sent as a file (`npm run admin -- team-sign --out`), for a notebook with
 * no sync server: checked exactly as `team.acceptDirectory` will check it (the agency's signature,
 * this team, not older than the list held) and described, so the peer sees what it is before
 * taking it. Nothing is written here.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { memberWithKeys, readTeamDirectory, type TeamDirectory, type TeamRole } from '@shared/team/team-directory';
import { TeamFailure } from '@shared/team/team-errors';
import type { TeamIdentity } from '@shared/team/team-identity';

/** What a checked team list says, for the peer to look over before taking it. */
export interface TeamListPreview {
  serial: number;
  issuedAt: string;
  /** The fingerprint of the agency key that signed it (the About screen lists the installation's). */
  signedBy: string;
  peers: number;
  supervisors: number;
  /** My role on it; null when this notebook's keys are not on it. */
  myRole: TeamRole | null;
  /** The list held now, if any: the new one replaces it. */
  heldSerial: number | null;
}

export interface TeamListFileParts {
  me(): Promise<{ sodium: Sodium; identity: TeamIdentity; directory: TeamDirectory | null }>;
  policyKeys(): readonly { publicKey: string }[];
}

export function teamListFileHandlers({ me, policyKeys }: TeamListFileParts) {
  return {
    /** A team list file's text, checked and described; TeamFailure (in plain words) when it is damaged, not signed by the agency, another team's or older. */
    'team.previewDirectory': async ({ text }: { text: string }): Promise<TeamListPreview> => {
      const found = await me();
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new TeamFailure('directory-malformed');
      }
      const held = found.directory && { teamId: found.directory.teamId, serial: found.directory.serial };
      const checked = readTeamDirectory(found.sodium, value, policyKeys(), held);
      const members = [...checked.members.values()];
      const mine = memberWithKeys(found.sodium, checked, {
        signingKey: found.identity.signing.publicKey,
        sealingKey: found.identity.sealing.publicKey,
      });
      return {
        serial: checked.serial,
        issuedAt: checked.document.issuedAt,
        signedBy: checked.signedBy,
        peers: members.filter((member) => member.role === 'peer').length,
        supervisors: members.filter((member) => member.role === 'supervisor').length,
        myRole: mine?.role ?? null,
        heldSerial: found.directory?.serial ?? null,
      };
    },
  };
}
