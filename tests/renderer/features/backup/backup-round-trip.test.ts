/**
 * A notebook backed up and restored on a computer with no notebook comes back whole: every record
 * kind, tombstones, the audit trail, and the same passphrase and recovery code. The backup file
 * holds nothing in clear.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordKinds } from '@shared/records/record-kinds';
import { runBackup, runRestore, type BackupProgress } from '../../../../renderer/src/features/backup/backup-runner';
import { EXPORT_PIECE_BYTES } from '../../../../renderer/src/features/backup/worker/backup-export';
import { PASSPHRASE, createdVault, openTestVault, recordOf, callsOf } from '../../vault/vault-fixture';
import { JORDAN, JORDAN_PHONE, NOTE_TEXT, NO_AGENCY, backupHost, contentsOf, fillEveryKind } from './backup-fixture';

async function backedUpNotebook() {
  const original = await createdVault();
  await fillEveryKind(original.vault);
  const { host, dialogs, dir } = await backupHost();
  dialogs.folder = dir;
  const folder = (await host.chooseBackupFolder())!;
  const progress: BackupProgress[] = [];
  const written = await runBackup(callsOf(original.vault), host, { place: folder.place, keepLast: 10, agency: NO_AGENCY }, (step) =>
    progress.push(step),
  );
  return { original, host, dialogs, dir, folder, written, progress };
}

const NOTE_MEETING = { date: '2026-11-02', setting: 'home', contactType: 'in-person' };

describe('a backup restored on a new computer', () => {
  it('brings back every record kind, tombstones and the audit trail exactly, and opens with the same passphrase', async () => {
    const { original, host, dialogs, dir, written, progress } = await backedUpNotebook();
    expect(progress.at(-1)).toEqual({ step: 'checking', fraction: 1 });
    expect(progress.filter((p) => p.step === 'backing-up').at(-1)?.fraction).toBe(1);

    const fresh = await openTestVault();
    dialogs.backupFile = join(dir, written.name);
    const chosen = (await host.chooseBackupToRestore())!;
    const restored = await runRestore(
      callsOf(fresh.vault),
      host,
      { place: chosen.place, name: null },
      { kind: 'passphrase', passphrase: PASSPHRASE },
      null,
    );

    const before = await contentsOf(original.vault);
    const after = await contentsOf(fresh.vault);
    expect(new Set(after.records.map((record) => record.body.kind))).toEqual(new Set(Object.keys(recordKinds)));
    expect(after.records).toEqual(before.records);
    expect(after.records.some((record) => record.body.deleted)).toBe(true);
    expect(after.events).toEqual(before.events);
    expect(after.integrity).toEqual({ ok: true, count: before.events.length });
    expect(restored).toMatchObject({
      added: before.records.length,
      updated: 0,
      skipped: 0,
      conflicts: 0,
      auditEvents: before.events.length,
      snapshot: null,
    });
    expect(restored.verified).toMatchObject({
      into: 'new',
      sameNotebook: false,
      counts: { records: before.records.length, deletedRecords: 1, auditEvents: before.events.length },
    });
    expect(restored.status).toMatchObject({ state: 'unlocked', mustChangePassphrase: false });

    // The restored notebook is the same notebook: same id, and its passphrase opens it after a restart.
    expect(fresh.vault.vaultId).toBe(original.vault.vaultId);
    const restarted = fresh.reopen();
    await restarted.unlock(PASSPHRASE);
    expect(
      (await recordOf(restarted, after.records.find((record) => record.body.kind === 'person' && !record.body.deleted)!.id))?.body.fields,
    ).toMatchObject({ preferredName: JORDAN });
  });

  it('opens with the recovery code too, and then asks for a new passphrase', async () => {
    const { original, host, dialogs, dir, written } = await backedUpNotebook();
    const fresh = await openTestVault();
    dialogs.backupFile = join(dir, written.name);
    const chosen = (await host.chooseBackupToRestore())!;
    const restored = await runRestore(
      callsOf(fresh.vault),
      host,
      { place: chosen.place, name: null },
      { kind: 'recovery-code', recoveryCode: original.recoveryCode.toLowerCase() },
      null,
    );
    expect(restored.status).toMatchObject({ state: 'unlocked', mustChangePassphrase: true });
    expect((await contentsOf(fresh.vault)).records).toEqual((await contentsOf(original.vault)).records);
  });

  it('is restored from a folder by the name listBackups gives', async () => {
    const { original, host, folder } = await backedUpNotebook();
    const listed = await host.listBackups(folder.place);
    if (!listed.ok) throw new Error(`listing the folder: ${listed.problem}`);
    expect(listed.backups).toHaveLength(1);
    const fresh = await openTestVault();
    await runRestore(
      callsOf(fresh.vault),
      host,
      { place: folder.place, name: listed.backups[0]!.name },
      { kind: 'passphrase', passphrase: PASSPHRASE },
      null,
    );
    expect((await contentsOf(fresh.vault)).records).toEqual((await contentsOf(original.vault)).records);
  });

  it('holds no name, phone number or note in clear, and leaves no other file behind', async () => {
    const { dir, written } = await backedUpNotebook();
    expect(await readdir(dir)).toEqual([written.name]);
    const bytes = await readFile(join(dir, written.name));
    for (const text of [JORDAN, JORDAN_PHONE, NOTE_TEXT, 'Sam Okafor', 'bakery', 'preferredName']) {
      expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from(text, 'utf16le'))).toBe(false);
    }
  });

  it('streams a large notebook in bounded pieces', async () => {
    const { vault } = await createdVault();
    const jordan = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN } });
    // About 3 MB of notes (each as long as its fields allow): more than one piece of the file.
    const long = (i: number, max: number) => `${i} ${NOTE_TEXT.repeat(400)}`.slice(0, max);
    await vault.records.write(async (tx) => {
      for (let i = 0; i < 160; i++)
        await tx.save({
          id: null,
          kind: 'service-note',
          parentId: jordan.id,
          changes: { ...NOTE_MEETING, whatWeDid: long(i, 9_900), theirResponse: long(i + 1, 4_900), nextSteps: long(i + 2, 4_900) },
        });
    });
    const { host, dialogs, dir } = await backupHost();
    dialogs.folder = dir;
    const folder = (await host.chooseBackupFolder())!;
    const sizes: number[] = [];
    const counting = {
      ...host,
      writeBackupPiece: (writeId: string, piece: Uint8Array<ArrayBuffer>) => (
        sizes.push(piece.length),
        host.writeBackupPiece(writeId, piece)
      ),
    };
    await runBackup(callsOf(vault), counting, { place: folder.place, keepLast: null, agency: NO_AGENCY });
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThan(EXPORT_PIECE_BYTES + 70 * 1024);
  });
});
