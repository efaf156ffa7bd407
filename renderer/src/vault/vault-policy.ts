/**
 * What the installation's policy asks of the vault core. The worker does not read the policy (the
 * main process hands it to the window), so the window gives it to the core once, as the app
 * starts (`vault.configure`), and the core holds every call to it: the screens' own checks are for
 * the peer, the core's are the rule. A call that needs it before it was given fails loudly
 * (PolicyNotGivenError) rather than fall back to a community build's rules.
 */
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import type { AgencyKeyTrust, CandidateAgencyKey } from '@shared/agency/agency-keys';
import type { NotePolicy } from '@shared/agency/note-policy';
import { BUILT_IN_POLICY_SETTINGS, type ReviewableKind } from '@shared/agency/policy-settings';

export interface VaultPolicy {
  /** A new passphrase must reach this zxcvbn score (0 to 4). */
  minimumPassphraseScore: number;
  /** The peer may not choose a longer auto-lock time. */
  autoLockMaxMinutes: number;
  /**
   * Set when the policy requires an agency slot: the keys to seal the vault key to, and the keys
   * built into this installation that each must be pinned against (agency-keys.ts).
   */
  agencySlot: { keys: CandidateAgencyKey[]; trust: AgencyKeyTrust } | null;
  /** When a service note is due, and how its minutes become units. */
  notes: NotePolicy;
  /** Team work: the policy keys a team list must be signed by, what a supervisor reviews, and what needs co-signing. */
  team: TeamPolicy;
}

export interface TeamPolicy {
  policyKeys: readonly { publicKey: string }[];
  supervisorReviews: readonly ReviewableKind[];
  coSignRequired: readonly ReviewableKind[];
}

export function vaultPolicyOf({ agency, settings }: InstallationPolicy): VaultPolicy {
  const trust: AgencyKeyTrust = { recoveryKeys: agency?.recoveryKeys ?? [], policyKeys: agency?.policyKeys ?? [] };
  return {
    minimumPassphraseScore: settings.minimumPassphraseScore.value,
    autoLockMaxMinutes: settings.autoLockMaxMinutes.value,
    // The slot is sealed to the keys built into this installer, and only to them.
    agencySlot: settings.requireAgencyKeySlot.value && trust.recoveryKeys.length > 0 ? { keys: [...trust.recoveryKeys], trust } : null,
    notes: { noteDueHours: settings.noteDueHours.value, stateRules: settings.stateRules.value, noteUnitRule: settings.noteUnitRule.value },
    team: {
      policyKeys: trust.policyKeys,
      supervisorReviews: settings.supervisorReviews.value,
      coSignRequired: settings.coSignRequired.value,
    },
  };
}

/** A community build's policy (no agency): what tests and the bench give the core. */
export const COMMUNITY_VAULT_POLICY: VaultPolicy = {
  minimumPassphraseScore: BUILT_IN_POLICY_SETTINGS.minimumPassphraseScore,
  autoLockMaxMinutes: BUILT_IN_POLICY_SETTINGS.autoLockMaxMinutes,
  agencySlot: null,
  notes: {
    noteDueHours: BUILT_IN_POLICY_SETTINGS.noteDueHours,
    stateRules: BUILT_IN_POLICY_SETTINGS.stateRules,
    noteUnitRule: BUILT_IN_POLICY_SETTINGS.noteUnitRule,
  },
  team: {
    policyKeys: [],
    supervisorReviews: BUILT_IN_POLICY_SETTINGS.supervisorReviews,
    coSignRequired: BUILT_IN_POLICY_SETTINGS.coSignRequired,
  },
};
