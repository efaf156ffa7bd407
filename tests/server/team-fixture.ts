/**
 * A team on a test server, set up as an agency would: accounts enrolled, put on the team with the
 * admin tool, each member's app sending its public keys, the list signed with the agency's
 * policy-signing key. Used by the server's team tests and the three-notebook end-to-end test.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sodium } from '../../shared/crypto/sodium';
import { makeAgencyPrivateKeyFile } from '../../shared/crypto/agency-key';
import { KDF_FLOOR } from '../../shared/crypto/kdf';
import type { TeamRole } from '../../shared/team/team-directory';
import { runAdmin } from '../../admin/admin';
import type { TestServer } from './server-fixture';

export const POLICY_PASSPHRASE = 'policy key passphrase for the team tests';

export interface TestAgencyKeys {
  /** The policy key as the app's installation lists it. */
  policyKeys: { label: string; publicKey: string; fingerprint: string }[];
  keyFile: string;
}

export async function makePolicyKey(sodium: Sodium): Promise<TestAgencyKeys> {
  const { file, publicKey } = makeAgencyPrivateKeyFile(sodium, {
    purpose: 'policy-signing',
    label: 'Team tests policy key',
    passphrase: POLICY_PASSPHRASE,
    cost: KDF_FLOOR,
  });
  const keyFile = join(await mkdtemp(join(tmpdir(), 'pn-team-key-')), 'policy-signing-key.json');
  await writeFile(keyFile, JSON.stringify(file));
  return {
    policyKeys: [
      { label: 'Policy key', publicKey: sodium.to_base64(publicKey, sodium.base64_variants.ORIGINAL), fingerprint: file.fingerprint },
    ],
    keyFile,
  };
}

/** The admin tool on the server's database, with the policy key's passphrase in its environment. */
export async function teamAdmin(server: TestServer, argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runAdmin(argv, {
    out: (line) => out.push(line),
    err: (line) => out.push(line),
    env: { DATABASE_URL: server.databaseUrl, PEER_NOTEBOOK_AGENCY_PASSPHRASE: POLICY_PASSPHRASE },
    askSecret: async () => null,
    close: () => undefined,
  });
  return { code, out: out.join('\n') };
}

/** Puts the account on the server's team; its member id. */
export async function addToTeam(server: TestServer, account: string, role: TeamRole): Promise<string> {
  const { out, code } = await teamAdmin(server, ['team-add', '--account', account, '--role', role]);
  if (code !== 0) throw new Error(out);
  return /Member: ([0-9a-f]{32})/.exec(out)![1]!;
}

export async function signTeam(server: TestServer, keys: TestAgencyKeys): Promise<string> {
  const { out, code } = await teamAdmin(server, ['team-sign', '--key', keys.keyFile]);
  if (code !== 0) throw new Error(out);
  return out;
}
