/**
 * Figures on the large notebook through the real vault worker (the app's own worker code, started
 * from this page), timed from the page as a screen waits for its answers: how long the search
 * index takes to build after unlock and how long other calls wait meanwhile, search latency over
 * 100 varied queries, and the time to save a note.
 */
import { startVaultWorker } from '../../../renderer/src/vault/vault-client';
import { COMMUNITY_VAULT_POLICY } from '../../../renderer/src/vault/vault-policy';
import { benchQueries } from './large-notebook';

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return +sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1);
};
const spread = (values: readonly number[]) => ({
  median: percentile(values, 50),
  p95: percentile(values, 95),
  max: percentile(values, 100),
  runs: values.length,
});

async function timed<T>(call: () => Promise<T>, into: number[]): Promise<T> {
  const started = performance.now();
  const value = await call();
  into.push(performance.now() - started);
  return value;
}

export async function timeSearchAndNoteSaves(passphrase: string) {
  const vault = startVaultWorker();
  const unlockStarted = performance.now();
  await vault('vault.configure', { policy: COMMUNITY_VAULT_POLICY });
  await vault('vault.unlock', { passphrase });
  const unlockMs = performance.now() - unlockStarted;

  // The index builds in the background: meanwhile the vault answers other calls between pages.
  const buildStarted = performance.now();
  const whileBuilding: number[] = [];
  let readiness = 'building';
  while (readiness === 'building') {
    const answer = await timed(() => vault('search.query', { query: 'garden' }), whileBuilding);
    readiness = answer?.readiness.state ?? 'building';
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const indexReadyMs = performance.now() - buildStarted;

  const queries = benchQueries(100);
  const searchMs: number[] = [];
  let withResults = 0;
  for (const query of queries) {
    const answer = await timed(() => vault('search.query', { query }), searchMs);
    if (answer && answer.groups.length > 0) withResults++;
  }

  const people = await vault('people.list');
  const saveMs: number[] = [];
  for (let n = 0; n < 30; n++) {
    const personId = people[n % people.length]!.id;
    const fields = {
      date: new Date().toISOString().slice(0, 10),
      setting: 'community' as const,
      contactType: 'in-person' as const,
      whatWeDid: `Bench note ${n}: walked to the library and went over the housing application together, then talked about the week ahead.`,
      theirResponse: 'They said it helps to have someone in their corner.',
      nextSteps: 'Meet at the library on Thursday.',
    };
    await timed(() => vault('notes.saveDraft', { personId, id: null, fields }), saveMs);
  }
  // The notes just saved are found at once: the index follows every save.
  const found = await vault('search.query', { query: 'Bench note 29' });
  await vault('vault.lock');

  return {
    workerUnlockMs: Math.round(unlockMs),
    searchIndex: { readiness, readyAfterUnlockMs: Math.round(indexReadyMs), callLatencyWhileBuildingMs: spread(whileBuilding) },
    searchMs: { ...spread(searchMs), queries: queries.length, queriesWithResults: withResults, examples: queries.slice(0, 8) },
    noteSaveMs: spread(saveMs),
    savedNoteFoundAtOnce: Boolean(found?.groups.some((group) => group.kinds.some((kind) => kind.kind === 'service-note'))),
  };
}
