/**
 * What the installation's policy asks of the vault. The vault worker does not read the policy (the
 * main process hands it to the window), so the screens pass it with each call that needs it, and
 * the vault checks against it: the screens' own checks are for the peer, the vault's are the rule.
 */
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import type { AgencyKeyTrust, CandidateAgencyKey } from '@shared/agency/agency-keys';

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
}

export function vaultPolicyOf({ agency, settings }: InstallationPolicy): VaultPolicy {
  const trust: AgencyKeyTrust = { recoveryKeys: agency?.recoveryKeys ?? [], policyKeys: agency?.policyKeys ?? [] };
  return {
    minimumPassphraseScore: settings.minimumPassphraseScore.value,
    autoLockMaxMinutes: settings.autoLockMaxMinutes.value,
    // The slot is sealed to the keys built into this installer, and only to them.
    agencySlot: settings.requireAgencyKeySlot.value && trust.recoveryKeys.length > 0 ? { keys: [...trust.recoveryKeys], trust } : null,
  };
}
