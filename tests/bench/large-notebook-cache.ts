/**
 * The bench's 50,000-record notebook, generated once through the real vault (about 4 minutes) and
 * kept as its stored rows under .tmp/bench-large-notebook/<key>/, then written back into the app's
 * IndexedDB in seconds on later runs. The key is a hash of the generator's source and the vault's
 * schema, and the day: the notebook spans five years up to today, and Today's figures read it so.
 * The rows are what the app stores (ciphertexts and key slots of the bench's passphrase, over
 * generated people); delete the folder to generate it again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Page } from 'playwright-core';
import type { seedLargeNotebook } from './browser/large-notebook';
import type { NotebookTable, clearNotebook, notebookRows, putNotebookRows } from './browser/notebook-rows';

type BenchPage = {
  bench: {
    seedLargeNotebook: typeof seedLargeNotebook;
    notebookRows: typeof notebookRows;
    clearNotebook: typeof clearNotebook;
    putNotebookRows: typeof putNotebookRows;
  };
};
type Summary = Awaited<ReturnType<typeof seedLargeNotebook>>;

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.tmp/bench-large-notebook');
const KEYED_BY = ['tests/bench/browser/large-notebook.ts', 'renderer/src/vault/database.ts'];
const TABLES: NotebookTable[] = ['meta', 'audit', 'records'];
/** Rows carried between Node and the page at once (a few MiB of ciphertext). */
const ROWS_AT_ONCE = 2000;

async function cacheFolder(records: number): Promise<string> {
  const hash = createHash('sha256');
  for (const file of KEYED_BY) hash.update(await readFile(join(ROOT, file)));
  hash.update(`${records} ${new Date().toISOString().slice(0, 10)}`);
  return join(CACHE, hash.digest('hex').slice(0, 16));
}

/** Fills the app's notebook (on `page`, the bench page) with the large notebook: from the cache, or generated and cached. */
export async function loadLargeNotebook(page: Page, passphrase: string, records: number): Promise<Summary & { fromCache: boolean }> {
  const folder = await cacheFolder(records);
  const summary = await readFile(join(folder, 'summary.json'), 'utf8').catch(() => null);
  if (summary !== null) {
    await page.evaluate(() => (window as unknown as BenchPage).bench.clearNotebook());
    const files = (await readdir(folder)).filter((name) => name.endsWith('.rows')).sort();
    for (const table of TABLES) {
      for (const file of files.filter((name) => name.startsWith(`${table}-`))) {
        const rows = deserialize(await readFile(join(folder, file))) as unknown[];
        await page.evaluate(([t, r]) => (window as unknown as BenchPage).bench.putNotebookRows(t, r), [table, rows] as const);
      }
    }
    return { ...(JSON.parse(summary) as Summary), fromCache: true };
  }

  const seeded = await page.evaluate(([p, count]) => (window as unknown as BenchPage).bench.seedLargeNotebook(p, count), [
    passphrase,
    records,
  ] as const);
  // Written beside, then renamed: a run stopped half-way leaves no cache that looks whole.
  const partial = `${folder}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  for (const table of TABLES) {
    let after: string | number | null = null;
    for (let part = 0; ; part++) {
      const rows = (await page.evaluate(([t, a, n]) => (window as unknown as BenchPage).bench.notebookRows(t, a, n), [
        table,
        after,
        ROWS_AT_ONCE,
      ] as const)) as Record<string, string | number>[];
      if (rows.length === 0) break;
      await writeFile(join(partial, `${table}-${String(part).padStart(5, '0')}.rows`), serialize(rows));
      after = table === 'audit' ? rows.at(-1)!.seq! : table === 'meta' ? rows.at(-1)!.key! : rows.at(-1)!.id!;
    }
  }
  await writeFile(join(partial, 'summary.json'), JSON.stringify(seeded));
  // Notebooks of other days or generators are not used again.
  for (const old of await readdir(CACHE)) if (join(CACHE, old) !== partial) await rm(join(CACHE, old), { recursive: true, force: true });
  await rename(partial, folder);
  return { ...seeded, fromCache: false };
}
