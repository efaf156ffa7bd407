import { beforeAll, describe, expect, it } from 'vitest';
import { loadInstallationPolicy, type OsPolicyAccess } from '../../../../electron/main/policy/installation-policy';
import { parseAgencyConfig, type AgencyConfig } from '../../../../shared/agency/agency-config';
import { APP_ID } from '../../../../shared/app-identity';
import { loadSodium, type Sodium } from '../../../../shared/crypto/sodium';
import { makeTestAgency } from '../../../shared/agency/agency-fixtures';
import { fakeCommands } from '../command-fakes';

let sodium: Sodium;
let config: AgencyConfig;
beforeAll(async () => {
  sodium = await loadSodium();
  config = parseAgencyConfig(sodium, makeTestAgency(sodium).json);
});

/** Each platform's policy place holds "auto-lock after at most 5 minutes". */
function access(platform: NodeJS.Platform): OsPolicyAccess {
  return {
    platform,
    appId: APP_ID,
    run: fakeCommands((file) =>
      file.endsWith('reg.exe')
        ? { stdout: '\r\nHKEY_LOCAL_MACHINE\\Software\\Policies\\PeerNotebook\r\n    autoLockMaxMinutes    REG_DWORD    0x5\r\n' }
        : { stdout: '{"autoLockMaxMinutes":5}' },
    ).run,
    readFile: async () => '{"autoLockMaxMinutes":5}',
    pathExists: async () => true,
  };
}

describe("the installation's policy at start-up", () => {
  it.each([
    ['win32', 'HKLM\\Software\\Policies\\PeerNotebook'],
    ['darwin', '/Library/Managed Preferences/org.peernotebook.app.plist'],
    ['linux', '/etc/peer-notebook/policy.json'],
  ] as const)('on %s, reads %s and applies it over the agency build', async (platform, location) => {
    const policy = await loadInstallationPolicy(sodium, config, access(platform));
    expect(policy.settings.autoLockMaxMinutes).toEqual({ value: 5, source: { kind: 'os-policy', location, signedBy: null } });
    expect(policy.settings.plaintextExportAllowed).toEqual({ value: false, source: { kind: 'agency-build' } });
    expect(policy.osPolicy).toEqual({ location, status: 'applied', signedBy: null });
  });
});
