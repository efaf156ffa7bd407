import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_FILE_NAME, PASSPHRASE_ENV, PolicyToolError, runPolicyTool } from '../../scripts/policy-tool';
import {
  AgencyPrivateKeyFile,
  makeAgencyPrivateKeyFile,
  openAgencyPrivateKey,
  WrongAgencyKeyPassphraseError,
} from '../../shared/crypto/agency-key';
import { policyDocumentFromRegQuery } from '../../electron/main/policy/windows-policy';
import { parseAgencyConfig, type AgencyConfig } from '../../shared/agency/agency-config';
import { pinAgencyKey } from '../../shared/agency/agency-keys';
import { resolveInstallationPolicy } from '../../shared/agency/policy-merge';
import { KDF_FLOOR } from '../../shared/crypto/kdf';
import { loadSodium, type Sodium } from '../../shared/crypto/sodium';
import { base64, makeTestAgency } from '../shared/agency/agency-fixtures';

const PASSPHRASE = 'orchard kettle lantern drift';
const LOOSER_POLICY = { autoLockMaxMinutes: 30, plaintextExportAllowed: true, stateRules: [{ state: 'NC', noteDeadline: { hours: 12 } }] };

let sodium: Sodium;
let dir: string;
let keyPath: string;
let config: AgencyConfig;

/** Runs the tool as `npm run policy -- ...` would; returns what it printed. */
async function tool(argv: string[], env: Record<string, string | undefined> = { [PASSPHRASE_ENV]: PASSPHRASE }): Promise<string> {
  const printed: string[] = [];
  await runPolicyTool(argv, { env, print: (text) => printed.push(text) });
  return printed.join('\n');
}

beforeAll(async () => {
  sodium = await loadSodium();
  dir = await mkdtemp(join(tmpdir(), 'pn-policy-tool-'));
  // A key made at the floor's cost keeps the tests quick; keygen itself is run once below.
  const { file: key } = makeAgencyPrivateKeyFile(sodium, {
    purpose: 'policy-signing',
    label: 'Policy key (IT office)',
    passphrase: PASSPHRASE,
    cost: KDF_FLOOR,
  });
  keyPath = join(dir, 'key.json');
  await writeFile(keyPath, JSON.stringify(key));
  config = parseAgencyConfig(sodium, {
    ...makeTestAgency(sodium).json,
    policyKeys: [{ label: key.label, publicKey: key.publicKey, fingerprint: key.fingerprint }],
  });
  await writeFile(join(dir, 'policy.json'), JSON.stringify(LOOSER_POLICY));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const applyPolicy = (document: unknown) =>
  resolveInstallationPolicy(sodium, { agencyConfig: config, osPolicy: { status: 'found', location: 'test', document } });

describe('the policy tool', () => {
  it('keygen writes an encrypted key file and prints the entry for agency.json, and never overwrites a key', async () => {
    const printed = await tool(['keygen', '--out', dir, '--label', 'Riverbend policy key']);
    const file = AgencyPrivateKeyFile.parse(JSON.parse(await readFile(join(dir, KEY_FILE_NAME), 'utf8')));
    expect(file).toMatchObject({ format: 2, purpose: 'policy-signing', label: 'Riverbend policy key' });
    expect(JSON.stringify(file)).not.toContain(PASSPHRASE);
    const entry = JSON.parse(printed.slice(printed.indexOf('{'))) as { publicKey: string };
    expect(entry).toEqual({ label: 'Riverbend policy key', publicKey: file.publicKey, fingerprint: file.fingerprint });
    expect(parseAgencyConfig(sodium, { format: 1, agencyName: 'Riverbend', policyKeys: [entry] }).policyKeys).toHaveLength(1);
    expect(openAgencyPrivateKey(sodium, file, 'policy-signing', PASSPHRASE).privateKey).toHaveLength(64);

    await expect(tool(['keygen', '--out', dir])).rejects.toThrow(`${join(dir, KEY_FILE_NAME)} already exists`);
  }, 30_000);

  it('keygen refuses a guessable passphrase, and one missing from the environment', async () => {
    await expect(tool(['keygen', '--out', dir], { [PASSPHRASE_ENV]: 'password1' })).rejects.toThrow('too easy to guess');
    await expect(tool(['keygen', '--out', dir], {})).rejects.toThrow(`Set ${PASSPHRASE_ENV} to the policy key's passphrase`);
  });

  it('sign makes a policy that may loosen settings on the installations of this build', async () => {
    const signedPath = join(dir, 'policy.signed.json');
    await tool(['sign', '--key', keyPath, '--policy', join(dir, 'policy.json'), '--out', signedPath]);
    const signed = JSON.parse(await readFile(signedPath, 'utf8'));
    const policy = applyPolicy(signed);
    expect(policy.problems).toEqual([]);
    expect(policy.settings.autoLockMaxMinutes.value).toBe(30);
    expect(policy.settings.plaintextExportAllowed.value).toBe(true);
  });

  it('sign refuses a wrong passphrase', async () => {
    await expect(
      tool(['sign', '--key', keyPath, '--policy', join(dir, 'policy.json')], { [PASSPHRASE_ENV]: 'orchard kettle lantern draft' }),
    ).rejects.toThrow(WrongAgencyKeyPassphraseError);
  });

  it('sign refuses a policy with a mistake in it, so a signature never covers a typo', async () => {
    const typo = join(dir, 'typo.json');
    await writeFile(typo, JSON.stringify({ autoLockMaxMinute: 30 }));
    await expect(tool(['sign', '--key', keyPath, '--policy', typo])).rejects.toThrow(PolicyToolError);
    await expect(tool(['sign', '--key', keyPath, '--policy', typo])).rejects.toThrow(
      '"autoLockMaxMinute" is not a setting Peer Notebook knows',
    );
  });

  it('endorse signs a new recovery key so installations of this build will seal to it', async () => {
    const recovery = sodium.crypto_box_keypair();
    const printed = await tool([
      'endorse',
      '--key',
      keyPath,
      '--label',
      'Recovery key 2026',
      '--public-key',
      base64(sodium, recovery.publicKey),
    ]);
    const pinned = pinAgencyKey(sodium, JSON.parse(printed), config);
    expect(pinned.vouchedFor).toEqual({ signedBy: config.policyKeys[0]!.fingerprint });
  });

  it('export writes a .reg file that, imported and read back from the registry, keeps its signature valid', async () => {
    const signedPath = join(dir, 'policy.signed.json');
    await tool(['sign', '--key', keyPath, '--policy', join(dir, 'policy.json'), '--out', signedPath]);
    const reg = await tool(['export', '--format', 'reg', '--policy', signedPath]);
    expect(reg.split('\r\n').slice(0, 3)).toEqual([
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\Software\\Policies\\PeerNotebook]',
    ]);
    expect(reg).toContain('"autoLockMaxMinutes"=dword:0000001e');

    // What reg.exe query prints once the .reg file is imported.
    const regQuery = reg
      .split('\r\n')
      .map((line) => /^"(.+?)"=(?:dword:([0-9a-f]{8})|"(.*)")$/.exec(line))
      .filter((match) => match !== null)
      .map(([, name, dword, text]) =>
        dword !== undefined
          ? `    ${name}    REG_DWORD    0x${Number.parseInt(dword, 16).toString(16)}`
          : `    ${name}    REG_SZ    ${text!.replace(/\\"/g, '"').replace(/\\\\/g, '\\')}`,
      )
      .join('\r\n');
    const policy = applyPolicy(policyDocumentFromRegQuery(regQuery));
    expect(policy.problems).toEqual([]);
    expect(policy.osPolicy.signedBy).toBe(config.policyKeys[0]!.fingerprint);
    expect(policy.settings.stateRules.value).toEqual([{ state: 'NC', noteDeadline: { hours: 12 } }]);
  });

  it('export writes a managed-preferences plist with the settings as typed keys', async () => {
    const plist = await tool(['export', '--format', 'plist', '--policy', join(dir, 'policy.json')]);
    expect(plist).toContain(
      '<plist version="1.0">\n<dict>\n  <key>autoLockMaxMinutes</key>\n  <integer>30</integer>\n  <key>plaintextExportAllowed</key>\n  <true/>',
    );
    expect(plist).toContain(
      '  <key>stateRules</key>\n  <array>\n    <dict>\n      <key>state</key>\n      <string>NC</string>\n      <key>noteDeadline</key>\n      <dict>\n        <key>hours</key>\n        <integer>12</integer>',
    );
  });

  it('says what to do when called without a command', async () => {
    await expect(tool([])).rejects.toThrow('Say what to do: keygen, sign, endorse or export.');
  });
});
