/**
 * What a restore brings back can be searched at once: the restore writes its records without
 * taking each into the search index, and the index is built again once it is done.
 */
import { describe, expect, it } from 'vitest';
import { runBackup, runRestore } from '../../../../renderer/src/features/backup/backup-runner';
import { searchHandlers } from '../../../../renderer/src/features/search/worker/search-handlers';
import type { Vault } from '../../../../renderer/src/vault/vault';
import { PASSPHRASE, callsOf, createdVault, openTestVault } from '../../vault/vault-fixture';
import { JORDAN, NO_AGENCY, backupHost } from './backup-fixture';

type Search = ReturnType<typeof searchHandlers>;

const serviceNote = (whatWeDid: string) => ({
  date: '2026-04-14',
  setting: 'community',
  contactType: 'in-person',
  whatWeDid,
  theirResponse: '',
  nextSteps: '',
});

/** The names heading the results for `query`, once the index says it is ready (as the screen asks again while it is not). */
async function namesFound(search: Search, query: string): Promise<string[]> {
  for (;;) {
    const results = await search['search.query']({ query });
    if (results?.readiness.state === 'failed') throw new Error('the index could not be built');
    if (results?.readiness.state === 'ready') return results.groups.map((group) => group.personName);
  }
}

/** A backup of a notebook holding Jordan and a note about sourdough, and where it is. */
async function backupWithJordan() {
  const { vault } = await createdVault();
  const jordan = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN } });
  await vault.records.save({
    id: null,
    kind: 'service-note',
    parentId: jordan.id,
    changes: serviceNote('Baked sourdough bread at the shelter'),
  });
  const testHost = await backupHost();
  testHost.dialogs.folder = testHost.dir;
  const folder = (await testHost.host.chooseBackupFolder())!;
  const { name } = await runBackup(callsOf(vault), testHost.host, { place: folder.place, keepLast: null, agency: NO_AGENCY });
  return { testHost, source: { place: folder.place, name }, folder };
}

const restore = (vault: Vault, backup: Awaited<ReturnType<typeof backupWithJordan>>) =>
  runRestore(
    callsOf(vault),
    backup.testHost.host,
    backup.source,
    { kind: 'passphrase', passphrase: PASSPHRASE },
    {
      folder: backup.folder.place,
      agency: NO_AGENCY,
    },
  );

describe('searching what a restore brought back', () => {
  it('finds it on a new computer', async () => {
    const backup = await backupWithJordan();
    const { vault } = await openTestVault();
    const search = searchHandlers(vault);
    await restore(vault, backup);
    expect(await namesFound(search, 'sourdough')).toEqual([JORDAN]);
  });

  it('finds it in a notebook in use, beside what was there', async () => {
    const backup = await backupWithJordan();
    const { vault } = await createdVault();
    const ana = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana Morales' } });
    await vault.records.save({
      id: null,
      kind: 'service-note',
      parentId: ana.id,
      changes: serviceNote('Sourdough starter from her grandmother'),
    });
    const search = searchHandlers(vault);
    expect(await namesFound(search, 'sourdough')).toEqual(['Ana Morales']);
    await restore(vault, backup);
    expect((await namesFound(search, 'sourdough')).sort()).toEqual(['Ana Morales', JORDAN]);
  });
});
