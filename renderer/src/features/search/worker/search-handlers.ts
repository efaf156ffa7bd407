/**
 * Search across everything, on the vault's side: runs in the vault worker, beside the index it
 * owns. Screens reach it through the vault client, by name.
 */
import { LiveSearchIndex, type NamedSearchGroup, type SearchedVault, type SearchReadiness } from './live-search-index';

export interface SearchResults {
  readiness: SearchReadiness;
  groups: NamedSearchGroup[];
}

/** Lets calls already waiting (a newer query typed meanwhile) arrive first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function searchHandlers(vault: SearchedVault) {
  const index = new LiveSearchIndex(vault);
  let latest = 0;
  return {
    /**
     * The best matches for what the peer typed, and how far the index is built. Null when a newer
     * query came in meanwhile: while typing, only the last one is looked up.
     */
    async 'search.query'({ query }: { query: string }): Promise<SearchResults | null> {
      const ticket = ++latest;
      await nextTask();
      if (ticket !== latest) return null;
      const groups = await index.search(query);
      return { readiness: index.status, groups };
    },
  };
}
