import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSearchIndex } from '../../../../renderer/src/features/search/worker/search-index-channel';
import { SearchIndexHost, type SearchIndexMessage } from '../../../../renderer/src/features/search/worker/search-index-host';
import type { OpenedRow } from '../../../../renderer/src/vault/record-codec';

/**
 * A worker as Chromium runs one, in this thread: messages are copied (and transferred buffers
 * moved) as postMessage does, and answered by the real host, one at a time, when the test lets it.
 */
class HeldWorker {
  static started: HeldWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  readonly inbox: SearchIndexMessage[] = [];
  private readonly host = new SearchIndexHost();

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    HeldWorker.started.push(this);
  }

  postMessage(message: SearchIndexMessage, transfer: Transferable[] = []): void {
    this.inbox.push(structuredClone(message, { transfer }));
  }

  /** Answers the next `count` messages, as the worker's thread gets to them. */
  answer(count = this.inbox.length): void {
    for (const message of this.inbox.splice(0, count)) {
      const reply = this.host.receive(message);
      if (reply) this.onmessage?.({ data: structuredClone(reply) });
    }
  }

  fail(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined });
  }
}

const PERSON = 'p-jordan';
const row = (id: string, whatWeDid: string): OpenedRow => ({
  id,
  rev: '1',
  kind: 'service-note',
  parentId: PERSON,
  auditSeq: 1,
  plaintext: new TextEncoder().encode(
    JSON.stringify({ v: 1, kind: 'service-note', parentId: PERSON, fields: { whatWeDid }, clocks: {}, auditSeq: 1 }),
  ),
});
const person = { id: PERSON, rev: '1', body: { kind: 'person', parentId: null, fields: { preferredName: 'Jordan Rivers' } } };
const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe("the search index's own worker", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    HeldWorker.started = [];
  });

  it('is started as a module worker of its own, and moves the opened bytes out of the vault', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const unreadable: unknown[] = [];
    const index = startSearchIndex((rows) => unreadable.push(...rows));
    const [worker] = HeldWorker.started;
    expect(worker?.options).toEqual({ type: 'module', name: 'search' });
    expect(worker?.url.pathname).toMatch(/search-index\.worker\.ts$/);

    const sent = row('n-1', 'Walked to the library.');
    void index.sendPage([sent]);
    // Handed over, not copied: the decrypted text is no longer in the vault worker's memory.
    expect(sent.plaintext.byteLength).toBe(0);
    index.send({ type: 'records', records: [person] });
    const found = index.search('library');
    worker!.answer();
    expect((await found).map((group) => [group.personName, group.kinds.map((kind) => kind.hits.map((hit) => hit.snippet))])).toEqual([
      ['Jordan Rivers', [['Walked to the library.']]],
    ]);

    // A body the index cannot read comes back to the vault, to be named damaged.
    void index.sendPage([{ ...row('n-2', ''), plaintext: new TextEncoder().encode('not a record') }]);
    worker!.answer();
    expect(unreadable).toEqual([{ id: 'n-2', kind: 'service-note', parentId: PERSON }]);
  });

  it('lets the vault decrypt two pages ahead of the index and no further, so a query waits behind two pages at most', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const index = startSearchIndex(() => undefined);
    const worker = HeldWorker.started[0]!;
    expect(await settled(index.sendPage([row('n-1', 'one')]))).toBe(true);
    expect(await settled(index.sendPage([row('n-2', 'two')]))).toBe(true);
    const third = index.sendPage([row('n-3', 'three')]);
    expect(await settled(third)).toBe(false);
    const allIndexed = index.indexed();
    worker.answer(1);
    expect(await settled(third)).toBe(true);
    expect(await settled(allIndexed)).toBe(false);
    worker.answer();
    expect(await settled(allIndexed)).toBe(true);
  });

  it('fails the build and every query waiting when its worker stops, and every query after', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const index = startSearchIndex(() => undefined);
    const worker = HeldWorker.started[0]!;
    await index.sendPage([row('n-1', 'one')]);
    await index.sendPage([row('n-2', 'two')]);
    const third = index.sendPage([row('n-3', 'three')]);
    const query = index.search('one');
    worker.fail('out of memory');
    await expect(third).rejects.toThrow('The search index stopped: out of memory');
    await expect(query).rejects.toThrow('The search index stopped');
    await expect(index.search('two')).rejects.toThrow('The search index stopped');
  });

  it('leaves out a row whose text disagrees with its clear columns (a column edited on disk), and keeps the rest', () => {
    const host = new SearchIndexHost();
    host.receive({ type: 'records', records: [person] });
    const moved = { ...row('n-1', 'Talked about the lighthouse job.'), parentId: 'p-someone-else' };
    const notJson = { ...row('n-2', ''), plaintext: new TextEncoder().encode('not a record') };
    const indexed = host.receive({ type: 'page', rows: [moved, notJson, row('n-3', 'Talked about the lighthouse tour.')] });
    // Sent back for the vault to note as damaged, by what they claim to be.
    expect(indexed).toEqual({
      type: 'indexed',
      unreadable: [
        { id: 'n-1', kind: 'service-note', parentId: 'p-someone-else' },
        { id: 'n-2', kind: 'service-note', parentId: PERSON },
      ],
    });
    const reply = host.receive({ type: 'search', id: 1, query: 'lighthouse' });
    expect(
      reply?.type === 'found' && reply.groups.flatMap((group) => group.kinds.flatMap((kind) => kind.hits.map((hit) => hit.id))),
    ).toEqual(['n-3']);
  });
});
