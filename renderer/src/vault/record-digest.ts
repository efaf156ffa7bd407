/**
 * Sealed digests: small derived lists the vault keeps beside the records (the notes not signed
 * yet, the records holding a conflict) so a question asked often is answered by opening one sealed
 * value instead of every record.
 *
 * A digest is described by a spec: what it keeps of a saved revision (an entry, or null). The
 * vault opens each digest on first use in a session, or rebuilds it from the records when it is
 * missing or does not open (it is derived data), and every write updates the digests it touches in
 * the same transaction as the record, so a digest never lags. Each is stored only sealed with the
 * records key under its own binding, like a record: nothing in it is in clear.
 */
import type { Sodium } from '@shared/crypto/sodium';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { fromUtf8, utf8 } from '@shared/crypto/bytes';
import type { StoredRecord, VaultDatabase } from './database';
import type { DecryptedRecord } from './record-codec';
import { SealedValue } from './meta-store';

export interface DigestEntry {
  /** The record's id. */
  id: string;
}

export interface DigestSpec<Entry extends DigestEntry> {
  /** Its key in the meta table, and its name in the sealed binding. */
  name: DigestName;
  /** Only records of this kind can have an entry (others are not looked at); any kind when absent. */
  kind?: string;
  /** What the digest keeps of a saved revision (tombstones included): null when the record has no place in it. */
  entryOf(record: DecryptedRecord): Entry | null;
  same(a: Entry, b: Entry): boolean;
}

/** The digests kept: their names are their keys in meta. */
export type DigestName = 'unsignedNotes' | 'conflictedRecords';

const digestBinding = (vaultId: string, name: string, rev: string) => ({ vaultId, recordId: `digest/${name}`, rev });

/**
 * A stored digest sealed again under another records key (the notebook's key changed); null when
 * it does not open, and it is then rebuilt from the records on first use.
 */
export function resealDigest(
  sodium: Sodium,
  vaultId: string,
  name: DigestName,
  digest: SealedValue | undefined,
  keys: { from: Uint8Array; to: Uint8Array },
): SealedValue | null {
  if (!digest) return null;
  const binding = digestBinding(vaultId, name, digest.rev);
  try {
    return { rev: digest.rev, ct: sealRecord(sodium, keys.to, binding, openRecord(sodium, keys.from, binding, digest.ct)) };
  } catch {
    return null;
  }
}

export class RecordDigest<Entry extends DigestEntry> {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly spec: DigestSpec<Entry>,
    entries: Iterable<Entry> = [],
  ) {
    for (const entry of entries) this.entries.set(entry.id, entry);
  }

  /** Takes in one saved revision; true when the digest changed (and must be stored). */
  apply(record: DecryptedRecord): boolean {
    const entry = this.spec.entryOf(record);
    const held = this.entries.get(record.id);
    if (held === undefined ? entry === null : entry !== null && this.spec.same(held, entry)) return false;
    if (entry) this.entries.set(record.id, entry);
    else this.entries.delete(record.id);
    return true;
  }

  list(): Entry[] {
    return [...this.entries.values()];
  }
}

/** What a session lends its digests: the store, the records key, and a way to open a stored row (null: damaged, left out). */
export interface DigestSessionDeps {
  db: VaultDatabase;
  sodium: Sodium;
  vaultId: string;
  recordKey: Uint8Array;
  openRow(row: StoredRecord): DecryptedRecord | null;
}

/**
 * The digests of one unlocked session, each opened (or rebuilt) on first use. A rebuilt digest is
 * only in memory until a write stores it: reads never write, so the work queue stays the one
 * place anything is stored (record-store.ts asks for that write).
 */
export class DigestSession {
  private readonly opened = new Map<string, Promise<RecordDigest<DigestEntry>>>();
  /** Rebuilt from the records and not stored yet. */
  private readonly unsaved = new Set<string>();

  constructor(
    private readonly specs: readonly DigestSpec<DigestEntry>[],
    private readonly deps: DigestSessionDeps,
  ) {}

  get<Entry extends DigestEntry>(spec: DigestSpec<Entry>): Promise<RecordDigest<Entry>> {
    let digest = this.opened.get(spec.name);
    if (!digest) {
      digest = this.open(spec).catch((error: unknown) => {
        this.opened.delete(spec.name);
        throw error;
      });
      this.opened.set(spec.name, digest);
    }
    return digest as Promise<RecordDigest<Entry>>;
  }

  /** Some digest was rebuilt and waits to be stored. */
  get hasUnsaved(): boolean {
    return this.unsaved.size > 0;
  }

  /**
   * Takes in revisions about to be written; returns the meta rows of the digests they changed (and
   * of any rebuilt one not stored yet), sealed, to put in the same transaction as the records.
   * `stamp` is asked once, only if a digest is to be stored. `committed()` once they are stored.
   */
  async update(records: readonly DecryptedRecord[], stamp: () => string): Promise<{ key: DigestName; value: SealedValue }[]> {
    const rows: { key: DigestName; value: SealedValue }[] = [];
    let rev: string | undefined;
    for (const spec of this.specs) {
      const touching = spec.kind === undefined ? records : records.filter((record) => record.body.kind === spec.kind);
      if (touching.length === 0 && !this.unsaved.has(spec.name)) continue;
      const digest = await this.get(spec);
      const changed = touching.map((record) => digest.apply(record)).some(Boolean);
      if (changed || this.unsaved.has(spec.name)) rows.push({ key: spec.name, value: this.seal(spec, digest, (rev ??= stamp())) });
    }
    return rows;
  }

  /** The rows `update` gave were stored. */
  committed(rows: readonly { key: DigestName }[]): void {
    for (const { key } of rows) this.unsaved.delete(key);
  }

  /** After a write that did not commit (or a lock): the digests in memory may be ahead of the stored ones, so they are opened again. */
  forget(): void {
    this.opened.clear();
    this.unsaved.clear();
  }

  /** Opens the stored digest; one that is missing (a notebook from before it existed) or does not open is rebuilt from the records. */
  private async open(spec: DigestSpec<DigestEntry>): Promise<RecordDigest<DigestEntry>> {
    const { db, sodium, recordKey } = this.deps;
    const stored = SealedValue.safeParse((await db.meta.get(spec.name))?.value);
    if (stored.success) {
      try {
        const entries = JSON.parse(
          fromUtf8(openRecord(sodium, recordKey, this.binding(spec, stored.data.rev), stored.data.ct)),
        ) as DigestEntry[];
        return new RecordDigest(spec, entries);
      } catch {
        // rebuilt below
      }
    }
    const rows = spec.kind === undefined ? await db.records.toArray() : await db.records.where('kind').equals(spec.kind).toArray();
    const digest = new RecordDigest(spec);
    for (const row of rows) {
      const record = this.deps.openRow(row);
      if (record) digest.apply(record);
    }
    this.unsaved.add(spec.name);
    return digest;
  }

  private seal(spec: DigestSpec<DigestEntry>, digest: RecordDigest<DigestEntry>, rev: string): SealedValue {
    return { rev, ct: sealRecord(this.deps.sodium, this.deps.recordKey, this.binding(spec, rev), utf8(JSON.stringify(digest.list()))) };
  }

  private binding(spec: DigestSpec<DigestEntry>, rev: string) {
    return digestBinding(this.deps.vaultId, spec.name, rev);
  }
}
