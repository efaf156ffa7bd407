/**
 * `export <backup> --key <agency private key> --out <dir>`: records custody when a peer leaves.
 * Decrypts a backup with the agency key into a folder of JSON: one file per person holding that
 * person's record and every record under it, one for records that belong to no person, one for
 * the audit trail, and an index.
 *
 * The whole file is verified first (every chunk to the final tag); only then is anything written.
 * Records are grouped through line-per-record staging files, so memory stays bounded by the
 * largest single person, not by the backup.
 */
import { readFile, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sodium } from '@shared/crypto/sodium';
import { BackupReader, readBackupEntries } from '@shared/backup/backup-reader';
import type { BackupRecordEntry, DecodedBackupEntry } from '@shared/backup/backup-entries';
import type { AdminIo } from './admin-io';
import { UsageError } from './admin-errors';
import { unlockFromOptions } from './backup-unlock';
import { emptyFolder, fileBytes, writePrivateFile } from './files';

const STAGING = '.staging';
const NO_PERSON = 'records-without-a-person';
const AUDIT = 'audit-events';
const OTHER = 'other-entries';
/** Staged lines are flushed to disk once this much is waiting. */
const FLUSH_BYTES = 4 * 1024 * 1024;
/** Deeper parent chains than any record kind has are treated as broken. */
const MAX_PARENT_DEPTH = 64;

interface IndexedRecord {
  kind: string;
  parentId: string | null;
}

/** The person a record belongs to: its nearest ancestor (or itself) of kind 'person'. */
function ownerOf(index: Map<string, IndexedRecord>, id: string): string | null {
  let current: string | null = id;
  for (let depth = 0; current !== null && depth < MAX_PARENT_DEPTH; depth++) {
    const record = index.get(current);
    if (!record) return null;
    if (record.kind === 'person') return current;
    current = record.parentId;
  }
  return null;
}

/** Lines of JSON per output file, buffered and appended to hidden staging files. */
class Staging {
  private readonly waiting = new Map<string, string[]>();
  private waitingBytes = 0;
  readonly counts = new Map<string, number>();

  constructor(private readonly dir: string) {}

  async add(file: string, value: unknown): Promise<void> {
    const line = `${JSON.stringify(value)}\n`;
    const lines = this.waiting.get(file) ?? [];
    lines.push(line);
    this.waiting.set(file, lines);
    this.counts.set(file, (this.counts.get(file) ?? 0) + 1);
    this.waitingBytes += line.length;
    if (this.waitingBytes >= FLUSH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    for (const [file, lines] of this.waiting) await writePrivateFile(join(this.dir, `${file}.jsonl`), lines.join(''), { append: true });
    this.waiting.clear();
    this.waitingBytes = 0;
  }

  async read(file: string): Promise<unknown[]> {
    const text = await readFile(join(this.dir, `${file}.jsonl`), 'utf8');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown);
  }
}

export async function exportBackup(
  sodium: Sodium,
  io: AdminIo,
  backupPath: string,
  options: { key?: string; out?: string },
): Promise<void> {
  if (options.key === undefined) throw new UsageError('export needs the agency private key: --key <file>.');
  if (options.out === undefined) throw new UsageError('export needs a folder to write into: --out <dir>.');
  const unlock = (await unlockFromOptions(sodium, io, { key: options.key }))!;

  // Pass one: verify every chunk, and learn which record hangs under which.
  const index = new Map<string, IndexedRecord>();
  const reader = new BackupReader(sodium, unlock);
  for await (const bytes of fileBytes(backupPath)) {
    for (const entry of reader.push(bytes))
      if (entry.type === 'record') index.set(entry.id, { kind: entry.kind, parentId: entry.parentId });
  }
  const { header, fileKey } = reader.end();

  // Pass two: the file is whole and authentic; write it out.
  await emptyFolder(options.out);
  const stagingDir = join(options.out, STAGING);
  await mkdir(stagingDir, { mode: 0o700 });
  const staging = new Staging(stagingDir);
  const fileFor = (entry: DecodedBackupEntry): string => {
    if (entry.type === 'audit-event') return AUDIT;
    if (entry.type === 'unrecognised') return OTHER;
    const owner = ownerOf(index, entry.id);
    return owner ? `person-${owner}` : NO_PERSON;
  };
  try {
    for await (const entry of readBackupEntries(sodium, fileBytes(backupPath), { kind: 'file-key', fileKey }))
      await staging.add(fileFor(entry), entry);
  } finally {
    sodium.memzero(fileKey);
  }
  await staging.flush();

  const people: { id: string; file: string; records: number }[] = [];
  for (const [file, count] of staging.counts) {
    const values = await staging.read(file);
    if (file.startsWith('person-')) {
      const id = file.slice('person-'.length);
      const person = values.find((value) => (value as BackupRecordEntry).id === id);
      const records = values.filter((value) => value !== person);
      await writePrivateFile(join(options.out, `${file}.json`), `${JSON.stringify({ person, records }, null, 2)}\n`);
      people.push({ id, file: `${file}.json`, records: records.length });
    } else {
      await writePrivateFile(join(options.out, `${file}.json`), `${JSON.stringify(values, null, 2)}\n`);
    }
    io.err(`  wrote ${file}.json (${count} entries)`);
  }
  await rm(stagingDir, { recursive: true });

  const counts = reader.counts;
  await writePrivateFile(
    join(options.out, 'index.json'),
    `${JSON.stringify(
      {
        backup: { file: backupPath, createdAt: header.createdAt, vaultId: header.vault.vaultId, counts },
        people,
        recordsWithoutAPerson: staging.counts.has(NO_PERSON) ? `${NO_PERSON}.json` : null,
        auditEvents: staging.counts.has(AUDIT) ? `${AUDIT}.json` : null,
        otherEntries: staging.counts.has(OTHER) ? `${OTHER}.json` : null,
      },
      null,
      2,
    )}\n`,
  );
  io.out(
    `Exported ${counts.records} records (${people.length} people, ${staging.counts.get(NO_PERSON) ?? 0} records without a person) and ${counts.auditEvents} audit events to ${options.out}`,
  );
  io.out('These files are NOT encrypted: keep them on an encrypted drive and delete them when custody ends.');
}
