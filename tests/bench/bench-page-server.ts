/**
 * The bench page (tests/bench/browser/), built apart from the app and served beside it on the
 * app's origin, so its code reaches the app's own IndexedDB and `window.notebook`.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { TEST_ORIGIN } from '../e2e/harness';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH_OUT = join(ROOT, '.tmp/bench-web');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
export const BENCH_PAGE = `${TEST_ORIGIN}/__bench/index.html`;

let built: Promise<void> | null = null;
const served = new WeakSet<Page>();

/** Builds the bench page once per run. */
export function buildBenchPage(): Promise<void> {
  built ??= build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'tests/bench/browser'),
    base: '/__bench/',
    resolve: { alias: { '@shared': join(ROOT, 'shared') } },
    // The large-notebook figures start the app's vault worker from the bench page.
    worker: { format: 'es' },
    build: { outDir: BENCH_OUT, emptyOutDir: true, target: 'chrome130' },
  }).then(() => undefined);
  return built;
}

/** Serves the bench page on `page` (under /__bench/) and opens it. */
export async function openBenchPage(page: Page): Promise<void> {
  await buildBenchPage();
  if (!served.has(page)) {
    served.add(page);
    await page.route(`${TEST_ORIGIN}/__bench/**`, async (route) => {
      const path = new URL(route.request().url()).pathname.replace('/__bench/', '');
      const body = await readFile(join(BENCH_OUT, path));
      await route.fulfill({ status: 200, headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }, body });
    });
  }
  await page.goto(BENCH_PAGE);
  await page.waitForFunction(() => document.title === 'bench ready');
}
