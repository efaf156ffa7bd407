import { describe, expect, it } from 'vitest';
import { say } from '../../../../shared/messages';
import {
  policyDocumentFromRegQuery,
  readWindowsPolicy,
  systemRegExe,
  WINDOWS_POLICY_KEY,
} from '../../../../electron/main/policy/windows-policy';
import { fakeCommands } from '../command-fakes';

/** What reg.exe prints for the key, as on Windows (CRLF, blank lines around the key name). */
const REG_OUTPUT = [
  '',
  'HKEY_LOCAL_MACHINE\\Software\\Policies\\PeerNotebook',
  '    AutoLockMaxMinutes    REG_DWORD    0xa',
  '    plaintextExportAllowed    REG_DWORD    0x0',
  '    requireAgencyKeySlot    REG_DWORD    0x1',
  '    stateRules    REG_SZ    [{"state":"NC","noteDeadline":{"hours":12}}]',
  '    noteUnitRule    REG_SZ    {"unitMinutes":15,"partialUnitFromMinutes":8}',
  '    signature    REG_SZ    c2lnbmVk',
  '    an old value    REG_SZ    ',
  '',
  'HKEY_LOCAL_MACHINE\\Software\\Policies\\PeerNotebook\\Sub',
  '',
].join('\r\n');

describe('the Windows registry policy', () => {
  it('asks reg.exe (by its system path) for the policy key in the 64-bit view', async () => {
    const commands = fakeCommands(() => ({ stdout: REG_OUTPUT }));
    await readWindowsPolicy(commands.run, systemRegExe('C:\\Windows'));
    expect(commands.calls).toEqual([
      { file: 'C:\\Windows\\System32\\reg.exe', args: ['query', 'HKLM\\Software\\Policies\\PeerNotebook', '/reg:64'] },
    ]);
  });

  it('turns the values into a policy document: DWORD numbers, 0/1 as false/true, stateRules and noteUnitRule from JSON, names in their own spelling', async () => {
    const commands = fakeCommands(() => ({ stdout: REG_OUTPUT }));
    expect(await readWindowsPolicy(commands.run)).toEqual({
      status: 'found',
      location: WINDOWS_POLICY_KEY,
      document: {
        autoLockMaxMinutes: 10,
        plaintextExportAllowed: false,
        requireAgencyKeySlot: true,
        stateRules: [{ state: 'NC', noteDeadline: { hours: 12 } }],
        noteUnitRule: { unitMinutes: 15, partialUnitFromMinutes: 8 },
        signature: 'c2lnbmVk',
        'an old value': '',
      },
    });
  });

  it('leaves values that do not fit their setting as they are, for the policy check to refuse by name', () => {
    const document = policyDocumentFromRegQuery(
      ['    plaintextExportAllowed    REG_DWORD    0x2', '    stateRules    REG_SZ    NC=12'].join('\r\n'),
    );
    expect(document).toEqual({ plaintextExportAllowed: 2, stateRules: 'NC=12' });
  });

  it('a missing key is no policy', async () => {
    const commands = fakeCommands(() => ({
      exitCode: 1,
      stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n',
    }));
    expect(await readWindowsPolicy(commands.run)).toEqual({ status: 'absent', location: WINDOWS_POLICY_KEY });
  });

  it('any other failure is reported with what reg.exe said', async () => {
    const commands = fakeCommands(() => ({ exitCode: 5, stderr: 'ERROR: Access is denied.\r\n' }));
    expect(await readWindowsPolicy(commands.run)).toEqual({
      status: 'unreadable',
      location: WINDOWS_POLICY_KEY,
      reason: say('policy.reason.regFailed', { detail: 'ERROR: Access is denied.' }),
    });
  });
});
