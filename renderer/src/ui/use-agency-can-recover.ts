import { useInstallationPolicy } from './contexts';

/**
 * Whether the agency can open this notebook's records with its own key: its build carries a
 * recovery key (backups are sealed to it, and a required agency slot too). Only then do the
 * consent and confidentiality screens tell the person so; a community build has no such key.
 */
export function useAgencyCanRecover(): boolean {
  return (useInstallationPolicy().agency?.recoveryKeys.length ?? 0) > 0;
}
