/**
 * Runs before `npm start` and `npm run dev`: says in plain words what is missing instead of a
 * stack trace. Plain JavaScript on purpose, so that even a Node.js too old for the rest of the
 * tooling can run it and say so.
 *
 *  1. Node.js: the version package.json's `engines` names (Electron's installer needs it).
 *  2. Electron's program: fetched the first time the app starts; when that fails (no network),
 *     what to do instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Why this Node.js cannot start the app, or null. `engines` is package.json's `>=X.Y.Z`.
 * @param {string} current process.versions.node
 * @param {string} engines
 * @returns {string | null}
 */
export function nodeVersionProblem(current, engines) {
  const wanted = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(engines.trim());
  if (!wanted) throw new Error(`package.json's engines.node should read ">=X.Y.Z", not "${engines}".`);
  const have = current.split('.').map(Number);
  const need = wanted.slice(1).map(Number);
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) > need[i]) return null;
    if ((have[i] ?? 0) < need[i]) {
      const version = need.join('.');
      return [
        `Peer Notebook needs Node.js ${version} or newer to start; this is Node.js ${current}.`,
        `Install Node.js ${need[0]} (with nvm: \`nvm install\` in this folder reads .nvmrc), then run \`npm ci\` and \`npm start\` again.`,
        'The tests (`npm test`) also run on Node.js 20.19 or newer.',
      ].join('\n');
    }
  }
  return null;
}

/**
 * Whether Electron's program for this version is in node_modules/electron (as its own installer checks).
 * @param {string} electronDir
 * @returns {boolean}
 */
export function electronInstalled(electronDir) {
  try {
    const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
    const installed = readFileSync(join(electronDir, 'dist', 'version'), 'utf8')
      .replace(/^v/, '')
      .trim();
    const executable = readFileSync(join(electronDir, 'path.txt'), 'utf8');
    return installed === version && existsSync(join(electronDir, 'dist', executable));
  } catch {
    return false;
  }
}

const OFFLINE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|network/i;

/**
 * What to tell the developer when fetching Electron's program failed, from what its installer printed.
 * @param {string} installerOutput
 * @returns {string}
 */
export function electronFetchProblem(installerOutput) {
  const why = OFFLINE.test(installerOutput)
    ? 'This computer could not reach the download server (no network, or it is blocked here).'
    : 'The download did not finish.';
  return [
    `Peer Notebook runs inside Electron, and Electron's program (about 100 MB) is downloaded the first time the app starts. ${why}`,
    'What to do:',
    '  - Connect to the internet and run `npm start` again; it is downloaded once.',
    '  - Behind a proxy or a mirror: set ELECTRON_MIRROR (or ELECTRON_GET_USE_PROXY with HTTPS_PROXY), then run `npm start` again.',
    "  - On a machine that can never download it: the tests need no Electron (`npm test` runs the app's screens in Chromium).",
  ].join('\n');
}

function main() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const nodeProblem = nodeVersionProblem(process.versions.node, pkg.engines.node);
  if (nodeProblem) {
    console.error(nodeProblem);
    process.exit(1);
  }

  const electronDir = join(ROOT, 'node_modules', 'electron');
  if (!existsSync(electronDir)) {
    console.error('The dependencies are not installed yet: run `npm ci`, then `npm start`.');
    process.exit(1);
  }
  if (electronInstalled(electronDir)) return;

  console.log("First start: downloading Electron's program (about 100 MB, once)…");
  // Its own installer, as `require('electron')` would run it, with its error kept for the message above.
  const fetch = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (fetch.status === 0 && electronInstalled(electronDir)) return;
  console.error(electronFetchProblem(`${fetch.stderr ?? ''}${fetch.error ?? ''}`));
  process.exit(1);
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) main();
