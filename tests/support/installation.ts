/**
 * The main process's start-up pieces as a test needs them: the installation policy a community
 * build with no OS policy really gets (through the real merge), and the update service as it runs
 * with no feed configured (off; its updater must never be touched).
 */
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import { resolveInstallationPolicy } from '@shared/agency/policy-merge';
import type { Sodium } from '@shared/crypto/sodium';
import { createUpdateService, type AgencyUpdater, type UpdateService } from '../../electron/main/updates';

export function communityInstallation(sodium: Sodium): InstallationPolicy {
  return resolveInstallationPolicy(sodium, { agencyConfig: null, osPolicy: { status: 'absent', location: '/etc/peer-notebook/policy.json' } });
}

const untouchable = (): never => {
  throw new Error('updates are off: the updater must not be used');
};

export function updatesOff(): UpdateService {
  const updater: AgencyUpdater = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    setFeedURL: untouchable,
    checkForUpdates: untouchable,
    downloadUpdate: untouchable,
    quitAndInstall: untouchable,
    on: () => updater,
  };
  return createUpdateService({ updater, feedUrl: null, connectionCost: async () => 'unknown', onStatus: () => undefined });
}
