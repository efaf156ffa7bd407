/**
 * Generated notebooks kept between bench runs. Generating the 50,000-record notebook through the
 * real vault takes minutes, so the Chromium profile holding it is kept under
 * `.tmp/bench-notebooks/`, keyed by the generator's source (and the vault's database schema, and
 * the size): a change to either makes a new one. Each run works on a copy, so a backup's settings
 * or a test's edits never reach the cached notebook.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchApp } from '../e2e/harness';
import { PASSPHRASE } from '../e2e/flows';
import { BENCH_MOUNTS, openBenchPage } from './bench-page-server';
import type { seedLargeNotebook } from './browser/large-notebook';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.tmp/bench-notebooks');
/** What the notebook is made from: a change to any of these makes a new one. */
const SOURCES = ['tests/bench/browser/large-notebook.ts', 'renderer/src/vault/database.ts'];

export type NotebookSummary = Awaited<ReturnType<typeof seedLargeNotebook>>;
type BenchPage = { bench: { seedLargeNotebook: typeof seedLargeNotebook } };

export interface NotebookCopy {
  /** A data folder (for launchApp) holding the notebook, locked, under the e2e passphrase. */
  dataDir: string;
  notebook: NotebookSummary;
  /** True when it was generated in this run, false when copied from the cache. */
  generated: boolean;
}

async function cacheKey(records: number): Promise<string> {
  const hash = createHash('sha256').update(`${records}\n${PASSPHRASE}\n`);
  for (const source of SOURCES) hash.update(await readFile(join(ROOT, source)));
  return `${records}-${hash.digest('hex').slice(0, 16)}`;
}

/** Generates the notebook in a fresh app, through the bench page, into `dataDir`. */
async function generate(dataDir: string, records: number): Promise<NotebookSummary> {
  const app = await launchApp({ dataDir, mounts: BENCH_MOUNTS });
  try {
    await openBenchPage(app.page);
    return await app.page.evaluate(([passphrase, count]) => (window as unknown as BenchPage).bench.seedLargeNotebook(passphrase, count), [
      PASSPHRASE,
      records,
    ] as const);
  } finally {
    await app.close();
  }
}

/** A copy of the generated notebook of `records` records, generated first if the cache has none. */
export async function largeNotebookCopy(records: number): Promise<NotebookCopy> {
  const cached = join(CACHE, await cacheKey(records));
  let generated = false;
  if (!existsSync(join(cached, 'notebook.json'))) {
    await mkdir(CACHE, { recursive: true });
    const staging = await mkdtemp(join(CACHE, 'generating-'));
    const notebook = await generate(staging, records);
    await writeFile(join(staging, 'notebook.json'), JSON.stringify(notebook));
    // Whole or not at all: a run stopped while generating leaves only its staging folder.
    await rm(cached, { recursive: true, force: true });
    await rename(staging, cached);
    generated = true;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'peer-notebook-bench-'));
  await cp(join(cached, 'chromium-profile'), join(dataDir, 'chromium-profile'), { recursive: true });
  const notebook = JSON.parse(await readFile(join(cached, 'notebook.json'), 'utf8')) as NotebookSummary;
  return { dataDir, notebook, generated };
}
