// Layering, enforced rather than remembered (as VS Code does for common/browser/node):
//   shared/   pure TypeScript, imports no other room and nothing environment-specific
//   renderer/ and electron/ may import shared/, never each other
//   admin/    the agency's command-line tool (Node): imports shared/ and nothing of the app's other rooms
//   server/   the agency's sync server (Node): imports shared/ only; it never holds a key or the app's code
//   tests/    may import anything, but never the real `electron` module (it would try a download)
// Inside renderer/, layers (a lower one never imports a higher one):
//   vault core (renderer/src/vault) < worker code (renderer/src/worker, features/<f>/worker/)
//   < ui and i18n < screens (features/<f>/*, the window's side) < app (renderer/src/app, main.tsx)
// Worker code runs in the vault worker, where there is no window: it never imports window code
// (React, ui, i18n, screens, app). Window code reads the typed handler map's types from worker
// files (`import type`), never their code. No module imports itself back, through any path.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// Node's modules by exact name (a pattern like 'crypto' would also match '@shared/crypto/...').
const nodeBuiltins = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'stream',
  'http',
  'https',
  'net',
  'url',
  'util',
  'events',
  'buffer',
];
const noNode = (message) => nodeBuiltins.map((name) => ({ name, message }));
const room = (name) => [`**/${name}`, `**/${name}/**`, `../${name}/**`];

// The renderer's layers, as globs of files (resolved imports are matched against them).
const VAULT = ['renderer/src/vault/**'];
const FEATURE_WORKER = ['renderer/src/features/*/worker/**'];
const WORKER = ['renderer/src/worker/**', ...FEATURE_WORKER];
const UI = ['renderer/src/ui/**', 'renderer/src/i18n/**'];
const SCREENS = ['renderer/src/features/*/*.{ts,tsx}', 'renderer/src/features/*/!(worker)/**'];
const APP = ['renderer/src/app/**', 'renderer/src/*.{ts,tsx}'];

const rendererImports = {
  paths: noNode('The renderer has no Node: ask the main process through window.notebook.'),
  patterns: [
    {
      group: [...room('electron'), ...room('server')],
      message: 'The renderer meets the main process only through the host API in shared/.',
    },
    {
      group: ['node:*', 'electron'],
      message: 'The renderer has no Node and no Electron: ask the main process through window.notebook.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Imports are resolved as TypeScript does (the @shared/ alias too) for the cycle and layer checks.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noNode('shared/ must stay environment-free: no Node modules.'),
          patterns: [
            {
              group: [...room('electron'), ...room('renderer'), ...room('server'), ...room('tests')],
              message: 'shared/ is the lowest layer: it imports no other room.',
            },
            {
              group: ['node:*', 'electron', 'react', 'react-dom', 'dexie'],
              message: 'shared/ must stay environment-free (no Node, DOM-only libraries or Electron).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    rules: {
      'no-restricted-imports': ['error', rendererImports],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: VAULT,
              from: [...WORKER, ...UI, ...SCREENS, ...APP],
              message: 'The vault core is the renderer’s lowest layer: it imports shared/ and itself only.',
            },
            {
              target: FEATURE_WORKER,
              from: ['renderer/src/worker/**'],
              message: 'renderer/src/worker gathers the features’ worker code, never the other way round.',
            },
            {
              target: WORKER,
              from: [...UI, ...SCREENS, ...APP],
              message:
                'Worker code runs in the vault worker, where there is no window: it never imports ui, i18n, screens or app. Move what both sides need to shared/ or the vault core.',
            },
            {
              target: UI,
              from: [...SCREENS, ...APP],
              message: 'ui and i18n sit below the screens and the app: move what they need down here.',
            },
            {
              target: SCREENS,
              from: APP,
              message: 'Screens sit below the app: what they share with it lives in ui/ (contexts, navigation).',
            },
          ],
        },
      ],
    },
  },
  {
    // Worker side: the vault core and worker code run where there is no window.
    files: [...VAULT, ...WORKER],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...rendererImports,
          patterns: [
            ...rendererImports.patterns,
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next', 'chart.js', 'chart.js/*'],
              message: 'The vault worker has no window: React, i18next and charts belong to the screens.',
            },
          ],
        },
      ],
    },
  },
  {
    // Window side: worker files' types (the typed handler map) are welcome, their code is not.
    // React's rules (its compiler's analysis, the costliest part of linting) run here only: worker
    // code has no React, as the block above makes sure.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [...VAULT, ...WORKER],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...rendererImports,
          patterns: [
            ...rendererImports.patterns,
            {
              regex: '(^|/)worker/',
              allowTypeImports: true,
              message:
                'The window reaches worker code only through the vault calls (useVault): import its types with `import type`, never its code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser's validation bubbles speak the browser's language: every form is ui/form.tsx's Form.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/src/ui/form.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name='form']",
          message: 'Use Form from ui/form.tsx: it keeps the browser’s own validation bubbles away.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...room('renderer'), ...room('server')],
              message: 'The main process meets the renderer only through the host API in shared/.',
            },
            { group: ['react', 'react-dom', 'dexie'], message: 'UI and storage libraries belong to the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['admin/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...room('electron'), ...room('renderer'), ...room('server')],
              message: 'The admin tool stands alone: it imports shared/ only.',
            },
            {
              group: ['electron', 'react', 'react-dom', 'dexie'],
              message: 'The admin tool is a plain Node program: no Electron, UI or browser storage.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...room('electron'), ...room('renderer'), ...room('admin'), ...room('tests')],
              message: 'The sync server stands alone: it imports shared/ only (and never the app, which holds the keys).',
            },
            {
              group: ['electron', 'react', 'react-dom', 'dexie', 'libsodium-wrappers-sumo'],
              message:
                'The sync server is a plain Node program that never opens what it stores: no Electron, UI, browser storage or vault crypto.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.config.{ts,js}', 'scripts/**/*.{ts,js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Never import the real electron module in tests: it tries to download a binary. Pass fakes in.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/bench/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          property: 'waitFor',
          message:
            "Use waitFor(locator) from tests/support/wait-for.ts: Playwright's own looks only every 500 ms after the first quarter second.",
        },
      ],
    },
  },
);
