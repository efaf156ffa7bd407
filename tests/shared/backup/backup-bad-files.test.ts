/**
 * Every way a backup file can be wrong gives its own error class (and so its own message), and
 * is caught by the verify pass before a caller could apply anything.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { WeakKdfParametersError } from '@shared/crypto/errors';
import { generateAgencyKeyPair, type AgencyKeyPair } from '@shared/crypto/agency-key';
import { inspectBackup, verifyBackup } from '@shared/backup/backup-reader';
import type { BackupUnlock } from '@shared/backup/backup-header';
import {
  BackupChunksOutOfOrderError,
  BackupDamagedError,
  BackupFileError,
  BackupFromNewerVersionError,
  BackupHeaderTamperedError,
  BackupTruncatedError,
  BackupWrongKeyError,
  NotABackupError,
} from '@shared/backup/backup-errors';
import {
  PASSPHRASE,
  backupBytes,
  joinBytes,
  inPieces,
  layoutOf,
  makeTestVault,
  noteEntry,
  personEntry,
  withEditedHeader,
  pinnedAgencyKey,
  type TestVault,
} from './backup-fixtures';

let sodium: Sodium;
let vault: TestVault;
let agency: AgencyKeyPair;
/** A backup of a few hundred records: several chunks. */
let good: Uint8Array;
beforeAll(async () => {
  sodium = await loadSodium();
  vault = makeTestVault(sodium);
  agency = generateAgencyKeyPair(sodium);
  const person = personEntry();
  const entries = [
    person,
    ...Array.from({ length: 800 }, (_, i) => noteEntry(person.id, `Session ${i}: talked about work, sleep and the weekend plans.`)),
  ];
  good = await backupBytes(
    sodium,
    { vaultHeader: vault.header, vaultKey: vault.vaultKey, agencyKeys: [pinnedAgencyKey(sodium, agency.publicKey)] },
    entries,
  );
});

const byVaultKey = (): BackupUnlock => ({ kind: 'vault-key', vaultKey: vault.vaultKey });

/** What verifying the file (with a key) and inspecting it (without one) each throw. */
async function refusals(bytes: Uint8Array, unlock: BackupUnlock = byVaultKey()): Promise<{ verify: unknown; inspect: unknown }> {
  const verify = await verifyBackup(sodium, inPieces(bytes, 4096), unlock).then(
    () => null,
    (e: unknown) => e,
  );
  const inspect = await inspectBackup(sodium, inPieces(bytes, 4096)).then(
    () => null,
    (e: unknown) => e,
  );
  return { verify, inspect };
}

function flipBit(bytes: Uint8Array, offset: number): Uint8Array {
  const copy = bytes.slice();
  copy[offset]! ^= 0x10;
  return copy;
}

describe('a bad backup file', () => {
  it('the good file passes, so each case below fails for its own reason', async () => {
    expect(layoutOf(good).frames.length).toBeGreaterThanOrEqual(4);
    expect(await refusals(good)).toEqual({ verify: null, inspect: null });
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a few bytes', new Uint8Array([1, 2, 3])],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')],
    ['a JSON export', new TextEncoder().encode(JSON.stringify({ people: [{ name: 'Jordan Rivers' }] }))],
  ])('%s is not a backup at all', async (_what, bytes) => {
    const { verify, inspect } = await refusals(bytes);
    expect(verify).toBeInstanceOf(NotABackupError);
    expect(inspect).toBeInstanceOf(NotABackupError);
    expect((verify as Error).message).toMatch(/not a Peer Notebook backup/);
  });

  it('a newer format says to update the app, before any key is tried', async () => {
    const newer = good.slice();
    newer[8] = 2;
    const { verify, inspect } = await refusals(newer, { kind: 'passphrase', passphrase: 'not the passphrase' });
    expect(verify).toBeInstanceOf(BackupFromNewerVersionError);
    expect(inspect).toBeInstanceOf(BackupFromNewerVersionError);
    expect((verify as Error).message).toMatch(/newer version of Peer Notebook.*Update/);
  });

  it.each([
    ['inside the header', () => 200],
    ['right after the header', () => layoutOf(good).preambleEnd],
    ['inside a chunk', () => layoutOf(good).frames[1]!.start + 500],
    ['at a chunk boundary, before the final chunk', () => layoutOf(good).frames.at(-1)!.start],
    ['one byte short', () => good.length - 1],
  ])('a file cut off %s ends early', async (_where, cutAt) => {
    const { verify, inspect } = await refusals(good.subarray(0, cutAt()));
    expect(verify).toBeInstanceOf(BackupTruncatedError);
    expect(inspect).toBeInstanceOf(BackupTruncatedError);
    expect((verify as Error).message).toMatch(/ends early/);
  });

  it.each([
    ['a chunk in the middle', () => layoutOf(good).frames[1]!.start + 4000],
    ['the final chunk', () => good.length - 5],
    ['the first chunk', () => layoutOf(good).preambleEnd + 20],
    ['the stream header', () => layoutOf(good).headerLength + 14 + 3],
  ])('a flipped bit in %s is damage', async (_where, offset) => {
    const { verify } = await refusals(flipBit(good, offset()));
    expect(verify).toBeInstanceOf(BackupDamagedError);
    expect((verify as Error).message).toMatch(/damaged/);
  });

  it('a flipped bit in the header is caught with no key at all', async () => {
    const { verify, inspect } = await refusals(flipBit(good, 60));
    expect(verify).toBeInstanceOf(BackupDamagedError);
    expect(inspect).toBeInstanceOf(BackupDamagedError);
  });

  it('bytes added after the final chunk are damage', async () => {
    const { verify, inspect } = await refusals(joinBytes(good, new Uint8Array([0])));
    expect(verify).toBeInstanceOf(BackupDamagedError);
    expect(inspect).toBeInstanceOf(BackupDamagedError);
  });

  it('chunks swapped, repeated or dropped are out of order', async () => {
    const { preambleEnd, frames } = layoutOf(good);
    const part = (i: number) => good.subarray(frames[i]!.start, frames[i]!.end);
    const rest = good.subarray(frames[3]!.start);
    const preamble = good.subarray(0, preambleEnd);
    for (const bytes of [
      joinBytes(preamble, part(0), part(2), part(1), rest),
      joinBytes(preamble, part(0), part(0), part(1), part(2), rest),
      joinBytes(preamble, part(0), part(2), rest),
    ]) {
      const { verify, inspect } = await refusals(bytes);
      expect(verify).toBeInstanceOf(BackupChunksOutOfOrderError);
      expect(inspect).toBeInstanceOf(BackupChunksOutOfOrderError);
      expect((verify as Error).message).toMatch(/out of order/);
    }
  });

  it('a wrong passphrase, recovery code, agency key or vault key each say which did not open it', async () => {
    const cases: [BackupUnlock, string][] = [
      [{ kind: 'passphrase', passphrase: 'orchard kettle lantern drifts' }, 'passphrase'],
      [{ kind: 'recovery-code', recoveryCode: '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXY0' }, 'recovery code'],
      [{ kind: 'recovery-code', recoveryCode: 'not a code' }, 'recovery code'],
      [{ kind: 'agency-key', keyPair: generateAgencyKeyPair(sodium) }, 'agency key'],
      [{ kind: 'vault-key', vaultKey: new Uint8Array(32).fill(9) }, 'vault key'],
    ];
    for (const [unlock, secret] of cases) {
      const { verify } = await refusals(good, unlock);
      expect(verify).toBeInstanceOf(BackupWrongKeyError);
      expect((verify as BackupWrongKeyError).secret).toBe(secret);
      expect((verify as Error).message).toContain(`That ${secret} doesn't open this backup`);
    }
  });

  it('a header edited with its checksum redone is tampering, whichever key opens it', async () => {
    const redated = withEditedHeader(sodium, good, (header) => (header.createdAt = '2031-01-01T00:00:00.000Z'));
    const withoutAgency = withEditedHeader(sodium, good, (header) => (header.agencySlots = []));
    // The structure alone looks fine: only a key can tell.
    expect((await refusals(redated)).inspect).toBeNull();
    for (const unlock of [
      byVaultKey(),
      { kind: 'passphrase', passphrase: PASSPHRASE } as const,
      { kind: 'agency-key', keyPair: agency } as const,
    ]) {
      const { verify } = await refusals(redated, unlock);
      expect(verify).toBeInstanceOf(BackupHeaderTamperedError);
    }
    expect((await refusals(withoutAgency)).verify).toBeInstanceOf(BackupHeaderTamperedError);
  });

  it('a header with weakened key settings is refused before any key derivation', async () => {
    const weakened = withEditedHeader(sodium, good, (header) => {
      const slots = (header.vault as { slots: { kdf: { opsLimit: number } }[] }).slots;
      for (const slot of slots) slot.kdf.opsLimit = 1;
    });
    const { verify } = await refusals(weakened, { kind: 'passphrase', passphrase: PASSPHRASE });
    expect(verify).toBeInstanceOf(WeakKdfParametersError);
  });

  it('every refusal is a BackupFileError with its own class', () => {
    const classes = [
      NotABackupError,
      BackupFromNewerVersionError,
      BackupTruncatedError,
      BackupDamagedError,
      BackupChunksOutOfOrderError,
      BackupWrongKeyError,
      BackupHeaderTamperedError,
    ];
    expect(new Set(classes).size).toBe(7);
    for (const errorClass of classes) expect(errorClass.prototype).toBeInstanceOf(BackupFileError);
  });
});
