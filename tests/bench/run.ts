/**
 * `npm run bench`: figures measured in Chromium (tests/support/chromium.ts finds it) over the built app, printed as JSON.
 * Not a test: nothing here passes or fails on time.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { launchApp, TEST_ORIGIN } from '../e2e/harness';
import { PASSPHRASE } from '../e2e/flows';
import { measureLargeNotebook } from './large-notebook';
import { measureBackupAndRestore } from './backup-restore';
import { measureSync } from './sync';
import { measureKeyChange } from './key-change';
import { findChromium } from '../support/chromium';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH_OUT = join(ROOT, '.tmp/bench-web');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

async function buildBenchPage(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'tests/bench/browser'),
    base: '/__bench/',
    resolve: { alias: { '@shared': join(ROOT, 'shared') } },
    // The large-notebook figures start the app's vault worker from the bench page.
    worker: { format: 'es' },
    build: { outDir: BENCH_OUT, emptyOutDir: true, target: 'chrome130' },
  });
}

/** Which browser the figures come from (tests/support/chromium.ts found it). */
async function chromiumInUse(): Promise<string> {
  const { source, executablePath } = await findChromium();
  return `${source}: ${executablePath}`;
}

async function main(): Promise<void> {
  await buildBenchPage();
  const app = await launchApp();
  const { page } = app;
  await page.route(`${TEST_ORIGIN}/__bench/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/__bench/', '');
    const body = await readFile(join(BENCH_OUT, path));
    await route.fulfill({ status: 200, headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }, body });
  });

  try {
    await page.goto(`${TEST_ORIGIN}/__bench/index.html`);
    await page.waitForFunction(() => document.title === 'bench ready');
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
      // Unlocking opens on Today; the people list is one click away.
      await page.getByRole('button', { name: 'People', exact: true }).click();
      await page.getByRole('list', { name: 'People you support' }).getByText('Person 39').waitFor();
      unlockRuns.push(Date.now() - started);
    }
    unlockRuns.sort((a, b) => a - b);
    // Still unlocked on the seeded notebook: change its key (the large notebook below seeds its own).
    const keyChange = await measureKeyChange(page);

    const figures = {
      machine: { cores: (await import('node:os')).cpus().length, chromium: await chromiumInUse() },
      keyDerivation: kdf,
      recordCrypto10k: throughput,
      vaultStore: store,
      unlockToPeopleListMs: { median: unlockRuns[1], runs: unlockRuns, includesKeyDerivation: true, records: store.records },
      keyChange: { ...keyChange, records: store.records },
      largeNotebook: await measureLargeNotebook(page),
      syncFolder10k: await measureSync(),
      // Last: it closes the app and starts it again on the large notebook.
      backupAndRestore: await measureBackupAndRestore(app),
    };
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await app.close();
  }
}

await main();
