/**
 * The main process's side of agency policy: read the operating system's policy place for this
 * platform, then merge it with the build's agency.json (shared/agency/policy-merge.ts). Done once
 * at start-up; the result is what the renderer's "About this installation" screen shows.
 */
import type { AgencyConfig } from '@shared/agency/agency-config';
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import type { OsPolicyReading } from '@shared/agency/policy-document';
import { resolveInstallationPolicy } from '@shared/agency/policy-merge';
import type { Sodium } from '@shared/crypto/sodium';
import type { CommandRunner } from '../command-runner';
import { readLinuxPolicy } from './linux-policy';
import { readMacosPolicy } from './macos-policy';
import { readWindowsPolicy } from './windows-policy';

export interface OsPolicyAccess {
  platform: NodeJS.Platform;
  appId: string;
  run: CommandRunner;
  readFile(path: string): Promise<string>;
  pathExists(path: string): Promise<boolean>;
}

export function readOsPolicy({ platform, appId, run, readFile, pathExists }: OsPolicyAccess): Promise<OsPolicyReading> {
  if (platform === 'win32') return readWindowsPolicy(run);
  if (platform === 'darwin') return readMacosPolicy({ appId, run, pathExists });
  return readLinuxPolicy(readFile);
}

export async function loadInstallationPolicy(
  sodium: Sodium,
  agencyConfig: AgencyConfig | null,
  access: OsPolicyAccess,
): Promise<InstallationPolicy> {
  return resolveInstallationPolicy(sodium, { agencyConfig, osPolicy: await readOsPolicy(access) });
}
