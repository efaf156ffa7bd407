/**
 * Finds a Chromium for the end-to-end tests and the bench, so `npm ci && npm test` needs nothing
 * installed by hand: CHROMIUM_PATH if set; else a Chromium or Chrome installed the usual way (its
 * usual place on Linux, macOS or Windows, or on PATH); else the Chromium that ships inside the
 * npm package @sparticuz/chromium (a devDependency), unpacked once into node_modules/.cache.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export interface FoundChromium {
  executablePath: string;
  /** Where it came from, for the figures and the messages. */
  source: 'CHROMIUM_PATH' | 'installed' | '@sparticuz/chromium';
}

/**
 * Flags for every launch. The network ones keep Chromium from calling out (this machine has no
 * network, and its refused connections pile up); no sandbox because tests may run as root.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The environment for a launch: this process's, as Playwright would pass it, with fonts from an
 * npm package (tests/support/fonts.conf), so printed pages have their text on a Linux machine with
 * no fonts installed, and the same text on any.
 */
export const chromiumEnv = (): Record<string, string | undefined> => ({
  ...process.env,
  FONTCONFIG_FILE: resolve(import.meta.dirname, 'fonts.conf'),
});

const ROOT = resolve(import.meta.dirname, '../..');

function installedPlaces(): string[] {
  const env = process.env;
  switch (process.platform) {
    case 'darwin':
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        join(env.HOME ?? '', 'Applications/Chromium.app/Contents/MacOS/Chromium'),
        join(env.HOME ?? '', 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      ];
    case 'win32':
      return [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']]
        .filter((folder): folder is string => Boolean(folder))
        .flatMap((folder) => [join(folder, 'Chromium/Application/chrome.exe'), join(folder, 'Google/Chrome/Application/chrome.exe')]);
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/opt/google/chrome/chrome',
      ];
  }
}

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function onPath(): string[] {
  const folders = (process.env.PATH ?? '').split(process.platform === 'win32' ? ';' : ':').filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe'] : [''];
  return folders.flatMap((folder) => ON_PATH.flatMap((name) => suffixes.map((suffix) => join(folder, name + suffix))));
}

/** A file that can be run (an empty or non-executable file in its place does not count). */
function runnable(path: string): boolean {
  try {
    const stats = statSync(path);
    if (!stats.isFile() || stats.size === 0) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Unpacks @sparticuz/chromium into a folder of its own version. The package unpacks into the
 * temp folder and reuses whatever it finds there; a child process with TMPDIR set keeps this copy
 * apart from any other version or half-written file, and a rename makes it appear whole or not at all.
 */
async function unpackedNpmChromium(): Promise<string | null> {
  const manifest = join(ROOT, 'node_modules/@sparticuz/chromium/package.json');
  if (!existsSync(manifest)) return null;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  const folder = join(ROOT, 'node_modules/.cache', `sparticuz-chromium-${version}`);
  const executable = join(folder, 'chromium');
  if (runnable(executable)) return executable;

  const partial = `${folder}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const unpack = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))";
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', unpack], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: partial, TMP: partial, TEMP: partial },
  });
  try {
    renameSync(partial, folder);
  } catch {
    // Another process unpacked the same version first: use that one.
    rmSync(partial, { recursive: true, force: true });
  }
  return runnable(executable) ? executable : null;
}

let found: Promise<FoundChromium> | undefined;

/** The Chromium this machine has, looked for once per process. */
export function findChromium(): Promise<FoundChromium> {
  found ??= (async (): Promise<FoundChromium> => {
    const fromEnv = process.env.CHROMIUM_PATH;
    if (fromEnv) {
      if (!runnable(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, but no browser can be run from there. Fix or unset it.`);
      return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
    }
    const installed = [...installedPlaces(), ...onPath()].find(runnable);
    if (installed) return { executablePath: installed, source: 'installed' };
    const fromNpm = await unpackedNpmChromium();
    if (fromNpm) return { executablePath: fromNpm, source: '@sparticuz/chromium' };
    throw new Error(
      'No Chromium found for the end-to-end tests: install Chromium or Chrome, set CHROMIUM_PATH, or run `npm ci` (it brings @sparticuz/chromium on Linux).',
    );
  })();
  return found;
}
