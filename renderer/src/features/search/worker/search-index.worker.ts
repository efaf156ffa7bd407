/// <reference lib="webworker" />
/**
 * The search index's worker, started by the vault's worker (search-index-channel.ts): it answers
 * the vault's messages in the order they come, so a query sees every page sent before it.
 */
import { SearchIndexHost, type SearchIndexMessage } from './search-index-host';

declare const self: DedicatedWorkerGlobalScope;

const host = new SearchIndexHost();

self.onmessage = (event: MessageEvent<SearchIndexMessage>) => {
  const reply = host.receive(event.data);
  if (reply) self.postMessage(reply);
};
