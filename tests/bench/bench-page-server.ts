/**
 * The bench page (tests/bench/browser/), built apart from the app and served beside it on the
 * app's origin, so its code reaches the app's own IndexedDB and `window.notebook`.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { TEST_ORIGIN } from '../e2e/harness';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH_OUT = join(ROOT, '.tmp/bench-web');
export const BENCH_PAGE = `${TEST_ORIGIN}/__bench/index.html`;

let built: Promise<void> | null = null;

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

/** Given to launchApp: the app's own renderer server serves the bench page beside the renderer. */
export const BENCH_MOUNTS = { '/__bench/': BENCH_OUT };

/**
 * Opens the bench page on `page`, served by the app's renderer server (launched with BENCH_MOUNTS),
 * not a route: the vault worker the page starts starts a worker of its own, which routes miss.
 */
export async function openBenchPage(page: Page): Promise<void> {
  await buildBenchPage();
  await page.goto(BENCH_PAGE);
  await page.waitForFunction(() => document.title === 'bench ready');
}
