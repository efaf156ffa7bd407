/**
 * Restoring into a notebook that is in use: a snapshot of it is written first, then the backup is
 * merged by revision, so a newer local edit is never overwritten, and the report says what was
 * added, updated and left as it was.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackup, runRestore, BackupPlaceError } from '../../../../renderer/src/features/backup/backup-runner';
import { PASSPHRASE, createdVault, openTestVault, recordOf, recordsOf, callsOf } from '../../vault/vault-fixture';
import { JORDAN, NO_AGENCY, backupHost, contentsOf, type TestHost } from './backup-fixture';
import type { Vault } from '../../../../renderer/src/vault/vault';

const byPassphrase = { kind: 'passphrase', passphrase: PASSPHRASE } as const;

async function backUp(vault: Vault, { host }: TestHost, place: string): Promise<string> {
  return (await runBackup(callsOf(vault), host, { place, keepLast: null, agency: NO_AGENCY })).name;
}

/** A notebook (Jordan and Ana) backed up, restored onto a second computer, and both then used. */
async function twoComputers() {
  const first = await createdVault();
  const jordan = await first.vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN, phone: '919-555-0142' } });
  const ana = await first.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana Morales', pronouns: 'she/her' } });
  const testHost = await backupHost();
  testHost.dialogs.folder = testHost.dir;
  const folder = (await testHost.host.chooseBackupFolder())!;
  const firstBackup = await backUp(first.vault, testHost, folder.place);

  const second = await openTestVault();
  await runRestore(callsOf(second.vault), testHost.host, { place: folder.place, name: firstBackup }, byPassphrase, null);
  return { first, second, jordan, ana, testHost, folder, firstBackup };
}

describe('restoring into a notebook in use', () => {
  it('keeps a newer local edit, takes what is new, and reports added, updated and skipped', async () => {
    const { first, second, jordan, ana, testHost, folder } = await twoComputers();
    // The second computer changes Jordan's phone after the backup; the first changes Ana and adds Kai.
    await second.vault.records.save({ id: jordan.id, kind: 'person', changes: { phone: '919-555-0199' } });
    await first.vault.records.save({ id: ana.id, kind: 'person', changes: { pronouns: 'they/them' } });
    await first.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Kai Chen' } });
    const laterBackup = await backUp(first.vault, testHost, folder.place);

    const report = await runRestore(callsOf(second.vault), testHost.host, { place: folder.place, name: laterBackup }, byPassphrase, {
      folder: folder.place,
      agency: NO_AGENCY,
    });

    expect(report).toMatchObject({ added: 1, updated: 1, skipped: 1, conflicts: 0 });
    expect(report.verified).toMatchObject({ into: 'open-notebook', sameNotebook: true });
    expect((await recordOf(second.vault, jordan.id))!.body.fields).toMatchObject({ preferredName: JORDAN, phone: '919-555-0199' });
    expect((await recordOf(second.vault, ana.id))!.body.fields).toMatchObject({ pronouns: 'they/them' });
    expect((await recordsOf(second.vault, 'person')).map((person) => person.body.fields.preferredName).sort()).toEqual([
      'Ana Morales',
      JORDAN,
      'Kai Chen',
    ]);
    // The first computer's audit events for Ana's change and Kai join the chain once, and it still holds together.
    const trail = await second.vault.audit.trail();
    expect(trail.integrity.ok).toBe(true);
    expect(trail.events.filter((event) => event.action === 'create')).toHaveLength(3);

    // A second restore of the same backup changes nothing and adds no event twice.
    const again = await runRestore(callsOf(second.vault), testHost.host, { place: folder.place, name: laterBackup }, byPassphrase, {
      folder: folder.place,
      agency: NO_AGENCY,
    });
    expect(again).toMatchObject({ added: 0, updated: 0, skipped: 3, auditEvents: 0 });
    expect((await second.vault.audit.trail()).events).toHaveLength(trail.events.length);
  });

  it('writes a snapshot of the notebook as it was before anything is applied, into the backup folder', async () => {
    const { first, second, jordan, testHost, folder } = await twoComputers();
    await second.vault.records.save({ id: jordan.id, kind: 'person', changes: { pronouns: 'he/him' } });
    await first.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Kai Chen' } });
    const laterBackup = await backUp(first.vault, testHost, folder.place);
    const before = await contentsOf(second.vault);

    const report = await runRestore(callsOf(second.vault), testHost.host, { place: folder.place, name: laterBackup }, byPassphrase, {
      folder: folder.place,
      agency: NO_AGENCY,
    });
    expect(report.snapshot).toMatchObject({ where: 'folder' });
    expect(await readdir(testHost.dir)).toContain(report.snapshot!.name);

    // The snapshot holds the notebook exactly as it was: Jordan's pronouns, and no Kai yet.
    const third = await openTestVault();
    await runRestore(callsOf(third.vault), testHost.host, { place: folder.place, name: report.snapshot!.name }, byPassphrase, null);
    expect((await contentsOf(third.vault)).records).toEqual(before.records);
  });

  it('asks where to save the snapshot when no backup folder is set, and restores nothing if the peer cancels', async () => {
    const { first, second, testHost, folder } = await twoComputers();
    await first.vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Kai Chen' } });
    const laterBackup = await backUp(first.vault, testHost, folder.place);
    const before = await contentsOf(second.vault);

    testHost.dialogs.saveFile = null;
    const cancelled = await runRestore(callsOf(second.vault), testHost.host, { place: folder.place, name: laterBackup }, byPassphrase, {
      folder: null,
      agency: NO_AGENCY,
    }).catch((e: unknown) => e);
    expect(cancelled).toBeInstanceOf(BackupPlaceError);
    expect((cancelled as BackupPlaceError).problem).toBe('snapshot-cancelled');
    expect(await contentsOf(second.vault)).toEqual(before);

    testHost.dialogs.saveFile = join(testHost.dir, 'before-restore.pnbackup');
    const report = await runRestore(callsOf(second.vault), testHost.host, { place: folder.place, name: laterBackup }, byPassphrase, {
      folder: null,
      agency: NO_AGENCY,
    });
    expect(report.snapshot).toMatchObject({ where: 'chosen-file', name: 'before-restore.pnbackup' });
    expect(report.added).toBe(1);
  });
});
