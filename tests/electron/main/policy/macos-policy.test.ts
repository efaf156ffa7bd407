import { describe, expect, it } from 'vitest';
import { say } from '../../../../shared/messages';
import { macosPolicyPath, readMacosPolicy } from '../../../../electron/main/policy/macos-policy';
import { APP_ID } from '../../../../shared/app-identity';
import { fakeCommands } from '../command-fakes';

const PATH = '/Library/Managed Preferences/org.peernotebook.app.plist';
const exists = (present: boolean) => async () => present;

describe('the macOS managed preferences policy', () => {
  it("is the app id's plist in /Library/Managed Preferences", () => {
    expect(macosPolicyPath(APP_ID)).toBe(PATH);
  });

  it('converts the plist with plutil and reads its keys as settings', async () => {
    const commands = fakeCommands(() => ({
      stdout: '{"autoLockMaxMinutes":5,"plaintextExportAllowed":false,"stateRules":[{"state":"TX","noteDeadline":{"businessDays":1}}]}',
    }));
    const reading = await readMacosPolicy({ appId: APP_ID, run: commands.run, pathExists: exists(true) });
    expect(commands.calls).toEqual([{ file: '/usr/bin/plutil', args: ['-convert', 'json', '-o', '-', PATH] }]);
    expect(reading).toEqual({
      status: 'found',
      location: PATH,
      document: { autoLockMaxMinutes: 5, plaintextExportAllowed: false, stateRules: [{ state: 'TX', noteDeadline: { businessDays: 1 } }] },
    });
  });

  it('no managed preferences is no policy, and plutil is not run', async () => {
    const commands = fakeCommands(() => ({}));
    expect(await readMacosPolicy({ appId: APP_ID, run: commands.run, pathExists: exists(false) })).toEqual({
      status: 'absent',
      location: PATH,
    });
    expect(commands.calls).toEqual([]);
  });

  it("a plist plutil cannot convert is unreadable, with plutil's words", async () => {
    const commands = fakeCommands(() => ({ exitCode: 1, stderr: `${PATH}: invalid object in plist for destination format\n` }));
    expect(await readMacosPolicy({ appId: APP_ID, run: commands.run, pathExists: exists(true) })).toEqual({
      status: 'unreadable',
      location: PATH,
      reason: say('policy.reason.plutilFailed', { detail: `${PATH}: invalid object in plist for destination format` }),
    });
  });
});
