/**
 * This installation's policy, put together from the real pieces: the agency.json built into this
 * bundle, the machine's file system and system tools. index.ts calls it once at start-up; the
 * pieces themselves are tested with fakes (installation-policy.ts and the readers).
 */
import { access, readFile } from 'node:fs/promises';
import builtInAgencyConfig from 'virtual:peer-notebook/agency-config';
import { APP_ID } from '@shared/app-identity';
import type { InstallationPolicy } from '@shared/agency/installation-policy';
import { loadSodium } from '@shared/crypto/sodium';
import { runCommand } from '../command-runner';
import { loadInstallationPolicy } from './installation-policy';

export { builtInAgencyConfig };

export async function loadThisInstallationPolicy(): Promise<InstallationPolicy> {
  return loadInstallationPolicy(await loadSodium(), builtInAgencyConfig, {
    platform: process.platform,
    appId: APP_ID,
    run: runCommand,
    readFile: (path) => readFile(path, 'utf8'),
    pathExists: (path) =>
      access(path).then(
        () => true,
        () => false,
      ),
  });
}
