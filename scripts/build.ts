/**
 * `npm run build`: electron-vite's build, then a record of the sources it was made from
 * (scripts/build-stamp.ts), so the tests can refuse to run over a build that no longer matches.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { outDir, sourceHash, writeBuildStamp } from './build-stamp';

// Hashed before building: a file saved while the build runs makes the record differ, not match.
const hash = sourceHash();
const electronVite = resolve(import.meta.dirname, '../node_modules/electron-vite/bin/electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
writeBuildStamp(outDir(), hash);
