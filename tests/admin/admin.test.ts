/**
 * The agency admin tool, end to end: keygen makes a key pair, a notebook's backup is sealed to it,
 * verify checks the file, export recovers the records into a folder of JSON. Commands run in
 * process through runAdmin (with scripted output and prompts), and as a real process once each.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { KDF_FLOOR } from '@shared/crypto/kdf';
import { readAgencyPublicKeyFile } from '@shared/crypto/agency-key';
import type { BackupEntry } from '@shared/backup/backup-entries';
import { runAdmin } from '../../admin/admin';
import type { AdminIo } from '../../admin/admin-io';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../../admin/keygen';
import {
  PASSPHRASE,
  PERSON_NAME,
  PHONE,
  RECOVERY_CODE,
  backupBytes,
  makeTestVault,
  noteEntry,
  personEntry,
  pinnedAgencyKey,
} from '../shared/backup/backup-fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const AGENCY_PASSPHRASE = 'granite meadow copper violin';

interface Run {
  code: number;
  out: string;
  err: string;
  asked: string[];
}

/** Runs one command with the given environment and answers to prompts. */
async function admin(argv: string[], options: { env?: Record<string, string>; answers?: string[] } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const answers = [...(options.answers ?? [])];
  const io: AdminIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: options.env ?? {},
    askSecret: async (question) => {
      asked.push(question);
      return answers.shift() ?? null;
    },
    close: () => undefined,
    // The real process calibrates to about a second; every in-process run opens the key again.
    kdfCost: KDF_FLOOR,
  };
  const code = await runAdmin(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), asked };
}

const withAgencyPassphrase = { env: { PEER_NOTEBOOK_AGENCY_PASSPHRASE: AGENCY_PASSPHRASE } };

let sodium: Sodium;
let work: string;
let keyDir: string;
let backupPath: string;
let people: { alex: BackupEntry & { id: string }; jordan: BackupEntry & { id: string } };
let keygenRun: Run;

beforeAll(async () => {
  sodium = await loadSodium();
  work = await mkdtemp(join(tmpdir(), 'peer-notebook-admin-'));
  keyDir = join(work, 'agency-key');
  keygenRun = await admin(['keygen', '--out', keyDir], withAgencyPassphrase);

  const publicKey = readAgencyPublicKeyFile(sodium, JSON.parse(await readFile(join(keyDir, PUBLIC_KEY_FILE), 'utf8')));
  const vault = makeTestVault(sodium);
  const jordan = personEntry(PERSON_NAME, PHONE);
  const alex = personEntry('Alex Moreno', '336-555-0199');
  const jordanNote = noteEntry(jordan.id, 'Talked about going back to school.');
  const entries: BackupEntry[] = [
    jordan,
    alex,
    jordanNote,
    // An addendum hangs under the note, so it belongs to Jordan too.
    noteEntry(jordanNote.id, 'Addendum: enrolled for the autumn.'),
    noteEntry(alex.id, 'Prefers morning calls.'),
    noteEntry(null, 'Team meeting: new office hours.'),
    { type: 'audit-event', seq: 1, event: { at: '2025-03-01T10:00:00.000Z', actor: 'device', action: 'create' } },
  ];
  people = { alex, jordan };
  backupPath = join(work, 'jordan-and-alex.pnbackup');
  await writeFile(
    backupPath,
    await backupBytes(
      sodium,
      { vaultHeader: vault.header, vaultKey: vault.vaultKey, agencyKeys: [pinnedAgencyKey(sodium, publicKey)] },
      entries,
    ),
  );
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('keygen', () => {
  it('writes a public key file and a passphrase-encrypted private key file, and prints the fingerprint', async () => {
    expect(keygenRun.code).toBe(0);
    expect((await readdir(keyDir)).sort()).toEqual([PRIVATE_KEY_FILE, PUBLIC_KEY_FILE]);
    const publicFile = JSON.parse(await readFile(join(keyDir, PUBLIC_KEY_FILE), 'utf8')) as { fingerprint: string };
    expect(keygenRun.out.replace(/ /g, '')).toContain(publicFile.fingerprint);
    const privateFile = JSON.parse(await readFile(join(keyDir, PRIVATE_KEY_FILE), 'utf8')) as {
      kdf: { opsLimit: number; memLimitBytes: number };
    };
    expect(privateFile.kdf.memLimitBytes).toBeGreaterThanOrEqual(64 * 1024 * 1024);
    expect(privateFile.kdf.opsLimit).toBeGreaterThanOrEqual(3);
    expect((await stat(join(keyDir, PRIVATE_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('refuses a weak passphrase, two passphrases that differ, and a folder that already holds files, writing nothing', async () => {
    const weak = await admin(['keygen', '--out', join(work, 'weak')], { env: { PEER_NOTEBOOK_AGENCY_PASSPHRASE: 'password1' } });
    expect(weak).toMatchObject({ code: 1, err: expect.stringMatching(/too easy to guess.*Nothing was written/) });
    expect(await readdir(join(work, 'weak'))).toEqual([]);

    const mismatch = await admin(['keygen', '--out', join(work, 'mismatch')], {
      answers: [AGENCY_PASSPHRASE, 'granite meadow copper viola'],
    });
    expect(mismatch.asked).toHaveLength(2);
    expect(mismatch).toMatchObject({ code: 1, err: expect.stringMatching(/passphrases differ/) });

    const again = await admin(['keygen', '--out', keyDir], withAgencyPassphrase);
    expect(again).toMatchObject({ code: 1, err: expect.stringMatching(/is not empty/) });
  });

  it('says how to use it when the folder is missing', async () => {
    expect(await admin(['keygen'])).toMatchObject({ code: 2, err: expect.stringMatching(/--out <dir>/) });
  });
});

describe('verify', () => {
  it('without a key checks the structure and shows the header', async () => {
    const run = await admin(['verify', backupPath]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Structure intact/);
    expect(run.out).toMatch(/content was not checked/);
    expect(run.asked).toEqual([]);
  });

  it('with the agency key, the passphrase or the recovery code checks every part and counts what it holds', async () => {
    const byKey = await admin(['verify', backupPath, '--key', join(keyDir, PRIVATE_KEY_FILE)], withAgencyPassphrase);
    expect(byKey.code).toBe(0);
    expect(byKey.out).toMatch(/Backup verified/);
    expect(byKey.out).toMatch(/records: +6 \(0 deleted\)/);
    expect(byKey.out).toMatch(/audit events: +1/);

    const byPassphrase = await admin(['verify', backupPath, '--passphrase'], { answers: [PASSPHRASE] });
    expect(byPassphrase.asked).toEqual(["Notebook's passphrase: "]);
    expect(byPassphrase.code).toBe(0);
    const byCode = await admin(['verify', backupPath, '--recovery-code'], { env: { PEER_NOTEBOOK_RECOVERY_CODE: RECOVERY_CODE } });
    expect(byCode.code).toBe(0);
  });

  it('fails plainly on a cut-off file, a wrong passphrase, a missing file, and a passphrase on the command line', async () => {
    const bytes = await readFile(backupPath);
    const cut = join(work, 'cut.pnbackup');
    await writeFile(cut, bytes.subarray(0, bytes.length - 100));
    expect(await admin(['verify', cut])).toMatchObject({ code: 1, err: expect.stringMatching(/ends early/) });
    expect(await admin(['verify', backupPath, '--passphrase'], { answers: ['not it at all'] })).toMatchObject({
      code: 1,
      err: expect.stringMatching(/That passphrase doesn't open this backup/),
    });
    expect(await admin(['verify', backupPath, '--key', join(keyDir, PRIVATE_KEY_FILE)], { answers: ['wrong'] })).toMatchObject({
      code: 1,
      err: expect.stringMatching(/doesn't open this agency private key file/),
    });
    expect(await admin(['verify', join(work, 'nothing-here.pnbackup')])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/There is no file at/),
    });
    expect(await admin(['verify', backupPath, `--passphrase=${PASSPHRASE}`])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/never given on the command line/),
    });
    expect(await admin(['verify', backupPath, '--passphrase'], { answers: [] })).toMatchObject({
      code: 1,
      err: expect.stringMatching(/No notebook's passphrase was given/),
    });
    expect(await admin(['verify'])).toMatchObject({ code: 2, err: expect.stringMatching(/exactly one backup file/) });
  });
});

describe('export', () => {
  it('decrypts with the agency key into one JSON file per person, one for records of no person, the audit trail and an index', async () => {
    const out = join(work, 'custody');
    const run = await admin(['export', backupPath, '--key', join(keyDir, PRIVATE_KEY_FILE), '--out', out], withAgencyPassphrase);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Exported 6 records \(2 people, 1 records without a person\) and 1 audit events/);
    expect((await readdir(out)).sort()).toEqual(
      [
        'audit-events.json',
        'index.json',
        `person-${people.alex.id}.json`,
        `person-${people.jordan.id}.json`,
        'records-without-a-person.json',
      ].sort(),
    );

    type PersonFile = {
      person: { id: string; body: { fields: Record<string, string> } };
      records: { body: { fields: { text: string } } }[];
    };
    const jordan = JSON.parse(await readFile(join(out, `person-${people.jordan.id}.json`), 'utf8')) as PersonFile;
    expect(jordan.person.body.fields).toEqual({ name: PERSON_NAME, phone: PHONE });
    expect(jordan.records.map((r) => r.body.fields.text).sort()).toEqual([
      'Addendum: enrolled for the autumn.',
      'Talked about going back to school.',
    ]);
    const alex = JSON.parse(await readFile(join(out, `person-${people.alex.id}.json`), 'utf8')) as PersonFile;
    expect(alex.records.map((r) => r.body.fields.text)).toEqual(['Prefers morning calls.']);
    const loose = JSON.parse(await readFile(join(out, 'records-without-a-person.json'), 'utf8')) as PersonFile['records'];
    expect(loose.map((r) => r.body.fields.text)).toEqual(['Team meeting: new office hours.']);
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { people: { id: string; records: number }[] };
    expect(index.people.sort((a, b) => a.records - b.records)).toEqual([
      { id: people.alex.id, file: `person-${people.alex.id}.json`, records: 1 },
      { id: people.jordan.id, file: `person-${people.jordan.id}.json`, records: 2 },
    ]);
    expect((await stat(join(out, 'index.json'))).mode & 0o777).toBe(0o600);
  });

  it('writes nothing from a damaged backup, and refuses to mix into a folder that holds files', async () => {
    const bytes = await readFile(backupPath);
    bytes[bytes.length - 30]! ^= 1;
    const damaged = join(work, 'damaged.pnbackup');
    await writeFile(damaged, bytes);
    const out = join(work, 'not-written');
    const run = await admin(['export', damaged, '--key', join(keyDir, PRIVATE_KEY_FILE), '--out', out], withAgencyPassphrase);
    expect(run).toMatchObject({ code: 1, err: expect.stringMatching(/damaged/) });
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });

    const busy = await admin(['export', backupPath, '--key', join(keyDir, PRIVATE_KEY_FILE), '--out', keyDir], withAgencyPassphrase);
    expect(busy).toMatchObject({ code: 1, err: expect.stringMatching(/is not empty/) });
  });

  it('needs the agency key and a folder, and takes no notebook passphrase', async () => {
    expect(await admin(['export', backupPath, '--out', join(work, 'x')])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--key <file>/),
    });
    expect(await admin(['export', backupPath, '--key', join(keyDir, PRIVATE_KEY_FILE)])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--out <dir>/),
    });
    expect(await admin(['export', backupPath, '--passphrase', '--key', 'k', '--out', 'o'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/agency key only/),
    });
    expect(
      await admin(['export', backupPath, '--key', join(keyDir, PUBLIC_KEY_FILE), '--out', join(work, 'y')], withAgencyPassphrase),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/not a Peer Notebook agency private key file/),
    });
  });

  it('an unknown command says which commands there are', async () => {
    expect(await admin(['restore', backupPath])).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /keygen, verify, export, enrol, devices, revoke, restored, team-add, team-members, team-remove, team-sign and team-reassign/,
      ),
    });
  });
});

describe('as a real process (npm run admin)', () => {
  const run = promisify(execFile);
  const script = async () =>
    (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.admin!;
  const spawnAdmin = async (args: string[], input?: string) => {
    const [node, ...nodeArgs] = (await script()).split(' ');
    const child = run(node === 'node' ? process.execPath : node!, [...nodeArgs, ...args], {
      cwd: ROOT,
      env: { ...process.env, PEER_NOTEBOOK_AGENCY_PASSPHRASE: '' },
    });
    child.child.stdin!.end(input ?? '');
    return child.then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  };

  it('verifies a backup and exits 0, and exits 1 with the message on a bad file', async () => {
    expect(await spawnAdmin(['verify', backupPath])).toMatchObject({ code: 0, stdout: expect.stringMatching(/Structure intact/) });
    const notABackup = join(work, 'notes.txt');
    await writeFile(notABackup, 'just some notes');
    expect(await spawnAdmin(['verify', notABackup])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/not a Peer Notebook backup/),
    });
  });

  it('reads the private key passphrase from stdin, never from its arguments', async () => {
    const result = await spawnAdmin(['verify', backupPath, '--key', join(keyDir, PRIVATE_KEY_FILE)], `${AGENCY_PASSPHRASE}\n`);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/Backup verified/) });
    expect(result.stderr).not.toContain(AGENCY_PASSPHRASE);
  });
});
