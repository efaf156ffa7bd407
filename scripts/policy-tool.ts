/**
 * The agency's policy tool: makes the policy-signing key, signs OS policies (so they may loosen
 * settings) and new recovery keys (so installations will seal to them), and writes a policy in
 * each OS's own format. docs/AGENCY.md walks through it.
 *
 *   npm run policy -- keygen --out <dir> [--label <name>]
 *   npm run policy -- sign --key <key file> --policy <policy.json> [--out <file>]
 *   npm run policy -- endorse --key <key file> --label <name> --public-key <base64>
 *   npm run policy -- export --format reg|plist --policy <policy.json>
 *
 * The key's passphrase is read from PEER_NOTEBOOK_KEY_PASSPHRASE, never from the command line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CandidateAgencyKey } from '../shared/agency/agency-keys';
import { decodeAgencyPublicKey } from '../shared/agency/agency-public-key';
import { signAgencyDocument } from '../shared/agency/agency-signature';
import { readPolicyDocument } from '../shared/agency/policy-document';
import { inEnglish } from '../shared/messages';
import { loadSodium } from '../shared/crypto/sodium';
import { makeAgencyPrivateKeyFile, openAgencyPrivateKey } from '../shared/crypto/agency-key';
import { assertPassphraseStrongEnough } from '../shared/passphrase-strength';
import { policyAsPlist, policyAsRegFile } from './policy-exports';

export const PASSPHRASE_ENV = 'PEER_NOTEBOOK_KEY_PASSPHRASE';
export const KEY_FILE_NAME = 'policy-signing-key.json';

/** A mistake in how the tool was called, or in what it was given; the message says what to do. */
export class PolicyToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyToolError';
  }
}

export interface ToolIo {
  env: Record<string, string | undefined>;
  print(text: string): void;
}

const OPTIONS = {
  out: { type: 'string' },
  label: { type: 'string' },
  key: { type: 'string' },
  policy: { type: 'string' },
  'public-key': { type: 'string' },
  format: { type: 'string' },
} as const;

function required(values: Record<string, string | undefined>, name: string, command: string): string {
  const value = values[name];
  if (!value) throw new PolicyToolError(`${command} needs --${name}. See docs/AGENCY.md.`);
  return value;
}

function passphrase(io: ToolIo): string {
  const value = io.env[PASSPHRASE_ENV];
  if (!value)
    throw new PolicyToolError(
      `Set ${PASSPHRASE_ENV} to the policy key's passphrase (in bash: read -rs ${PASSPHRASE_ENV}; export ${PASSPHRASE_ENV}).`,
    );
  return value;
}

async function readJson(path: string, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new PolicyToolError(`Could not read ${what} ${path}: ${(error as Error).message}`);
  }
}

/** Only a policy the app would accept in full is signed or exported: a signature must never cover a typo. */
async function readCheckedPolicy(path: string): Promise<Record<string, unknown>> {
  const document = await readJson(path, 'the policy');
  const { signed, problems } = readPolicyDocument(document);
  if (!signed || problems.length) {
    throw new PolicyToolError(
      `${path} is not a policy the app would accept in full:\n${problems.map((problem) => `  - ${inEnglish(problem.message)}`).join('\n')}`,
    );
  }
  return signed;
}

async function openKey(path: string, io: ToolIo) {
  const file = await readJson(path, 'the key file');
  const sodium = await loadSodium();
  return { sodium, secretKey: openAgencyPrivateKey(sodium, file, 'policy-signing', passphrase(io)).privateKey };
}

export async function runPolicyTool(argv: string[], io: ToolIo): Promise<void> {
  const { positionals, values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const [command] = positionals;
  if (command === 'keygen') {
    const out = join(required(values, 'out', 'keygen'), KEY_FILE_NAME);
    const sodium = await loadSodium();
    const keyPassphrase = passphrase(io);
    assertPassphraseStrongEnough(keyPassphrase);
    const { file: key } = makeAgencyPrivateKeyFile(sodium, {
      purpose: 'policy-signing',
      label: values.label ?? 'Policy key',
      passphrase: keyPassphrase,
    });
    // 'wx': never overwrite an existing key (that would lock the agency out of its installations).
    await writeFile(out, `${JSON.stringify(key, null, 2)}\n`, { flag: 'wx', mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
      throw new PolicyToolError(
        error.code === 'EEXIST'
          ? `${out} already exists; keep it, or choose another --out folder.`
          : `Could not write ${out}: ${error.message}`,
      );
    });
    io.print(`Wrote ${out}. Keep it and its passphrase safe: whoever holds both can loosen policy on your installations.`);
    io.print(
      `Add this to agency.json's "policyKeys":\n${JSON.stringify({ label: key.label, publicKey: key.publicKey, fingerprint: key.fingerprint }, null, 2)}`,
    );
    return;
  }
  if (command === 'sign') {
    const policy = await readCheckedPolicy(required(values, 'policy', 'sign'));
    const { sodium, secretKey } = await openKey(required(values, 'key', 'sign'), io);
    const signed = `${JSON.stringify(signAgencyDocument(sodium, 'os-policy', policy, secretKey), null, 2)}\n`;
    sodium.memzero(secretKey);
    if (values.out) await writeFile(values.out, signed);
    else io.print(signed);
    return;
  }
  if (command === 'endorse') {
    const candidate = CandidateAgencyKey.parse({
      label: required(values, 'label', 'endorse'),
      publicKey: required(values, 'public-key', 'endorse'),
    });
    const { sodium, secretKey } = await openKey(required(values, 'key', 'endorse'), io);
    if (!decodeAgencyPublicKey(sodium, candidate.publicKey))
      throw new PolicyToolError('--public-key must be the 32-byte recovery public key in base64, as the admin tool printed it.');
    io.print(JSON.stringify(signAgencyDocument(sodium, 'agency-recovery-key', candidate, secretKey), null, 2));
    sodium.memzero(secretKey);
    return;
  }
  if (command === 'export') {
    const format = required(values, 'format', 'export');
    if (format !== 'reg' && format !== 'plist') throw new PolicyToolError('--format must be reg (Windows) or plist (macOS).');
    const policy = await readCheckedPolicy(required(values, 'policy', 'export'));
    io.print(format === 'reg' ? policyAsRegFile(policy) : policyAsPlist(policy));
    return;
  }
  throw new PolicyToolError('Say what to do: keygen, sign, endorse or export. See docs/AGENCY.md.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runPolicyTool(process.argv.slice(2), { env: process.env, print: (text) => console.log(text) }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
