/**
 * The backup figures of `npm run bench` (issue 6): the large notebook (50,000 records) backed up
 * with "Back up now" in the real app, then restored on a new computer (a fresh data folder) from
 * the first screen, each timed from the click until the app says it is done.
 *
 * Memory, sampled every 100 ms while each runs:
 *   - the vault worker's JS heap (CDP Runtime.getHeapUsage in the worker target), where records
 *     are encrypted and decrypted;
 *   - the window's JS heap (CDP Performance.getMetrics JSHeapUsedSize), which moves the pieces;
 *   - the main process's side, here the bench's own Node process running the real main handlers
 *     (process.memoryUsage heapUsed and external, which holds the file buffers);
 *   - the renderer process's peak resident memory (VmHWM, reset just before the run), which holds
 *     the window and the worker together.
 * The peak is reported next to the level before the run, so the growth the operation needs shows.
 * The backup starts once the worker's heap has settled after the unlock. Caveats: the main-side
 * figures include the test bridge (Playwright carries each piece between Node and the page, where
 * the app uses IPC); the worker's figures include what an open notebook holds anyway (the search
 * index, and during a restore each restored record as it is indexed and cached).
 */
import { mkdtemp, readFile, readdir, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchApp, type LaunchedApp } from '../e2e/harness';
import { PASSPHRASE } from '../e2e/flows';

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

/** The worker's heap through CDP: the window's session auto-attaches to its workers (non-flat, so messages go through this session). */
async function workerHeap(session: CDPSession): Promise<() => Promise<number | null>> {
  let workerSession: string | null = null;
  let nextId = 1;
  const waiting = new Map<number, (usedSize: number | null) => void>();
  session.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === 'worker') workerSession = event.sessionId;
  });
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result?.usedSize ?? null);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  return async () => {
    if (!workerSession) return null;
    const id = nextId++;
    const answer = new Promise<number | null>((resolve) => waiting.set(id, resolve));
    await session.send('Target.sendMessageToTarget', {
      sessionId: workerSession,
      message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
    });
    return Promise.race([answer, new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000))]);
  };
}

interface Peaks {
  workerHeapMiB: { before: number | null; peak: number | null };
  windowHeapMiB: { before: number; peak: number };
  mainProcessMiB: { heapBefore: number; heapPeak: number; externalBefore: number; externalPeak: number };
  rendererProcessRssMiB: { before: number; peak: number };
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
  // Resets each renderer's peak resident size to its current size.
  await Promise.all(renderers.map((pid) => writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => undefined)));

  const before = { worker: await worker(), window: await windowHeap(), node: process.memoryUsage(), rss: await rss() };
  const peak = { worker: before.worker, window: before.window, heap: before.node.heapUsed, external: before.node.external };
  let running = true;
  const loop = (async () => {
    while (running) {
      const [w, page] = await Promise.all([worker(), windowHeap()]);
      const node = process.memoryUsage();
      if (w !== null) peak.worker = Math.max(peak.worker ?? 0, w);
      peak.window = Math.max(peak.window, page);
      peak.heap = Math.max(peak.heap, node.heapUsed);
      peak.external = Math.max(peak.external, node.external);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    running = false;
    await loop;
    const rssPeak = Math.max(0, ...(await Promise.all(renderers.map((pid) => vmField(pid, 'VmHWM')))));
    await session.detach();
    return {
      workerHeapMiB: { before: before.worker === null ? null : mib(before.worker), peak: peak.worker === null ? null : mib(peak.worker) },
      windowHeapMiB: { before: mib(before.window), peak: mib(peak.window) },
      mainProcessMiB: {
        heapBefore: mib(before.node.heapUsed),
        heapPeak: mib(peak.heap),
        externalBefore: mib(before.node.external),
        externalPeak: mib(peak.external),
      },
      rendererProcessRssMiB: { before: mib(before.rss), peak: mib(rssPeak) },
    };
  };
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

async function timedWithMemory(app: LaunchedApp, run: (page: Page) => Promise<void>) {
  const stop = await sampleMemory(app);
  const started = Date.now();
  await run(app.page);
  const ms = Date.now() - started;
  return { ms, memory: await stop() };
}

/**
 * Closes `app` (its data folder holds the large notebook, locked), backs the notebook up in a
 * fresh start of the app, and restores the backup into another fresh data folder.
 */
export async function measureBackupAndRestore(app: LaunchedApp) {
  const { dataDir } = app;
  await app.close();
  const drive = await mkdtemp(join(tmpdir(), 'peer-notebook-bench-usb-'));
  const backupPath = join(drive, 'large-notebook.pnbackup');

  let backup: Awaited<ReturnType<typeof timedWithMemory>>;
  const original = await launchApp({ dataDir });
  try {
    const { page } = original;
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('button', { name: 'Settings', exact: true }).click({ timeout: 120_000 });
    original.backupDialogs.saveFile = backupPath;
    await settled(original);
    backup = await timedWithMemory(original, async () => {
      await page.getByRole('button', { name: 'Back up now' }).click();
      await page.getByRole('status').filter({ hasText: 'Backed up and checked' }).waitFor({ timeout: 600_000 });
    });
  } finally {
    await original.close();
  }
  const fileBytes = (await stat(backupPath)).size;

  let restore: Awaited<ReturnType<typeof timedWithMemory>>;
  const fresh = await launchApp();
  try {
    const { page } = fresh;
    await page.getByRole('button', { name: 'Restore from a backup' }).click();
    fresh.backupDialogs.backupFile = backupPath;
    await page.getByRole('button', { name: 'Choose a backup file' }).click();
    await page.getByLabel('Passphrase of the notebook when the backup was made').fill(PASSPHRASE);
    restore = await timedWithMemory(fresh, async () => {
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await page.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 900_000 });
    });
  } finally {
    await fresh.close();
  }

  return {
    fileBytes,
    backupMs: backup.ms,
    backupIncludes:
      'reading and encrypting every record and audit event, writing, flushing, renaming, reading the file back and checking it',
    backupMemory: backup.memory,
    restoreMs: restore.ms,
    restoreIncludes: 'key derivation twice, verifying the whole file, then reading it again and merging every record and audit event',
    restoreMemory: restore.memory,
  };
}
