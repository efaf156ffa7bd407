/**
 * The search index of the open notebook, in the vault worker's memory only. It is built in the
 * background after unlock, a page of records at a time, so the vault answers other calls (the
 * Today view) in between; every save or delete updates it; locking drops it. Nothing of it is
 * ever written anywhere. Pages are read as a backup reads them: every revision (tombstones
 * remove), opened without filling the vault's cache, since the index keeps the text it needs.
 */
import { SearchIndex, type SearchGroup } from '@shared/search/search-index';
import { searchDocumentOf } from '@shared/search/record-text';
import type { DecryptedRecord, Vault, VaultEvent } from '../../vault/vault';
import { VaultLockedError } from '../../vault/errors';

/** Records decrypted and indexed between two chances for other calls. */
const PAGE_SIZE = 50;

/** The person's name heads their group ('' for what belongs to no one, like resources). */
export type NamedSearchGroup = SearchGroup & { personName: string };

export type SearchReadiness = { state: 'building'; percent: number } | { state: 'ready' } | { state: 'failed' };

export class LiveSearchIndex {
  private index = new SearchIndex();
  /** The revision indexed (or deleted) per record, so an older page never undoes a newer save. */
  private revs = new Map<string, string>();
  private readiness: SearchReadiness = { state: 'building', percent: 0 };
  /** Bumped whenever the index is dropped: a build from before stops at its next page. */
  private generation = 0;

  constructor(private readonly vault: Vault) {
    vault.listen((event) => this.follow(event));
    if (vault.isUnlocked) void this.build();
  }

  get status(): SearchReadiness {
    return this.readiness;
  }

  /**
   * Best matches grouped by person (with their name), then kind; while building, from what is
   * indexed so far. Records of someone no longer in the notebook have nowhere to open: left out.
   */
  search(query: string): NamedSearchGroup[] {
    if (!this.vault.isUnlocked) throw new VaultLockedError();
    return this.index.searchGrouped(query).flatMap((group) => {
      const personName = group.personId ? this.index.titleOf(group.personId) : '';
      return personName === undefined ? [] : [{ ...group, personName }];
    });
  }

  private follow(event: VaultEvent): void {
    if (event.type === 'saved') this.apply([event.record]);
    else this.drop();
    // After many records were written at once (a restore), the index is built again as after an unlock.
    if (event.type === 'opened' || event.type === 'saved-many') void this.build();
  }

  private drop(): void {
    this.generation += 1;
    this.index = new SearchIndex();
    this.revs = new Map();
    this.readiness = { state: 'building', percent: 0 };
  }

  private async build(): Promise<void> {
    const generation = this.generation;
    try {
      const { records: total } = await this.vault.backupSize();
      let read = 0;
      for await (const page of this.vault.revisionPages(PAGE_SIZE)) {
        if (generation !== this.generation) return;
        this.apply(page);
        read += page.length;
        this.readiness = { state: 'building', percent: Math.min(99, Math.floor((100 * read) / Math.max(total, 1))) };
      }
      if (generation === this.generation) this.readiness = { state: 'ready' };
    } catch (error) {
      // Locked mid-build: the lock already dropped everything. Anything else: say search is not working.
      if (generation === this.generation) this.readiness = { state: 'failed' };
      if (!(error instanceof VaultLockedError)) console.error('The search index could not be built', error);
    }
  }

  /** Indexes records (a tombstone removes its record), skipping any the index already holds newer. */
  private apply(records: readonly DecryptedRecord[]): void {
    const documents = [];
    for (const record of records) {
      if ((this.revs.get(record.id) ?? '') >= record.rev) continue;
      this.revs.set(record.id, record.rev);
      const document = searchDocumentOf(record);
      if (document) documents.push(document);
      else this.index.remove(record.id);
    }
    this.index.upsert(documents);
  }
}
