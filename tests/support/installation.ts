/**
 * The main process's start-up pieces as a test needs them: the installation policy a community
 * build with no OS policy, or an agency's build, really gets (through the real merge), and the update service as it runs
 * with no feed configured (off; its updater must never be touched).
 */
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import { resolveInstallationPolicy } from '@shared/agency/policy-merge';
import { parseAgencyConfig } from '@shared/agency/agency-config';
import type { Sodium } from '@shared/crypto/sodium';
import type { UpdateStatus } from '@shared/update-status';
import { createUpdateService, type AgencyUpdater, type UpdateService } from '../../electron/main/updates';

export const LINUX_POLICY_LOCATION = '/etc/peer-notebook/policy.json';

export function communityInstallation(sodium: Sodium): InstallationPolicy {
  return resolveInstallationPolicy(sodium, { agencyConfig: null, osPolicy: { status: 'absent', location: LINUX_POLICY_LOCATION } });
}

/**
 * What an agency's installer (its agency.json, checked as the build checks it) and, optionally, a
 * policy document in the computer's policy place really give the app, through the real merge.
 */
export function agencyInstallation(sodium: Sodium, agencyJson: unknown, osPolicyDocument?: unknown): InstallationPolicy {
  const osPolicy =
    osPolicyDocument === undefined
      ? ({ status: 'absent', location: LINUX_POLICY_LOCATION } as const)
      : ({ status: 'found', location: LINUX_POLICY_LOCATION, document: osPolicyDocument } as const);
  return resolveInstallationPolicy(sodium, { agencyConfig: parseAgencyConfig(sodium, agencyJson), osPolicy });
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

/**
 * An agency feed with version 2.0.0 waiting, reached over a metered connection: the real update
 * service around a fake electron-updater. `forward` sends each status change to the window (as the
 * main process does); `restarts` counts the times the app was asked to quit and install.
 */
export function meteredAgencyFeed() {
  const listeners = new Map<string, (payload: never) => void>();
  let forward: (status: UpdateStatus) => void = () => undefined;
  const feed = {
    restarts: 0,
    service: null as unknown as UpdateService,
    forward: (to: (status: UpdateStatus) => void) => void (forward = to),
  };
  const updater: AgencyUpdater = {
    autoDownload: false,
    autoInstallOnAppQuit: true,
    setFeedURL: () => undefined,
    checkForUpdates: async () => ({ isUpdateAvailable: true, updateInfo: { version: '2.0.0' } }),
    downloadUpdate: async () => {
      (listeners.get('update-downloaded') as ((event: { version: string }) => void) | undefined)?.({ version: '2.0.0' });
      return [];
    },
    quitAndInstall: () => {
      feed.restarts += 1;
    },
    on: (event: string, listener: (payload: never) => void) => {
      listeners.set(event, listener);
      return updater;
    },
  };
  feed.service = createUpdateService({
    updater,
    feedUrl: 'https://updates.riverbend.example/peer-notebook/',
    connectionCost: async () => 'metered',
    onStatus: (status) => forward(status),
  });
  return feed;
}
