import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The layering is a lint rule, not a habit: these show the rule fires where it must. */
// Only the rule under test runs on the probes: the rest of the config (React's compiler rules above all) is not what is shown here.
const eslint = new ESLint({
  cwd: new URL('../..', import.meta.url).pathname,
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The lines whose import the layering rule refuses. */
async function restrictedImports(filePath: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const lines = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  return [...new Set(lines)];
}

describe('layering', () => {
  it('shared/ imports no other room and nothing environment-specific', async () => {
    const messages = await restrictedImports(
      'shared/probe.ts',
      [
        "import { readFile } from 'node:fs/promises';",
        "import path from 'path';",
        "import { App } from '../renderer/src/app/App';",
        "import { x } from '../electron/main/ipc';",
        "import Dexie from 'dexie';",
        'export const all = [readFile, path, App, x, Dexie];',
      ].join('\n'),
    );
    expect(messages).toEqual([1, 2, 3, 4, 5]);
  });

  it('the renderer never imports the main process, Node or Electron', async () => {
    const messages = await restrictedImports(
      'renderer/src/probe.ts',
      [
        "import { ipcRenderer } from 'electron';",
        "import fs from 'fs';",
        "import { createHostDispatcher } from '../../electron/main/ipc';",
        'export const all = [ipcRenderer, fs, createHostDispatcher];',
      ].join('\n'),
    );
    expect(messages).toEqual([1, 2, 3]);
  });

  it('the main process never imports the renderer', async () => {
    const messages = await restrictedImports(
      'electron/main/probe.ts',
      "import { Vault } from '../../renderer/src/vault/vault';\nexport const v = Vault;",
    );
    expect(messages).toEqual([1]);
  });

  it('the admin tool imports shared/ and Node, never the app’s other rooms or Electron', async () => {
    const messages = await restrictedImports(
      'admin/probe.ts',
      [
        "import { readFile } from 'node:fs/promises';",
        "import { loadSodium } from '@shared/crypto/sodium';",
        "import { createBackupFiles } from '../electron/main/backup-files';",
        "import { Vault } from '../renderer/src/vault/vault';",
        "import { app } from 'electron';",
        'export const all = [readFile, loadSodium, createBackupFiles, Vault, app];',
      ].join('\n'),
    );
    expect(messages).toEqual([3, 4, 5]);
  });

  it('the sync server imports shared/ and Node, never the app, the admin tool or the vault’s crypto', async () => {
    const messages = await restrictedImports(
      'server/probe.ts',
      [
        "import { createHash } from 'node:crypto';",
        "import { signedText } from '@shared/sync/server-protocol';",
        "import { createSyncFolders } from '../electron/main/sync-folders';",
        "import { Vault } from '../renderer/src/vault/vault';",
        "import { runAdmin } from '../admin/admin';",
        "import sodium from 'libsodium-wrappers-sumo';",
        'export const all = [createHash, signedText, createSyncFolders, Vault, runAdmin, sodium];',
      ].join('\n'),
    );
    expect(messages).toEqual([3, 4, 5, 6]);
  });

  it('shared code may be imported from both sides, and crypto modules are not mistaken for Node', async () => {
    expect(
      await restrictedImports('renderer/src/probe.ts', "import { loadSodium } from '@shared/crypto/sodium';\nexport const s = loadSodium;"),
    ).toEqual([]);
    expect(
      await restrictedImports('electron/main/probe.ts', "import { hostCalls } from '@shared/host-api';\nexport const h = hostCalls;"),
    ).toEqual([]);
  });

  it('tests may not import the real electron module (it would try to download a binary)', async () => {
    expect(await restrictedImports('tests/probe.test.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([1]);
    expect(await restrictedImports('tests/probe.test.ts', "import type { App } from 'electron';\nexport type A = App;")).toEqual([]);
  });
});
