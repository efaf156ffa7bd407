import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBackup } from '@shared/backup/backup-encoder';
import { verifyBackup } from '@shared/backup/backup-reader';
import { joinBytes, makeTestVault, personEntry } from '../../shared/backup/backup-fixtures';
import { APP_ORIGIN, hostCallNames } from '@shared/host-api';
import { createClipboardGuard } from '../../../electron/main/clipboard-guard';
import { createHostHandlers } from '../../../electron/main/host-handlers';
import { createHostDispatcher } from '../../../electron/main/ipc';
import { createBackupFiles } from '../../../electron/main/backup-files';
import { createBackupPlaces } from '../../../electron/main/backup-places';
import { createPersonCopies } from '../../../electron/main/person-copies';
import { createExportFiles } from '../../../electron/main/export-files';
import { createResourceLists } from '../../../electron/main/resource-lists';
import { createTeamListFiles } from '../../../electron/main/team-list-files';
import { createSyncFolders } from '../../../electron/main/sync-folders';
import { loadSodium } from '@shared/crypto/sodium';
import {
  FakeBackupDialogs,
  FakeClipboard,
  FakeExportFileDialog,
  FakePersonCopyDialog,
  FakeResourceListDialogs,
  FakeReassignmentDialog,
  FakeTeamListDialogs,
  FakeSyncFolderDialog,
} from './fakes';
import { communityInstallation, updatesOff } from '../../support/installation';

const PAGE = `${APP_ORIGIN}/`;
const installationPolicy = communityInstallation(await loadSodium());
const appInfo = { name: 'Peer Notebook', version: '0.1.0', platform: 'linux' };

function setup(dialogs = new FakeBackupDialogs()) {
  const clipboard = new FakeClipboard();
  const personCopyDialog = new FakePersonCopyDialog();
  const handlers = createHostHandlers({
    appInfo,
    clipboardGuard: createClipboardGuard(clipboard),
    backupPlaces: createBackupPlaces(dialogs, { storePath: join(tmpdir(), `peer-notebook-places-${randomUUID()}.json`) }),
    backupFiles: createBackupFiles({ sodium: loadSodium() }),
    personCopies: createPersonCopies({ dialog: personCopyDialog, renderPdf: async () => new TextEncoder().encode('%PDF-1.7 a test page') }),
    resourceLists: createResourceLists({ dialogs: new FakeResourceListDialogs() }),
    teamListFiles: createTeamListFiles({ dialogs: new FakeTeamListDialogs() }),
    exportFiles: createExportFiles({ dialog: new FakeExportFileDialog() }),
    installationPolicy,
    updates: updatesOff(),
    syncFolders: createSyncFolders({
      chooseFolder: () => new FakeSyncFolderDialog().chooseFolder(),
      storePath: join(tmpdir(), `peer-notebook-sync-${randomUUID()}.json`),
    }),
    reassignmentDialog: new FakeReassignmentDialog(),
  });
  const dispatch = createHostDispatcher(handlers, { trustedOrigin: APP_ORIGIN });
  return { clipboard, handlers, dispatch, dialogs, personCopyDialog };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the host handlers, through the dispatcher', () => {
  it('implement every call in the contract', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual([...hostCallNames].sort());
  });

  it('getAppInfo answers name, version and platform', async () => {
    await expect(setup().dispatch('getAppInfo', [], PAGE)).resolves.toEqual(appInfo);
  });

  it('copyText puts text on the clipboard and wipes it after 30 seconds', async () => {
    const { clipboard, dispatch } = setup();
    await dispatch('copyText', ['919-555-0142'], PAGE);
    expect(clipboard.text).toBe('919-555-0142');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.text).toBe('');
  });

  it('noteTextCopied schedules the wipe of what the page copied', async () => {
    const { clipboard, dispatch } = setup();
    clipboard.text = 'copied with Ctrl+C';
    await dispatch('noteTextCopied', [], PAGE);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.text).toBe('');
  });

  it('wipeCopiedText (on lock) wipes the app’s text now, and only the app’s', async () => {
    const { clipboard, dispatch } = setup();
    await dispatch('copyText', ['a note'], PAGE);
    await dispatch('wipeCopiedText', [], PAGE);
    expect(clipboard.text).toBe('');

    clipboard.text = 'copied elsewhere';
    await dispatch('wipeCopiedText', [], PAGE);
    expect(clipboard.text).toBe('copied elsewhere');
  });
});

describe('the backup host calls, through the dispatcher', () => {
  let folder: string;
  beforeEach(async () => {
    vi.useRealTimers();
    folder = await mkdtemp(join(tmpdir(), 'peer-notebook-host-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('backs up to a folder chosen in the dialog, lists it, and reads it back, with only tokens crossing', async () => {
    const sodium = await loadSodium();
    const vault = makeTestVault(sodium);
    const { dispatch, dialogs } = setup();
    dialogs.folder = folder;
    const chosen = (await dispatch('chooseBackupFolder', [], PAGE)) as { place: string; name: string };
    expect(chosen.name).toBe(folder);
    expect(chosen.place).toMatch(/^[0-9a-f]{32}$/);

    const begun = (await dispatch('beginBackupWrite', [chosen.place], PAGE)) as { ok: true; writeId: string };
    for await (const piece of encodeBackup(sodium, { vaultHeader: vault.header, vaultKey: vault.vaultKey }, [personEntry()])) {
      expect(await dispatch('writeBackupPiece', [begun.writeId, piece], PAGE)).toEqual({ ok: true });
    }
    const finished = (await dispatch('finishBackupWrite', [begun.writeId, { keepLast: 5 }], PAGE)) as {
      ok: true;
      backup: { name: string };
    };
    expect(finished.ok).toBe(true);

    const listed = (await dispatch('listBackups', [chosen.place], PAGE)) as { ok: true; backups: { name: string }[] };
    expect(listed.backups.map((b) => b.name)).toEqual([finished.backup.name]);

    const read = (await dispatch('beginBackupRead', [chosen.place, finished.backup.name], PAGE)) as { ok: true; readId: string };
    const pieces: Uint8Array[] = [];
    for (let done = false; !done;) {
      const next = (await dispatch('readBackupPiece', [read.readId], PAGE)) as { ok: true; piece: Uint8Array; done: boolean };
      pieces.push(next.piece);
      done = next.done;
    }
    await dispatch('endBackupRead', [read.readId], PAGE);
    const verified = await verifyBackup(
      sodium,
      (async function* () {
        yield joinBytes(...pieces);
      })(),
      { kind: 'vault-key', vaultKey: vault.vaultKey },
    );
    expect(verified.counts.records).toBe(1);
  });

  it('answers a cancelled dialog with null, and a token it never gave out with a problem to show', async () => {
    const { dispatch } = setup();
    await expect(dispatch('chooseBackupFolder', [], PAGE)).resolves.toBeNull();
    await expect(dispatch('beginBackupWrite', ['c'.repeat(32)], PAGE)).resolves.toEqual({
      ok: false,
      problem: 'unknown-place',
    });
  });

  it('never writes over a file chosen to restore from', async () => {
    const { dispatch, dialogs } = setup();
    dialogs.backupFile = join(folder, 'old.pnbackup');
    const chosen = (await dispatch('chooseBackupToRestore', [], PAGE)) as { place: string; name: string };
    expect(chosen.name).toBe('old.pnbackup');
    await expect(dispatch('beginBackupWrite', [chosen.place], PAGE)).resolves.toMatchObject({ ok: false, problem: 'unknown-place' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('reports a drive that is gone as a problem the screen can show', async () => {
    const { dispatch, dialogs } = setup();
    dialogs.folder = join(folder, 'unplugged');
    const chosen = (await dispatch('chooseBackupFolder', [], PAGE)) as { place: string };
    await expect(dispatch('listBackups', [chosen.place], PAGE)).resolves.toEqual({ ok: false, problem: 'drive-unavailable' });
  });
});

describe("saving the person's own copy, through the dispatcher", () => {
  let folder: string;
  beforeEach(async () => {
    vi.useRealTimers();
    folder = await mkdtemp(join(tmpdir(), 'peer-notebook-copy-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('saves the page where the peer chose and answers with the file name', async () => {
    const { dispatch, personCopyDialog } = setup();
    personCopyDialog.folder = folder;
    const copy = { format: 'pdf', html: '<!doctype html><p>My goal</p>', suggestedName: 'Jordan Rivers - My recovery plan - 2027-06-30' };
    await expect(dispatch('savePersonCopy', [copy], PAGE)).resolves.toEqual({
      ok: true,
      saved: true,
      name: 'Jordan Rivers - My recovery plan - 2027-06-30.pdf',
    });
    expect(await readdir(folder)).toEqual(['Jordan Rivers - My recovery plan - 2027-06-30.pdf']);
  });

  it('refuses a suggested name with folders in it, and a page beyond the bound', async () => {
    const { dispatch } = setup();
    await expect(
      dispatch('savePersonCopy', [{ format: 'html', html: '<p></p>', suggestedName: '../../etc/passwd' }], PAGE),
    ).rejects.toThrow(/refused/);
    await expect(
      dispatch('savePersonCopy', [{ format: 'html', html: 'x'.repeat(1_500_001), suggestedName: 'copy' }], PAGE),
    ).rejects.toThrow(/refused/);
  });
});
