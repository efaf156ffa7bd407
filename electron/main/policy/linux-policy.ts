/** Linux (and other Unix desktops): the policy is a JSON file an administrator puts in /etc. */
import type { OsPolicyReading } from '@shared/agency/policy-document';
import { say } from '@shared/messages';

export const LINUX_POLICY_PATH = '/etc/peer-notebook/policy.json';

export async function readLinuxPolicy(readFile: (path: string) => Promise<string>, location = LINUX_POLICY_PATH): Promise<OsPolicyReading> {
  let text: string;
  try {
    text = await readFile(location);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'absent', location };
    return { status: 'unreadable', location, reason: say('policy.reason.notOpened', { detail: (error as Error).message }) };
  }
  try {
    return { status: 'found', location, document: JSON.parse(text) };
  } catch (error) {
    return { status: 'unreadable', location, reason: say('policy.reason.notJson', { detail: (error as Error).message }) };
  }
}
