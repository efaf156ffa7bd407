/**
 * The search index's own side: the index, and what it was built from, kept in a worker of its own
 * beside the vault's, so reading a notebook's text into it runs on the other core while the vault
 * decrypts the next pages (or in the vault's thread where there are no workers: the unit tests).
 * It holds no key: the vault sends it opened records and queries, and drops it on lock.
 */
import { SearchIndex, type SearchGroup } from '@shared/search/search-index';
import { searchDocumentOf, type SearchableRecord } from '@shared/search/record-text';
import { readLooseBody, type OpenedRow } from '../../../vault/record-codec';

/** The person's name heads their group ('' for what belongs to no one, like resources). */
export type NamedSearchGroup = SearchGroup & { personName: string };

/** A record as the vault hands it out, with its revision, so an older page never undoes a newer save. */
export type IndexedRecord = SearchableRecord & { rev: string };

export type SearchIndexMessage =
  /** Locked, or about to be built again: forget everything. */
  | { type: 'drop' }
  /** Records saved (a tombstone removes its record), or the named ones read first after unlock. */
  | { type: 'records'; records: readonly IndexedRecord[] }
  /** A page of the build: rows whose envelopes the vault opened. Answered with `indexed`. */
  | { type: 'page'; rows: OpenedRow[] }
  | { type: 'search'; id: number; query: string };

/** A row of a page whose envelope opened but whose body does not read as sealed: damaged, for the vault to note. */
export type UnreadableRow = Pick<OpenedRow, 'id' | 'kind' | 'parentId'>;

export type SearchIndexReply = { type: 'indexed'; unreadable: UnreadableRow[] } | { type: 'found'; id: number; groups: NamedSearchGroup[] };

export class SearchIndexHost {
  private index = new SearchIndex();
  /** The revision indexed (or deleted) per record. */
  private revs = new Map<string, string>();

  receive(message: SearchIndexMessage): SearchIndexReply | null {
    switch (message.type) {
      case 'drop':
        this.index = new SearchIndex();
        this.revs = new Map();
        return null;
      case 'records':
        this.apply(message.records);
        return null;
      case 'page': {
        const unreadable: UnreadableRow[] = [];
        const records = message.rows.flatMap((row) => {
          const record = opened(row);
          if (!record) unreadable.push({ id: row.id, kind: row.kind, parentId: row.parentId });
          return record ?? [];
        });
        this.apply(records);
        return { type: 'indexed', unreadable };
      }
      case 'search':
        return { type: 'found', id: message.id, groups: this.search(message.query) };
    }
  }

  /**
   * Best matches grouped by person (with their name), then kind; while building, from what is
   * indexed so far. Records of someone no longer in the notebook have nowhere to open: left out.
   */
  private search(query: string): NamedSearchGroup[] {
    return this.index.searchGrouped(query).flatMap((group) => {
      const personName = group.personId ? this.index.titleOf(group.personId) : '';
      return personName === undefined ? [] : [{ ...group, personName }];
    });
  }

  /** Indexes records (a tombstone removes its record), skipping any the index already holds newer. */
  private apply(records: readonly IndexedRecord[]): void {
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

/** A row of the build read for its text; a body that does not read is left out, and sent back as damaged. */
function opened(row: OpenedRow): IndexedRecord | null {
  const body = readLooseBody(row.plaintext, row);
  return body ? { id: row.id, rev: row.rev, body } : null;
}
