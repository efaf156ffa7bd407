/**
 * How the vault reaches its search index: a worker of its own where workers can be started (the
 * app), else the same host in this thread (the unit tests, in Node). Either way messages are
 * handled in the order sent, and a query is answered after every page sent before it.
 */
import { ownBytes } from '@shared/hand-over';
import type { OpenedRow } from '../../../vault/record-codec';
import {
  SearchIndexHost,
  type NamedSearchGroup,
  type SearchIndexMessage,
  type SearchIndexReply,
  type UnreadableRow,
} from './search-index-host';

/**
 * Pages sent but not yet indexed, at most: the vault decrypts this far ahead of the index and no
 * further, so a query typed while it builds waits behind two pages, not behind the notebook.
 */
const PAGES_AHEAD = 2;

export interface SearchIndexChannel {
  send(message: Extract<SearchIndexMessage, { type: 'drop' | 'records' }>): void;
  /** Sends a page of the build; resolves once few enough pages wait to be indexed. */
  sendPage(rows: OpenedRow[]): Promise<void>;
  /** Resolves once every page sent is indexed. */
  indexed(): Promise<void>;
  search(query: string): Promise<NamedSearchGroup[]>;
}

/** `onUnreadable`: rows of the build whose bodies did not read, for the vault to note as damaged. */
export function startSearchIndex(onUnreadable: (rows: UnreadableRow[]) => void): SearchIndexChannel {
  if (typeof Worker === 'undefined') return inThisThread(onUnreadable);
  const worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  return overMessages(worker, onUnreadable);
}

function overMessages(worker: Worker, onUnreadable: (rows: UnreadableRow[]) => void): SearchIndexChannel {
  let nextId = 1;
  type Waiting<T> = { resolve: (value: T) => void; reject: (error: Error) => void };
  const answers = new Map<number, Waiting<NamedSearchGroup[]>>();
  const pagesWaiting: Waiting<void>[] = [];
  let pagesSent = 0;
  let stopped: Error | null = null;
  worker.onmessage = (event: MessageEvent<SearchIndexReply>) => {
    const reply = event.data;
    if (reply.type === 'indexed') {
      if (reply.unreadable.length > 0) onUnreadable(reply.unreadable);
      pagesSent -= 1;
      pagesWaiting.shift()?.resolve();
    } else {
      answers.get(reply.id)?.resolve(reply.groups);
      answers.delete(reply.id);
    }
  };
  // A worker that fails (it could not start, or ran out of memory) fails the build and every query.
  worker.onerror = (event) => {
    event.preventDefault();
    stopped = new Error(`The search index stopped: ${event.message}`);
    for (const waiting of [...answers.values(), ...pagesWaiting.splice(0)]) waiting.reject(stopped);
    answers.clear();
  };
  const untilIndexed = () =>
    stopped ? Promise.reject(stopped) : new Promise<void>((resolve, reject) => pagesWaiting.push({ resolve, reject }));
  return {
    send: (message) => worker.postMessage(message),
    async sendPage(rows) {
      // Moved, not copied: the decrypted text leaves the vault worker's memory with the page.
      const owned = rows.map((row) => ({ ...row, plaintext: ownBytes(row.plaintext) }));
      worker.postMessage(
        { type: 'page', rows: owned } satisfies SearchIndexMessage,
        owned.map((row) => row.plaintext.buffer),
      );
      pagesSent += 1;
      while (pagesSent > PAGES_AHEAD) await untilIndexed();
    },
    async indexed() {
      while (pagesSent > 0) await untilIndexed();
    },
    search(query) {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        answers.set(id, { resolve, reject });
        worker.postMessage({ type: 'search', id, query } satisfies SearchIndexMessage);
      });
    },
  };
}

function inThisThread(onUnreadable: (rows: UnreadableRow[]) => void): SearchIndexChannel {
  const host = new SearchIndexHost();
  return {
    send: (message) => void host.receive(message),
    sendPage: async (rows) => {
      const reply = host.receive({ type: 'page', rows });
      if (reply?.type === 'indexed' && reply.unreadable.length > 0) onUnreadable(reply.unreadable);
    },
    indexed: async () => undefined,
    search: async (query) => {
      const reply = host.receive({ type: 'search', id: 0, query });
      return reply?.type === 'found' ? reply.groups : [];
    },
  };
}
