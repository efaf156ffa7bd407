import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { embedAgencyConfig } from './scripts/embed-agency-config';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };
// PEER_NOTEBOOK_OUT_DIR builds elsewhere than out/ (tests read the same variable), so two builds never collide.
const outDir = resolve(import.meta.dirname, process.env.PEER_NOTEBOOK_OUT_DIR ?? 'out');

// The window's and workers' code, minified: a third less for a slow laptop to read and compile at
// every start (the window's bundle 2.0 → 1.2 MB, the vault worker's 1.5 → 1.1 MB). Names of
// functions and classes are kept, since an error is known by its class's name when it crosses
// from the vault worker to a screen. ASCII only: a script with one character beyond it is decoded
// and held at two bytes a character, not one, before it is parsed.
const rendererOutput = { minify: true, keepNames: true, charset: 'ascii' } as const;

// Everything the app runs is bundled, so the installer ships only `out/` (no node_modules).
// Source maps stay off: the package must not carry the sources.
export default defineConfig({
  main: {
    resolve: { alias },
    // The agency.json named by PEER_NOTEBOOK_AGENCY_CONFIG, checked and built in (none: a community build).
    plugins: [embedAgencyConfig()],
    build: {
      outDir: resolve(outDir, 'main'),
      sourcemap: false,
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') }, external: ['electron'] },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(outDir, 'preload'),
      sourcemap: false,
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    worker: { format: 'es', rollupOptions: { output: rendererOutput } },
    build: {
      outDir: resolve(outDir, 'renderer'),
      sourcemap: false,
      target: 'chrome130',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') }, output: rendererOutput },
    },
  },
});
