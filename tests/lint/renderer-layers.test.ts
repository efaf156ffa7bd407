import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The renderer's layers (vault core < worker code < ui and i18n < screens < app), worker code
 * kept apart from window code, and no import cycles: lint rules, shown here to refuse what they
 * must. Imports are resolved to real files, so each probe imports modules that exist.
 */
const LAYER_RULES = new Set(['no-restricted-imports', 'import-x/no-restricted-paths', 'import-x/no-cycle']);
// Only the layering rules run on the probes: the rest of the config (React's compiler rules above all) is not what is shown here.
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname, ruleFilter: ({ ruleId }) => LAYER_RULES.has(ruleId) });

/** The lines a layering rule refuses, when `code` stands at `filePath`. */
async function refusedLines(filePath: string, lines: string[]): Promise<number[]> {
  const [result] = await eslint.lintText(lines.join('\n'), { filePath });
  const fatal = result!.messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return [...new Set(result!.messages.filter((m) => LAYER_RULES.has(m.ruleId ?? '')).map((m) => m.line))];
}

describe('renderer layers', () => {
  it('the vault core imports shared/ and itself, nothing above it', async () => {
    expect(
      await refusedLines('renderer/src/vault/probe.ts', [
        "import type { VaultCallName } from '../worker/vault-handlers';",
        "import { peopleHandlers } from '../features/people/worker/people-handlers';",
        "import { useVault } from '../ui/contexts';",
        "import { renderMessage } from '../i18n/render-message';",
        "import { PeopleScreen } from '../features/people/PeopleScreen';",
        "import { App } from '../app/App';",
        "import { useState } from 'react';",
        "import { recordKinds } from '@shared/records/record-kinds';",
        "import { InvalidInputError } from './errors';",
        'export type N = VaultCallName;',
        'export const all = [peopleHandlers, useVault, renderMessage, PeopleScreen, App, useState, recordKinds, InvalidInputError];',
      ]),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('worker code never imports window code, not even a type', async () => {
    expect(
      await refusedLines('renderer/src/features/today/worker/probe.ts', [
        "import { TodayScreen } from '../TodayScreen';",
        "import type { PeopleScreen } from '../../people/PeopleScreen';",
        "import type { useNavigate } from '../../../ui/navigation';",
        "import { useMessage } from '../../../i18n/use-message';",
        "import { AppShell } from '../../../app/AppShell';",
        "import { useTranslation } from 'react-i18next';",
        "import { createVaultHandlers } from '../../../worker/vault-handlers';",
        "import { byParent } from '../../people/worker/people-handlers';",
        "import type { Vault } from '../../../vault/vault';",
        "import type { Place } from '@shared/places';",
        'export type T = [typeof PeopleScreen, typeof useNavigate, Vault, Place];',
        'export const all = [TodayScreen, useMessage, AppShell, useTranslation, createVaultHandlers, byParent];',
      ]),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(
      await refusedLines('renderer/src/worker/probe.ts', [
        "import { startVaultWorker } from '../ui/vault-client';",
        "import { noteHandlers } from '../features/notes/worker/note-handlers';",
        'export const all = [startVaultWorker, noteHandlers];',
      ]),
    ).toEqual([1]);
  });

  it('window code takes the types of worker files, never their code', async () => {
    expect(
      await refusedLines('renderer/src/features/people/probe.tsx', [
        "import { peopleHandlers } from './worker/people-handlers';",
        "import { createVaultHandlers } from '../../worker/vault-handlers';",
        "import { noteHandlers, type NoteEntry } from '../notes/worker/note-handlers';",
        "import type { Person } from './worker/people-handlers';",
        "import { type Task } from '../tasks/worker/task-handlers';",
        'export type T = [NoteEntry, Person, Task];',
        'export const all = [peopleHandlers, createVaultHandlers, noteHandlers];',
      ]),
    ).toEqual([1, 2, 3]);
    expect(
      await refusedLines('renderer/src/app/probe.ts', [
        "import { createVaultHandlers } from '../worker/vault-handlers';",
        "import type { VaultCallName } from '../worker/vault-handlers';",
        'export type N = VaultCallName;',
        'export const all = [createVaultHandlers];',
      ]),
    ).toEqual([1]);
  });

  it('ui and i18n never import screens or the app', async () => {
    for (const filePath of ['renderer/src/ui/probe.tsx', 'renderer/src/i18n/probe.ts']) {
      expect(
        await refusedLines(filePath, [
          "import { PersonPage } from '../features/people/PersonPage';",
          "import { App } from '../app/App';",
          "import { Notice } from '../ui/form';",
          "import { useMessage } from '../i18n/use-message';",
          'export const all = [PersonPage, App, Notice, useMessage];',
        ]),
      ).toEqual([1, 2]);
    }
  });

  it('screens never import the app, and may import each other, ui, i18n and the vault core', async () => {
    expect(
      await refusedLines('renderer/src/features/notes/probe.tsx', [
        "import { AppShell } from '../../app/AppShell';",
        "import { useVault } from '../../ui/contexts';",
        "import { useMessage } from '../../i18n/use-message';",
        "import { TasksTab } from '../tasks/TasksTab';",
        "import { DEFAULT_SETTINGS } from '../../vault/settings';",
        'export const all = [AppShell, useVault, useMessage, TasksTab, DEFAULT_SETTINGS];',
      ]),
    ).toEqual([1]);
  });
});

describe('import cycles', () => {
  it('a module that imports, through any path, a module that imports it is refused', async () => {
    // vault.ts imports errors.ts: errors.ts importing vault.ts back closes a loop.
    expect(await refusedLines('renderer/src/vault/errors.ts', ["import { Vault } from './vault';", 'export const v = Vault;'])).toEqual([
      1,
    ]);
    // Through the @shared alias, and through a longer path (vault-header imports bytes).
    expect(
      await refusedLines('shared/crypto/bytes.ts', [
        "import { unlockVaultKey } from '@shared/crypto/vault-header';",
        'export const u = unlockVaultKey;',
      ]),
    ).toEqual([1]);
  });

  it('a type-only import closes no loop (it is gone once built)', async () => {
    expect(await refusedLines('renderer/src/vault/errors.ts', ["import type { Vault } from './vault';", 'export type V = Vault;'])).toEqual(
      [],
    );
  });
});
