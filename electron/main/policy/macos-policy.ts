/**
 * macOS: the policy is the app's managed preferences, which an MDM's configuration profile
 * (payload type org.peernotebook.app) installs as /Library/Managed Preferences/<app id>.plist.
 * Only root can write there. plutil turns the plist into JSON, so plist keys are the setting names.
 */
import type { OsPolicyReading } from '@shared/agency/policy-document';
import { say } from '@shared/messages';
import type { CommandRunner } from '../command-runner';

export const macosPolicyPath = (appId: string): string => `/Library/Managed Preferences/${appId}.plist`;

export interface MacosPolicyDeps {
  appId: string;
  run: CommandRunner;
  pathExists(path: string): Promise<boolean>;
}

export async function readMacosPolicy({ appId, run, pathExists }: MacosPolicyDeps): Promise<OsPolicyReading> {
  const location = macosPolicyPath(appId);
  if (!(await pathExists(location))) return { status: 'absent', location };
  const result = await run('/usr/bin/plutil', ['-convert', 'json', '-o', '-', location]);
  if (result.exitCode !== 0)
    return {
      status: 'unreadable',
      location,
      reason: say('policy.reason.plutilFailed', {
        detail: result.stderr.trim() || say('policy.reason.exitCode', { code: String(result.exitCode) }),
      }),
    };
  try {
    return { status: 'found', location, document: JSON.parse(result.stdout) };
  } catch (error) {
    return { status: 'unreadable', location, reason: say('policy.reason.plutilNotJson', { detail: (error as Error).message }) };
  }
}
