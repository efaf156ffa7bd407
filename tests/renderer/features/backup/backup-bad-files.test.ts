/**
 * A bad file chosen for a restore is refused with its own message, in English and in Spanish, and
 * nothing changes: no record, no audit event, no snapshot written.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BackupFileError } from '@shared/backup/backup-errors';
import {
  BackupChunksOutOfOrderError,
  BackupDamagedError,
  BackupFromNewerVersionError,
  BackupTruncatedError,
  BackupWrongKeyError,
  NotABackupError,
} from '@shared/backup/backup-errors';
import { runBackup, runRestore } from '../../../../renderer/src/features/backup/backup-runner';
import type { RestoreSecret } from '../../../../renderer/src/features/backup/worker/backup-restore';
import { renderMessage } from '../../../../renderer/src/i18n/render-message';
import { PASSPHRASE, createdVault, dumpStore, callsOf } from '../../vault/vault-fixture';
import { joinBytes, layoutOf } from '../../../shared/backup/backup-fixtures';
import { JORDAN, NOTE_TEXT, NO_AGENCY, backupHost, type TestHost, sampleFieldsOf } from './backup-fixture';

let testHost: TestHost;
let good: Uint8Array;

beforeAll(async () => {
  const { vault } = await createdVault();
  const jordan = await vault.records.save({ id: null, kind: 'person', changes: { preferredName: JORDAN } });
  // Enough notes for several chunks, so parts can be swapped.
  for (let i = 0; i < 40; i++)
    await vault.records.save({
      id: null,
      kind: 'service-note',
      parentId: jordan.id,
      changes: sampleFieldsOf('service-note', `${i} ${NOTE_TEXT.repeat(60)}`.slice(0, 9_900), jordan.id),
    });
  testHost = await backupHost();
  testHost.dialogs.saveFile = join(testHost.dir, 'good.pnbackup');
  const file = (await testHost.host.chooseBackupExportFile())!;
  await runBackup(callsOf(vault), testHost.host, { place: file.place, keepLast: null, agency: NO_AGENCY });
  good = new Uint8Array(await readFile(join(testHost.dir, 'good.pnbackup')));
  expect(layoutOf(good).frames.length).toBeGreaterThanOrEqual(3);
});

function flipped(bytes: Uint8Array, offset: number): Uint8Array {
  const copy = bytes.slice();
  copy[offset]! ^= 0x04;
  return copy;
}

function swappedParts(bytes: Uint8Array): Uint8Array {
  const [, second, third] = layoutOf(bytes).frames;
  return joinBytes(
    bytes.subarray(0, second!.start),
    bytes.subarray(third!.start, third!.end),
    bytes.subarray(second!.start, second!.end),
    bytes.subarray(third!.end),
  );
}

function newerVersion(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  copy[8] = 2;
  return copy;
}

const cases: [string, () => Uint8Array, new (...args: never[]) => Error, RegExp, RegExp, RestoreSecret?][] = [
  ['cut short', () => good.slice(0, Math.floor(good.length * 0.6)), BackupTruncatedError, /ends early/, /termina antes de tiempo/],
  [
    'a flipped bit in a part',
    () => flipped(good, layoutOf(good).frames[1]!.start + 200),
    BackupDamagedError,
    /damaged \(part 1 does not verify\)/,
    /está dañado \(la parte 1 no pasa la verificación\)/,
  ],
  [
    'parts out of order',
    () => swappedParts(good),
    BackupChunksOutOfOrderError,
    /out of order \(part 2 where part 1 belongs\)/,
    /fuera de orden \(la parte 2 está donde va la parte 1\)/,
  ],
  [
    'a newer format',
    () => newerVersion(good),
    BackupFromNewerVersionError,
    /newer version of Peer Notebook/,
    /versión más nueva de Peer Notebook/,
  ],
  [
    'not a backup at all',
    () => new TextEncoder().encode('name,phone\nJordan Rivers,919-555-0142\n'),
    NotABackupError,
    /not a Peer Notebook backup/,
    /no es una copia de seguridad de Peer Notebook/,
  ],
  [
    'the wrong passphrase',
    () => good,
    BackupWrongKeyError,
    /That passphrase doesn't open this backup\. It opens with the passphrase the notebook had on [A-Z][a-z]+ \d{1,2}, \d{4}, when/,
    /Esa frase de contraseña no abre esta copia de seguridad\. Se abre con la frase/,
    { kind: 'passphrase', passphrase: 'not the passphrase at all' },
  ],
  [
    'the wrong recovery code',
    () => good,
    BackupWrongKeyError,
    /That recovery code doesn't open this backup/,
    /Ese código de recuperación no abre esta copia de seguridad/,
    { kind: 'recovery-code', recoveryCode: '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ' },
  ],
];

describe('a bad backup file chosen to restore', () => {
  it.each(cases)(
    '%s: its own message, in English and Spanish, and nothing changes',
    async (what, bytes, errorClass, english, spanish, secret) => {
      const { vault, db } = await createdVault();
      await vault.records.save({ id: null, kind: 'person', changes: { preferredName: 'Ana Morales' } });
      const before = await dumpStore(db);
      const name = `${what.replace(/\W+/g, '-')}.pnbackup`;
      await writeFile(join(testHost.dir, name), bytes());
      testHost.dialogs.backupFile = join(testHost.dir, name);
      const chosen = (await testHost.host.chooseBackupToRestore())!;
      const filesBefore = await readdir(testHost.dir);

      testHost.dialogs.saveFile = join(testHost.dir, 'snapshot.pnbackup');
      const refusal = await runRestore(
        callsOf(vault),
        testHost.host,
        { place: chosen.place, name: null },
        secret ?? { kind: 'passphrase', passphrase: PASSPHRASE },
        { folder: null, agency: NO_AGENCY },
      ).catch((e: unknown) => e);

      expect(refusal).toBeInstanceOf(errorClass);
      const message = (refusal as Error).message;
      expect(message).toMatch(english);
      expect(renderMessage((refusal as BackupFileError).messages, 'es')).toMatch(spanish);
      expect(await dumpStore(db)).toBe(before);
      expect(await readdir(testHost.dir)).toEqual(filesBefore);
    },
  );
});
