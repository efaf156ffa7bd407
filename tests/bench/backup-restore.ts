/**
 * The backup figures of `npm run bench` (issues 6 and 14): a generated notebook backed up with
 * "Back up now" in the real app, then restored on a new computer (a fresh data folder) from the
 * first screen, each timed from the click until the app says it is done, and each printed beside
 * its floor (browser/backup-floors.ts) measured in the same run, with the ratio: on a shared,
 * noisy machine the ratio is the figure to judge. Measured at 10,000 and 50,000 records, so memory
 * that grows with the notebook shows.
 *
 * Memory, sampled every 100 ms while each runs, as before / peak / growth:
 *   - the renderer process's resident size (VmRSS before, VmHWM reset just before the run), which
 *     holds the window and the vault worker together;
 *   - the vault worker's JS heap (CDP Runtime.getHeapUsage in the worker target), where records
 *     are encrypted and decrypted;
 *   - the window's JS heap (CDP Performance.getMetrics JSHeapUsedSize), which moves the pieces;
 *   - the main side, here the bench's own Node process running the real main handlers (heapUsed
 *     plus external, which holds the file buffers; and its resident size).
 * The backup starts once the search index is built (after an unlock it builds in the background)
 * and the worker's heap has settled. Caveats: the main side includes Playwright's end of the test
 * bridge, which carries each piece from the page as base64 over the DevTools protocol where the app
 * uses IPC (the bridge floor says what that costs). Pieces to the page come over a WebSocket from
 * the bench's own server (e2e/bridge-bytes.ts), not by fetch: DevTools keeps every body a page it
 * watches fetches, up to 200 MB in the renderer, which this figure would have counted as the app's
 * (a restore grew 423 MiB at 50,000 records that way, 213 without). The bridge floor's memory is
 * the bridge's share alone, over the whole file read and written. After a restore the search
 * index builds in the background, as after an unlock, once the notebook is open, so it is not in
 * the restore's figures.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchApp, type LaunchedApp } from '../e2e/harness';
import { PASSPHRASE } from '../e2e/flows';
import { BENCH_MOUNTS, openBenchPage } from './bench-page-server';
import type { NotebookCopy } from './large-notebook-cache';
import type { backupFloors } from './browser/backup-floors';
import { waitFor } from '../support/wait-for';

const ROOT = resolve(import.meta.dirname, '../..');
const MiB = 1024 * 1024;
const mib = (bytes: number) => +(bytes / MiB).toFixed(1);

/** Renderer processes of the Chromium started on this data folder. */
async function rendererPids(dataDir: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const commands = await Promise.all(
    pids.map(async (pid) => [pid, await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')] as const),
  );
  const browser = commands.find(
    ([, command]) => command.includes(`--user-data-dir=${join(dataDir, 'chromium-profile')}`) && !command.includes('--type='),
  );
  if (!browser) return [];
  const parentOf = async (pid: string) => (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')).split(') ')[1]?.split(' ')[1];
  const renderers: number[] = [];
  for (const [pid, command] of commands) {
    if (!command.includes('--type=renderer')) continue;
    // Renderers are started by the zygote, a child of the browser process.
    const parent = await parentOf(pid);
    const grandparent = parent && (await parentOf(parent));
    if (parent === browser[0] || grandparent === browser[0] || (grandparent && (await parentOf(grandparent)) === browser[0]))
      renderers.push(Number(pid));
  }
  return renderers;
}

const vmField = async (pid: number, field: 'VmHWM' | 'VmRSS') =>
  Number(/\d+/.exec((await readFile(`/proc/${pid}/status`, 'utf8')).split('\n').find((line) => line.startsWith(field)) ?? '')?.[0] ?? 0) *
  1024;

type WorkerCall = <T>(method: string, params?: object, timeoutMs?: number) => Promise<T | null>;

/** CDP calls into the vault worker: the window's session auto-attaches to its workers (non-flat, so messages go through this session). */
async function workerChannel(session: CDPSession): Promise<WorkerCall> {
  let workerSession: string | null = null;
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  session.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === 'worker') workerSession = event.sessionId;
  });
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result ?? null);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return async <T>(method: string, params: object = {}, timeoutMs = 1000) => {
    if (!workerSession) return null;
    const id = nextId++;
    const answer = new Promise<T | null>((resolve) => waiting.set(id, (result) => resolve(result as T | null)));
    await session.send('Target.sendMessageToTarget', { sessionId: workerSession, message: JSON.stringify({ id, method, params }) });
    return Promise.race([answer, new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
  };
}

/** The worker's JS heap in use, or null before the worker has started. */
async function workerHeap(session: CDPSession): Promise<() => Promise<number | null>> {
  const call = await workerChannel(session);
  return async () => (await call<{ usedSize: number }>('Runtime.getHeapUsage'))?.usedSize ?? null;
}

/**
 * With BENCH_PROFILE set: CPU profiles of the window and the vault worker while `run` runs, written
 * to .tmp/bench-profiles/<label>-{window,worker}.cpuprofile (open them in Chrome DevTools). The main
 * side is profiled with `node --cpu-prof`.
 */
async function profiled(app: LaunchedApp, label: string, run: () => Promise<void>): Promise<void> {
  if (!process.env.BENCH_PROFILE) return run();
  const session = await app.context.newCDPSession(app.page);
  const worker = await workerChannel(session);
  // Wait for the worker to be attached (the app starts it with the window).
  for (let waited = 0; (await worker('Runtime.getHeapUsage')) === null && waited < 10_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  for (const send of [(m: string) => session.send(m as 'Profiler.enable'), (m: string) => worker(m)]) {
    await send('Profiler.enable');
    await send('Profiler.start');
  }
  try {
    await run();
  } finally {
    const dir = join(ROOT, '.tmp/bench-profiles');
    await mkdir(dir, { recursive: true });
    const windowProfile = await session.send('Profiler.stop');
    const workerProfile = await worker<{ profile: object }>('Profiler.stop', {}, 120_000);
    await writeFile(join(dir, `${label}-window.cpuprofile`), JSON.stringify(windowProfile.profile));
    if (workerProfile) await writeFile(join(dir, `${label}-worker.cpuprofile`), JSON.stringify(workerProfile.profile));
    await session.detach();
  }
}

interface Level {
  before: number;
  peak: number;
  /** Peak minus before: what the operation needed on top of where the process stood. */
  growth: number;
}
const level = (before: number, peak: number): Level => ({ before: mib(before), peak: mib(peak), growth: mib(peak - before) });

interface Peaks {
  /** The renderer process (the window and the vault worker together), resident. */
  rendererRssMiB: Level;
  workerHeapMiB: Level | null;
  windowHeapMiB: Level;
  /** The main handlers' side (this Node process, with Playwright's end of the bridge): JS heap plus external buffers. */
  mainHeapMiB: Level;
  mainRssMiB: Level;
}

/** Samples every 100 ms until stopped; the peaks of each measure. */
async function sampleMemory(app: LaunchedApp): Promise<() => Promise<Peaks>> {
  const session = await app.context.newCDPSession(app.page);
  await session.send('Performance.enable');
  const worker = await workerHeap(session);
  const windowHeap = async () =>
    (await session.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  const renderers = await rendererPids(app.dataDir);
  const rss = async () => Math.max(0, ...(await Promise.all(renderers.map((pid) => vmField(pid, 'VmRSS')))));
  const mainHeap = () => {
    const { heapUsed, external } = process.memoryUsage();
    return heapUsed + external;
  };
  // Resets each renderer's peak resident size to its current size.
  await Promise.all(renderers.map((pid) => writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => undefined)));

  const before = {
    worker: await worker(),
    window: await windowHeap(),
    main: mainHeap(),
    mainRss: process.memoryUsage().rss,
    rss: await rss(),
  };
  const peak = { ...before };
  let running = true;
  const loop = (async () => {
    while (running) {
      const [w, page] = await Promise.all([worker(), windowHeap()]);
      if (w !== null) peak.worker = Math.max(peak.worker ?? 0, w);
      peak.window = Math.max(peak.window, page);
      peak.main = Math.max(peak.main, mainHeap());
      peak.mainRss = Math.max(peak.mainRss, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    const rssPeak = Math.max(0, ...(await Promise.all(renderers.map((pid) => vmField(pid, 'VmHWM')))));
    await session.detach();
    return {
      rendererRssMiB: level(before.rss, rssPeak),
      workerHeapMiB: before.worker === null || peak.worker === null ? null : level(before.worker, peak.worker),
      windowHeapMiB: level(before.window, peak.window),
      mainHeapMiB: level(before.main, peak.main),
      mainRssMiB: level(before.mainRss, peak.mainRss),
    };
  };
}

/** Waits until the search index is built (after an unlock it builds in the background): searching says so. */
async function searchReady(page: Page): Promise<void> {
  const box = page.getByLabel('Search your notebook');
  await box.fill('garden');
  await waitFor(page.getByRole('heading', { name: /garden/ }), { timeout: 120_000 });
  await waitFor(page.getByText(/Getting search ready/), { state: 'hidden', timeout: 900_000 });
  await box.fill('');
}

/**
 * Waits until the worker's heap holds still (the search index and Today build in the background
 * after an unlock), so a backup's own growth is not mixed with theirs.
 */
async function settled(app: LaunchedApp): Promise<void> {
  const session = await app.context.newCDPSession(app.page);
  const worker = await workerHeap(session);
  let last = -1;
  for (let steady = 0, waited = 0; steady < 3 && waited < 180_000; waited += 2000) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const now = (await worker()) ?? 0;
    steady = last > 0 && Math.abs(now - last) < 0.02 * last ? steady + 1 : 0;
    last = now;
  }
  await session.detach();
}

async function timedWithMemory(app: LaunchedApp, label: string, run: (page: Page) => Promise<void>) {
  const stop = await sampleMemory(app);
  const started = Date.now();
  await profiled(app, label, () => run(app.page));
  const ms = Date.now() - started;
  return { ms, memory: await stop() };
}

type BenchPage = { bench: typeof backupFloors };

/** The floors (browser/backup-floors.ts), in the bench page of `app`, over its notebook and the app's backup file. */
async function measureFloors(app: LaunchedApp, backupPath: string, drive: string) {
  const { page, backupDialogs } = app;
  await openBenchPage(page);
  backupDialogs.backupFile = backupPath;
  backupDialogs.saveFile = join(drive, 'bridge-floor.pnbackup');
  const stop = await sampleMemory(app);
  const bridge = { ...(await page.evaluate(() => (window as unknown as BenchPage).bench.bridgeFloor())), memory: await stop() };
  backupDialogs.saveFile = join(drive, 'backup-floor.pnbackup');
  const backup = await page.evaluate((passphrase) => (window as unknown as BenchPage).bench.backupFloor(passphrase), PASSPHRASE);
  const restore = await page.evaluate((passphrase) => (window as unknown as BenchPage).bench.restoreFloor(passphrase), PASSPHRASE);
  return { bridge, backup, restore };
}

const ratio = (ms: number, floorMs: number) => +(ms / floorMs).toFixed(2);

/**
 * On a copy of a generated notebook: backs it up with "Back up now" in the app, measures the floors
 * in the same app, and restores the backup on a new computer (a fresh data folder) from the first
 * screen. Times run from the click until the app says it is done.
 */
export async function measureBackupAndRestore({ dataDir, notebook }: NotebookCopy) {
  const drive = await mkdtemp(join(tmpdir(), 'peer-notebook-bench-usb-'));
  const backupPath = join(drive, 'large-notebook.pnbackup');

  let backup: Awaited<ReturnType<typeof timedWithMemory>>;
  let floors: Awaited<ReturnType<typeof measureFloors>>;
  const original = await launchApp({ dataDir, mounts: BENCH_MOUNTS });
  try {
    const { page } = original;
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await searchReady(page);
    await page.getByRole('button', { name: 'Settings', exact: true }).click({ timeout: 120_000 });
    await page.getByRole('tab', { name: 'Backups', exact: true }).click();
    original.backupDialogs.saveFile = backupPath;
    await settled(original);
    backup = await timedWithMemory(original, `backup-${notebook.records}`, async () => {
      await page.getByRole('button', { name: 'Back up now' }).click();
      await waitFor(page.getByRole('status').filter({ hasText: 'Backed up and checked' }), { timeout: 600_000 });
    });
    floors = await measureFloors(original, backupPath, drive);
  } finally {
    await original.close();
  }
  const fileBytes = (await stat(backupPath)).size;

  let restore: Awaited<ReturnType<typeof timedWithMemory>>;
  const fresh = await launchApp({ mounts: BENCH_MOUNTS });
  try {
    const { page } = fresh;
    await page.getByRole('button', { name: 'Restore from a backup' }).click();
    fresh.backupDialogs.backupFile = backupPath;
    await page.getByRole('button', { name: 'Choose a backup file' }).click();
    await page.getByLabel('Passphrase of the notebook when the backup was made').fill(PASSPHRASE);
    restore = await timedWithMemory(fresh, `restore-${notebook.records}`, async () => {
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await waitFor(page.getByRole('button', { name: 'Lock now' }), { timeout: 900_000 });
    });
  } finally {
    await fresh.close();
    await rm(drive, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
    await rm(fresh.dataDir, { recursive: true, force: true });
  }

  return {
    records: notebook.records,
    fileMiB: mib(fileBytes),
    bridgeFloor: {
      ...floors.bridge,
      includes:
        'the file moved through the host calls alone: read (beginBackupRead, readBackupPiece), then written (writeBackupPiece, finishBackupWrite)',
      memoryIncludes:
        "the test bridge's own share of the memory figures, over the whole file read and then written: in the renderer, the pieces it handed the page and the base64 text of every piece it sent",
    },
    backup: {
      ms: backup.ms,
      floorMs: floors.backup.ms,
      ratio: ratio(backup.ms, floors.backup.ms),
      targetMs: 8000,
      includes:
        'from "Back up now" to "Backed up and checked": reading and encrypting every record and audit event, writing, flushing, renaming, reading the file back and checking it',
      floorIncludes:
        'the same records and events read in pages of 2,000, decrypted, encrypted into the stream and written through the host calls in 4 MiB pieces, flushed, renamed, read back',
      memory: backup.memory,
      memoryIncludes:
        'peaks while it runs, over the level before; the renderer holds the window and the vault worker, and here also the base64 text the test bridge makes of every piece (its share: bridgeFloor.memory)',
    },
    restore: {
      ms: restore.ms,
      floorMs: floors.restore.ms,
      ratio: ratio(restore.ms, floors.restore.ms),
      targetMs: 20_000,
      includes:
        'from "Restore this backup" to the open notebook: key derivation twice, verifying the whole file, then reading it again and merging every record and audit event',
      floorIncludes:
        'the file read once through the host calls, decrypted, every record sealed again and bulk-written, one transaction per piece',
      memory: restore.memory,
      memoryIncludes:
        "peaks while it runs, over the level before; the renderer holds the window and the vault worker, libsodium's 64 MiB for deriving the key, and here also the pieces the test bridge handed the page, twice over (bridgeFloor.memory: once)",
    },
  };
}
