/**
 * `npm run test:feature -- <name>`: one feature's tests, unit and end-to-end, e.g. `notes` or
 * `sync`. A test belongs to the feature when a folder on its path is named so, or its file name
 * starts with the name (`sync-folders.test.ts`, `notes.e2e.test.ts`). End-to-end tests run the
 * built app, so the app is built first when any are included.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TEST_FILE = /\.test\.tsx?$/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return TEST_FILE.test(entry.name) ? [relative(ROOT, path).split(sep).join('/')] : [];
  });
}

/** The test files of one feature, by the rule above. */
export function featureTests(name: string, files: string[]): string[] {
  return files.filter((file) => {
    const parts = file.split('/');
    const fileName = parts.pop()!;
    return parts.includes(name) || fileName.startsWith(`${name}.`) || fileName.startsWith(`${name}-`);
  });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function main(): void {
  const name = process.argv[2];
  const features = readdirSync(join(ROOT, 'renderer/src/features')).join(', ');
  if (!name) {
    console.error(`Say which feature: npm run test:feature -- <name>, one of: ${features}.`);
    process.exit(2);
  }
  const files = featureTests(name, testFiles(join(ROOT, 'tests')));
  if (files.length === 0) {
    console.error(`No tests belong to "${name}". Features: ${features}.`);
    process.exit(2);
  }
  console.log(`Tests of ${name}:\n  ${files.join('\n  ')}`);
  if (files.some((file) => file.startsWith('tests/e2e/'))) run('npm', ['run', 'build']);
  run(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...files]);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
