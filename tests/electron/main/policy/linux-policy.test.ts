import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inEnglish, say } from '../../../../shared/messages';
import { LINUX_POLICY_PATH, readLinuxPolicy } from '../../../../electron/main/policy/linux-policy';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pn-policy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (path: string) => readFile(path, 'utf8');

describe('the Linux policy file', () => {
  it('lives at /etc/peer-notebook/policy.json', async () => {
    const asked: string[] = [];
    await readLinuxPolicy(async (path) => {
      asked.push(path);
      return '{}';
    });
    expect(asked).toEqual([LINUX_POLICY_PATH]);
    expect(LINUX_POLICY_PATH).toBe('/etc/peer-notebook/policy.json');
  });

  it('reads the settings an administrator wrote', async () => {
    const path = join(dir, 'policy.json');
    await writeFile(path, '{ "autoLockMaxMinutes": 5, "plaintextExportAllowed": false }\n');
    expect(await readLinuxPolicy(read, path)).toEqual({
      status: 'found',
      location: path,
      document: { autoLockMaxMinutes: 5, plaintextExportAllowed: false },
    });
  });

  it('no file, or no folder, is no policy', async () => {
    expect(await readLinuxPolicy(read, join(dir, 'policy.json'))).toEqual({ status: 'absent', location: join(dir, 'policy.json') });
    expect((await readLinuxPolicy(read, join(dir, 'missing', 'policy.json'))).status).toBe('absent');
  });

  it('a file that is not JSON is unreadable, and says why', async () => {
    const path = join(dir, 'policy.json');
    await writeFile(path, '{ "autoLockMaxMinutes": 5, }');
    const reading = await readLinuxPolicy(read, path);
    expect(reading).toMatchObject({ status: 'unreadable', reason: { key: 'policy.reason.notJson' } });
    expect(reading.status === 'unreadable' && inEnglish(reading.reason)).toMatch(/^It is not valid JSON: ./);
  });

  it('a file the app may not open is unreadable, not absent', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/etc/peer-notebook/policy.json'"), { code: 'EACCES' });
    const reading = await readLinuxPolicy(async () => Promise.reject(denied));
    expect(reading).toEqual({
      status: 'unreadable',
      location: LINUX_POLICY_PATH,
      reason: say('policy.reason.notOpened', { detail: denied.message }),
    });
  });
});
