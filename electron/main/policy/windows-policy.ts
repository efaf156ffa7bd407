/**
 * Windows: the policy is registry values under HKLM\Software\Policies\PeerNotebook, where Group
 * Policy and Intune put machine policy (only administrators can write there). Read with reg.exe,
 * so no native module is needed. Values carry the setting names; whole numbers and true/false are
 * DWORDs (true/false as 1/0), stateRules, noteUnitRule and signature are strings (the first two
 * hold their JSON).
 */
import { win32 } from 'node:path';
import type { OsPolicyReading } from '@shared/agency/policy-document';
import { say } from '@shared/messages';
import { isPolicySettingName, POLICY_SETTING_NAMES, type PolicySettingName } from '@shared/agency/policy-settings';
import type { CommandRunner } from '../command-runner';

export const WINDOWS_POLICY_KEY = 'HKLM\\Software\\Policies\\PeerNotebook';

/** By full path: a reg.exe earlier on the user's PATH must not answer for the system. */
export const systemRegExe = (systemRoot = process.env.SystemRoot ?? 'C:\\Windows'): string => win32.join(systemRoot, 'System32', 'reg.exe');

const BOOLEAN_SETTINGS: ReadonlySet<PolicySettingName> = new Set([
  'requireAgencyKeySlot',
  'plaintextExportAllowed',
  'requireSupervisorSignature',
]);
const JSON_SETTINGS: ReadonlySet<PolicySettingName> = new Set(['stateRules', 'noteUnitRule', 'supervisorReviews', 'coSignRequired']);

/** "    name    REG_TYPE    data" (four-space separated; names may hold single spaces). */
const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

/** Registry names are case-insensitive; the policy document uses the settings' own spelling. */
function documentName(name: string): string {
  const lower = name.toLowerCase();
  return [...POLICY_SETTING_NAMES, 'signature'].find((known) => known.toLowerCase() === lower) ?? name;
}

function documentValue(name: string, type: string, data: string): unknown {
  if (type === 'REG_DWORD' || type === 'REG_QWORD') {
    const number = Number.parseInt(data, 16);
    // A boolean setting's 0 or 1 becomes false or true; any other number stays, for the schema to refuse.
    if (isPolicySettingName(name) && BOOLEAN_SETTINGS.has(name) && (number === 0 || number === 1)) return number === 1;
    return number;
  }
  if (isPolicySettingName(name) && JSON_SETTINGS.has(name)) {
    try {
      return JSON.parse(data);
    } catch {
      return data;
    }
  }
  return data;
}

/** The policy document the values under the key make (reg query's output, parsed). */
export function policyDocumentFromRegQuery(output: string): Record<string, unknown> {
  const document: Record<string, unknown> = {};
  for (const line of output.split(/\r?\n/)) {
    const match = VALUE_LINE.exec(line);
    if (!match) continue;
    const name = documentName(match[1]!);
    document[name] = documentValue(name, match[2]!, match[3] ?? '');
  }
  return document;
}

export async function readWindowsPolicy(run: CommandRunner, regExe = systemRegExe()): Promise<OsPolicyReading> {
  const location = WINDOWS_POLICY_KEY;
  // /reg:64: the machine's own policy view, even from a 32-bit process.
  const result = await run(regExe, ['query', WINDOWS_POLICY_KEY, '/reg:64']);
  if (result.exitCode === 0) return { status: 'found', location, document: policyDocumentFromRegQuery(result.stdout) };
  // reg.exe exits 1 and says "unable to find" when the key does not exist: no policy is set.
  if (result.exitCode === 1 && /unable to find/i.test(result.stderr)) return { status: 'absent', location };
  return {
    status: 'unreadable',
    location,
    reason: say('policy.reason.regFailed', {
      detail: result.stderr.trim() || say('policy.reason.exitCode', { code: String(result.exitCode) }),
    }),
  };
}
