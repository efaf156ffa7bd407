/**
 * `npm run bench`: figures measured in Chromium (tests/support/chromium.ts finds it) over the
 * built app, printed as JSON. Not a test: nothing here passes or fails on time.
 *
 * `npm run bench -- largeNotebook syncFolder10k` runs only the figures named (`vault`: key
 * derivation to key change on 10,040 records; `largeNotebook`: Today and search on 50,000;
 * `syncFolder10k`; `syncServer`: the server under load; `syncServerFirstSync`: a 50,000-record
 * notebook's first sync onto an empty laptop through the server, or `syncServerFirstSync 5000`
 * another size; `syncServerStorage`: the segments table's bytes on disk over the sealed bytes, per
 * relation, for 4 KB segments, a day's work and a 50,000-record first sync (or `syncServerStorage
 * 5000`); `backup`: backup and restore on 10,000 and 50,000, or `backup 10000` one size);
 * by default every one. With BENCH_PROFILE=1 the backup figures also write CPU profiles
 * (backup-restore.ts). The generated notebooks are kept between runs (large-notebook-cache.ts).
 */
import { cpus } from 'node:os';
import { launchApp, TEST_ORIGIN } from '../e2e/harness';
import { PASSPHRASE } from '../e2e/flows';
import { BENCH_MOUNTS, openBenchPage } from './bench-page-server';
import { largeNotebookCopy } from './large-notebook-cache';
import { measureLargeNotebook } from './large-notebook';
import { measureBackupAndRestore } from './backup-restore';
import { measureSync } from './sync';
import { measureSyncServer } from './sync-server';
import { measureServerFirstSync } from './sync-server-first-sync';
import { measureServerStorage } from './sync-server-storage';
import { measureKeyChange } from './key-change';
import { findChromium } from '../support/chromium';
import { waitFor } from '../support/wait-for';

/** Notebook sizes the backup figures are measured at: memory must not grow with the notebook. */
const BACKUP_SIZES = [10_000, 50_000];

const print = (figures: object) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);

async function backupFigures(sizes = BACKUP_SIZES) {
  const figures: Record<string, object> = {};
  for (const records of sizes) figures[`records${records}`] = await measureBackupAndRestore(await largeNotebookCopy(records));
  return figures;
}

async function smallNotebookFigures() {
  const app = await launchApp({ mounts: BENCH_MOUNTS });
  const { page } = app;
  try {
    await openBenchPage(page);
    type Bench = {
      bench: {
        kdf(): Promise<object>;
        recordThroughput(count: number): Promise<object>;
        seedVault(passphrase: string, people: number, notesPerPerson: number): Promise<{ records: number }>;
      };
    };
    const kdf = await page.evaluate(() => (window as unknown as Bench).bench.kdf());
    const throughput = await page.evaluate(() => (window as unknown as Bench).bench.recordThroughput(10_000));
    const store = await page.evaluate((passphrase) => (window as unknown as Bench).bench.seedVault(passphrase, 40, 250), PASSPHRASE);

    // Unlock to people list, in the real app, over the seeded vault (40 people, 10,040 records).
    const unlockRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(`${TEST_ORIGIN}/`);
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      const started = Date.now();
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      // Unlocking opens on Today; the people list is one click away. The button is waited for
      // first: a click on what is not there yet looks again only every 500 ms after a while.
      const people = page.getByRole('button', { name: 'People', exact: true });
      await waitFor(people);
      await people.click();
      await waitFor(page.getByRole('list', { name: 'People you support' }).getByText('Person 39'));
      unlockRuns.push(Date.now() - started);
    }
    unlockRuns.sort((a, b) => a - b);
    // Still unlocked on the seeded notebook: change its key.
    const keyChange = await measureKeyChange(page);
    return {
      keyDerivation: kdf,
      recordCrypto10k: throughput,
      vaultStore: store,
      unlockToPeopleListMs: { median: unlockRuns[1], runs: unlockRuns, includesKeyDerivation: true, records: store.records },
      keyChange: { ...keyChange, records: store.records },
    };
  } finally {
    await app.close();
  }
}

/** Which browser the figures come from (tests/support/chromium.ts found it). */
async function chromiumInUse(): Promise<string> {
  const { source, executablePath } = await findChromium();
  return `${source}: ${executablePath}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const named = args.filter((arg) => !/^\d+$/.test(arg));
  const wanted = (figure: string) => named.length === 0 || named.includes(figure);
  const sizes = args.map(Number).filter(Number.isInteger);
  print({
    machine: { cores: cpus().length, chromium: await chromiumInUse() },
    ...(wanted('vault') && (await smallNotebookFigures())),
    ...(wanted('largeNotebook') && { largeNotebook: await measureLargeNotebook(await largeNotebookCopy(50_000)) }),
    ...(wanted('syncFolder10k') && { syncFolder10k: await measureSync() }),
    ...(wanted('syncServer') && { syncServer: await measureSyncServer() }),
    ...(wanted('syncServerFirstSync') && { syncServerFirstSync: await measureServerFirstSync(sizes[0]) }),
    ...(wanted('syncServerStorage') && { syncServerStorage: await measureServerStorage(sizes[0]) }),
    ...(wanted('backup') && { backupAndRestore: await backupFigures(sizes.length ? sizes : undefined) }),
  });
}

await main();
