/**
 * The directory's own rules: when two entries are the same place, what an imported list changes
 * in an entry the directory already has, and finding entries by the words a person uses.
 */
import { RESOURCE_CSV_COLUMNS, type ResourceFields, type ResourceKind } from './resource';
import { normalizeText, sameText } from './text';

/** One place is one entry: an agency's list imported twice updates it instead of adding it again. */
export const sameResource = (a: Pick<ResourceFields, 'name' | 'address'>, b: Pick<ResourceFields, 'name' | 'address'>): boolean =>
  sameText(a.name, b.name) && sameText(a.address, b.address);

/**
 * An imported row over an entry already in the directory: what the list says wins, but an empty
 * cell (or a column the list does not have) never erases what the peer already wrote down.
 */
export function mergeImportedResource(existing: ResourceFields, imported: ResourceFields): ResourceFields {
  const merged = { ...existing };
  for (const column of RESOURCE_CSV_COLUMNS) {
    if (imported[column] !== '') (merged as Record<string, string>)[column] = imported[column];
  }
  return merged;
}

/** Lower case without accents, so "comedor" finds "Comedor" and "credito" finds "crédito". */
const folded = (value: string) => normalizeText(value).normalize('NFD').replace(/\p{M}/gu, '');

/** Whether an entry has every word of `words` somewhere in its name, address, hours, phone or notes. */
export function resourceMatches(resource: ResourceFields, words: string): boolean {
  const haystack = folded([resource.name, resource.address, resource.hours, resource.phone, resource.notes].join(' '));
  return folded(words)
    .split(' ')
    .every((word) => haystack.includes(word));
}

/** The directory narrowed to one kind (or all) and to entries with every word, kept in order. */
export function findResources<R extends { fields: ResourceFields }>(
  directory: readonly R[],
  filter: { kind: ResourceKind | 'all'; words: string },
): R[] {
  return directory.filter(({ fields }) => (filter.kind === 'all' || fields.kind === filter.kind) && resourceMatches(fields, filter.words));
}
