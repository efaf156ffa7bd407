/**
 * The search index of the open notebook, followed from the vault: built in the background after
 * unlock, told of every save or delete, dropped on lock. The index itself lives in a worker of its
 * own (search-index-channel.ts), in memory only; nothing of it is ever written anywhere.
 *
 * The build reads people, resources and tasks first (a few hundred records), so a name is found
 * at once, then every other live record of a kind that is searched, a page per read transaction:
 * this side decrypts a page while the index's worker reads the one before into the index, on the
 * other core. Tombstones and kinds not searched are passed over unopened. After every few
 * milliseconds of pages the vault answers other calls first (Today, a query typed meanwhile,
 * answered from what is indexed so far): not after every page, as each pause costs about a
 * millisecond, a fifth of the build over 50,000 records.
 */
import { NAMED_KINDS, SEARCHED_KINDS } from '@shared/search/record-text';
import type { Vault, VaultEvent } from '../../../vault/vault';
import { VaultLockedError } from '../../../vault/errors';
import { startSearchIndex, type SearchIndexChannel } from './search-index-channel';
import type { NamedSearchGroup } from './search-index-host';

export type { NamedSearchGroup } from './search-index-host';

/** What the index needs of the vault: its records a page at a time, and to follow what happens. */
export type SearchedVault = Pick<Vault, 'records' | 'listen' | 'isUnlocked'>;

/** Rows read in one transaction, decrypted and sent to the index before the vault answers calls waiting meanwhile. */
const PAGE_SIZE = 250;
/** At most this long (ms) of pages before calls waiting meanwhile are answered. */
const SLICE_MS = 8;
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

export type SearchReadiness = { state: 'building'; percent: number } | { state: 'ready' } | { state: 'failed' };

export class LiveSearchIndex {
  // A body the index could not read is damaged as surely as one that does not decrypt: the build
  // goes over every record after unlock, so the peer hears of it then, not when they open it.
  private readonly index: SearchIndexChannel = startSearchIndex((rows) => {
    if (this.vault.isUnlocked) this.vault.records.noteDoesNotOpen(rows);
  });
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

  /** Best matches grouped by person (with their name), then kind; while building, from what is indexed so far. */
  async search(query: string): Promise<NamedSearchGroup[]> {
    if (!this.vault.isUnlocked) throw new VaultLockedError();
    return this.index.search(query);
  }

  private follow(event: VaultEvent): void {
    if (event.type === 'saved') this.index.send({ type: 'records', records: event.records });
    else this.drop();
    // After many records were written at once (a restore), the index is built again as after an unlock.
    if (event.type === 'opened' || event.type === 'saved-many') void this.build();
  }

  private drop(): void {
    this.generation += 1;
    this.index.send({ type: 'drop' });
    this.readiness = { state: 'building', percent: 0 };
  }

  private async build(): Promise<void> {
    const generation = this.generation;
    const dropped = () => generation !== this.generation;
    try {
      const total = await this.vault.records.count();
      const named = await this.vault.records.liveOfKinds(NAMED_KINDS);
      if (dropped()) return;
      this.index.send({ type: 'records', records: named });
      let scanned = 0;
      let sliceStarted = performance.now();
      for await (const page of this.vault.records.livePlaintextPages(UNNAMED_KINDS, PAGE_SIZE)) {
        if (dropped()) return;
        await this.index.sendPage(page.rows);
        scanned += page.scanned;
        if (dropped()) return;
        this.readiness = { state: 'building', percent: Math.min(99, Math.floor((100 * scanned) / Math.max(total, 1))) };
        if (performance.now() - sliceStarted >= SLICE_MS) {
          await otherCallsFirst();
          sliceStarted = performance.now();
        }
      }
      await this.index.indexed();
      if (!dropped()) this.readiness = { state: 'ready' };
    } catch (error) {
      // Locked mid-build: the lock already dropped everything. Anything else: say search is not working.
      if (!dropped()) this.readiness = { state: 'failed' };
      if (!(error instanceof VaultLockedError)) console.error('The search index could not be built', error);
    }
  }
}
