/**
 * Tells a stale build from a fresh one by content, not by file times: `npm run build` records a
 * hash of everything the build reads, taken before it starts (so a file saved mid-build counts as
 * a change), and the end-to-end harness and the bench compare it with the sources as they are now.
 * Git rewrites file times on every checkout and keeps none of them, so times would both cry wolf
 * and miss a file saved during a build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** What electron-vite reads to build out/: the three rooms, its config and what it imports, and the locked dependencies. */
const BUILD_INPUTS = [
  'renderer',
  'electron',
  'shared',
  'electron.vite.config.ts',
  'scripts/embed-agency-config.ts',
  'scripts/agency-config-file.ts',
  'package-lock.json',
  'tsconfig.base.json',
  'tsconfig.web.json',
  'tsconfig.node.json',
];

/** The folder a build writes, as electron.vite.config.ts reads it. */
export const outDir = (): string => resolve(ROOT, process.env.PEER_NOTEBOOK_OUT_DIR ?? 'out');

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules')
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** One hash over every build input's path and bytes. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  const files = BUILD_INPUTS.flatMap((input) => filesUnder(join(ROOT, input)))
    .map((file) => relative(ROOT, file).split('\\').join('/'))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

/** Kept beside the dependencies, not in out/: everything in out/ ships in the installer. */
function stampFile(out: string): string {
  const name = createHash('sha256').update(out).digest('hex').slice(0, 16);
  return join(ROOT, 'node_modules/.cache/peer-notebook', `build-${name}.json`);
}

export function writeBuildStamp(out: string, hash: string): void {
  mkdirSync(join(stampFile(out), '..'), { recursive: true });
  writeFileSync(stampFile(out), JSON.stringify({ out, sourceHash: hash, builtAt: new Date().toISOString() }));
}

/** Why the build in `out` cannot be tested, in words that say what to run; null when it matches the sources. */
export function staleBuildProblem(out: string = outDir()): string | null {
  const where = relative(ROOT, out) || out;
  if (!existsSync(join(out, 'renderer/index.html'))) return `There is no build in ${where}/ yet. Run \`npm run build\` first.`;
  let recorded: string | undefined;
  try {
    recorded = (JSON.parse(readFileSync(stampFile(out), 'utf8')) as { sourceHash?: string }).sourceHash;
  } catch {
    recorded = undefined;
  }
  if (recorded === undefined)
    return `The build in ${where}/ was not made by \`npm run build\` (or npm ci cleared its record), so it may not match the sources. Run \`npm run build\` first.`;
  if (recorded !== sourceHash())
    return `The build in ${where}/ is older than the sources: they changed since it was made. Run \`npm run build\` first.`;
  return null;
}
