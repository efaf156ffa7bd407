// Layering, enforced rather than remembered (as VS Code does for common/browser/node):
//   shared/   pure TypeScript, imports no other room and nothing environment-specific
//   renderer/ and electron/ may import shared/, never each other
//   admin/    the agency's command-line tool (Node): imports shared/ and nothing of the app's other rooms
//   server/   the agency's sync server (Node): imports shared/ only; it never holds a key or the app's code
//   tests/    may import anything, but never the real `electron` module (it would try a download)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
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
);
