/**
 * What `npm run build` leaves in out/ is what the installer ships (electron-builder packs out/
 * only). It must hold no tests, no TypeScript sources and no source maps. The build is reused when
 * it is newer than every source file, and run once here when it is not.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(PROJECT, 'out');
const SOURCES = ['electron', 'renderer', 'shared', 'scripts', 'electron.vite.config.ts', 'package.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

const newest = (files: string[]) => Math.max(0, ...files.map((file) => statSync(file).mtimeMs));

let shipped: string[];
beforeAll(async () => {
  const built = filesUnder(OUT);
  const sources = SOURCES.flatMap((source) => filesUnder(join(PROJECT, source))).filter((file) => !file.includes('node_modules'));
  if (built.length === 0 || Math.min(...built.map((file) => statSync(file).mtimeMs)) < newest(sources)) {
    await promisify(execFile)(process.execPath, [join(PROJECT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: PROJECT,
      env: { ...process.env, PEER_NOTEBOOK_AGENCY_CONFIG: '' },
    });
  }
  shipped = filesUnder(OUT).map((file) => relative(OUT, file).split('\\').join('/'));
}, 180_000);

describe('the built output the installer ships', () => {
  it('holds the three bundles the app starts from', () => {
    expect(shipped).toEqual(expect.arrayContaining(['main/index.js', 'preload/index.cjs', 'renderer/index.html']));
  });

  it('holds no source maps and no pointers to them', () => {
    expect(shipped.filter((file) => file.endsWith('.map'))).toEqual([]);
    const scripts = shipped.filter((file) => /\.(c|m)?js$/.test(file));
    expect(scripts.filter((file) => /\/\/# sourceMappingURL=/.test(readFileSync(join(OUT, file), 'utf8')))).toEqual([]);
  });

  it('holds no TypeScript sources', () => {
    expect(shipped.filter((file) => /\.(c|m)?tsx?$/.test(file))).toEqual([]);
  });

  it('holds no tests or test helpers', () => {
    expect(shipped.filter((file) => /(^|\/)(tests?|__tests__)\/|\.(test|spec)\.|fixtures?/.test(file))).toEqual([]);
  });
});
