/**
 * The search index of the open notebook, in the vault worker's memory only. It is built in the
 * background after unlock; every save or delete updates it; locking drops it. Nothing of it is
 * ever written anywhere.
 *
 * The build reads people, resources and tasks first (a few hundred records), so a name is found
 * at once, then every other live record of a kind that is searched, a page per read transaction,
 * the next page read while this one is indexed; tombstones and kinds not searched are passed over
 * unopened. Between pages the vault answers other calls first (Today, a query typed meanwhile,
 * answered from what is indexed so far).
 */
import { SearchIndex, type SearchGroup } from '@shared/search/search-index';
import { NAMED_KINDS, searchDocumentOf, SEARCHED_KINDS } from '@shared/search/record-text';
import type { DecryptedRecord, Vault, VaultEvent } from '../../../vault/vault';

/** What the index needs of the vault: its records a page at a time, and to follow what happens. */
export type SearchedVault = Pick<Vault, 'records' | 'listen' | 'isUnlocked'>;
import { VaultLockedError } from '../../../vault/errors';

/** Rows read in one transaction, opened and indexed before the vault answers calls waiting meanwhile. */
const PAGE_SIZE = 100;
/** Kinds read in the build's main pass: the named ones were read first. */
const UNNAMED_KINDS: ReadonlySet<string> = new Set([...SEARCHED_KINDS].filter((kind) => !NAMED_KINDS.has(kind)));

/** The browser's task scheduler (Chromium's workers have it; Node, where the tests run, does not). */
const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: { priority: 'background' }): Promise<void> } })
  .scheduler;

/**
 * Lets calls waiting for the vault run before the build goes on: the rest of the build is a
 * background task, run when nothing else waits. Not a timer where the scheduler is there: timers
 * chained this way are held back 4 ms each.
 */
const otherCallsFirst = (): Promise<void> =>
  scheduler ? scheduler.postTask(() => undefined, { priority: 'background' }) : new Promise((resolve) => setTimeout(resolve, 0));

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

  constructor(private readonly vault: SearchedVault) {
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
    if (event.type === 'saved') this.apply(event.records);
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
    const dropped = () => generation !== this.generation;
    try {
      const total = await this.vault.records.count();
      const named = await this.vault.records.liveOfKinds(NAMED_KINDS);
      if (dropped()) return;
      this.apply(named);
      let scanned = 0;
      for await (const page of this.vault.records.livePages(UNNAMED_KINDS, PAGE_SIZE)) {
        if (dropped()) return;
        this.apply(page.records);
        scanned += page.scanned;
        this.readiness = { state: 'building', percent: Math.min(99, Math.floor((100 * scanned) / Math.max(total, 1))) };
        await otherCallsFirst();
      }
      if (!dropped()) this.readiness = { state: 'ready' };
    } catch (error) {
      // Locked mid-build: the lock already dropped everything. Anything else: say search is not working.
      if (!dropped()) this.readiness = { state: 'failed' };
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
