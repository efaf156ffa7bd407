import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, hostCallChannel, hostCallNames, type HostHandlers } from '@shared/host-api';
import { createHostDispatcher, HostCallRefused, registerHostHandlers } from '../../../electron/main/ipc';
import { loadSodium } from '@shared/crypto/sodium';
import { FakeIpcMain } from './fakes';
import { communityInstallation } from '../../support/installation';

const PAGE = `${APP_ORIGIN}/index.html`;
const installationPolicy = communityInstallation(await loadSodium());

function fakeHandlers(overrides: Partial<HostHandlers> = {}) {
  const handlers = {
    getAppInfo: vi.fn(() => ({ name: 'Peer Notebook', version: '1.2.3', platform: 'linux' })),
    copyText: vi.fn(async (_text: string) => undefined),
    noteTextCopied: vi.fn(() => undefined),
    wipeCopiedText: vi.fn(() => undefined),
    chooseBackupFolder: vi.fn(async () => null),
    chooseBackupExportFile: vi.fn(async () => null),
    chooseBackupToRestore: vi.fn(async () => null),
    listBackups: vi.fn(async (_place: string) => ({ ok: true as const, backups: [] })),
    beginBackupWrite: vi.fn(async (_place: string) => ({ ok: true as const, writeId: 'a'.repeat(32) })),
    writeBackupPiece: vi.fn(async (_writeId: string, _piece: Uint8Array) => ({ ok: true as const })),
    finishBackupWrite: vi.fn(async () => ({ ok: false as const, problem: 'disk-full' as const })),
    abortBackupWrite: vi.fn(async (_writeId: string) => undefined),
    beginBackupRead: vi.fn(async (_place: string, _name: string | null) => ({ ok: true as const, readId: 'b'.repeat(32), bytes: 0 })),
    readBackupPiece: vi.fn(async (_readId: string) => ({ ok: true as const, piece: new Uint8Array(0), done: true })),
    endBackupRead: vi.fn(async (_readId: string) => undefined),
    savePersonCopy: vi.fn(async () => ({ ok: true as const, saved: false as const })),
    openResourceList: vi.fn(async () => ({ ok: true as const, opened: false as const })),
    saveResourceList: vi.fn(async (_csv: string) => ({ ok: true as const, saved: false as const })),
    openTeamListFile: vi.fn(async () => ({ ok: true as const, opened: false as const })),
    saveExportFile: vi.fn(async () => ({ ok: true as const, saved: false as const })),
    chooseSyncFolder: vi.fn(async () => null),
    enrolSyncServer: vi.fn(async (_url: string, _code: string) => ({ ok: false as const, problem: 'server-code-not-valid' as const })),
    listSyncVaults: vi.fn(async (_token: string) => ({ ok: true as const, vaultIds: [], strays: [] })),
    readSyncHeader: vi.fn(async (_token: string, _vaultId: string) => ({ ok: true as const, header: null })),
    writeSyncHeader: vi.fn(async (_token: string, _vaultId: string, _text: string) => ({ ok: true as const })),
    listSyncSegments: vi.fn(async (_token: string, _vaultId: string) => ({ ok: true as const, segments: [], strays: [] })),
    readSyncSegment: vi.fn(async () => ({ ok: false as const, problem: 'segment-missing' as const })),
    writeSyncSegment: vi.fn(async () => ({ ok: true as const })),
    getInstallationPolicy: vi.fn(() => installationPolicy),
    getUpdateStatus: vi.fn(() => ({ state: 'off' as const })),
    checkForUpdates: vi.fn(async () => undefined),
    downloadUpdateWithConsent: vi.fn(async () => undefined),
    setUnsavedWork: vi.fn((_unsaved: boolean) => undefined),
    installUpdateNow: vi.fn(() => ({ installing: false as const, reason: 'no-update-ready' as const })),
    teamInfo: vi.fn(async () => ({ ok: false as const, problem: 'no-server' as const })),
    publishTeamKeys: vi.fn(async () => ({ ok: false as const, problem: 'no-server' as const })),
    sendTeamMail: vi.fn(async () => ({ ok: false as const, problem: 'no-server' as const })),
    readTeamMail: vi.fn(async () => ({ ok: false as const, problem: 'no-server' as const })),
    chooseReassignmentFile: vi.fn(async () => null),
    beginReassignment: vi.fn(async () => ({ job: 'c'.repeat(32) })),
    reassignmentStatus: vi.fn(async () => ({ state: 'checking' as const })),
    answerReassignment: vi.fn(async () => undefined),
    ...overrides,
  };
  return handlers;
}

async function refusal(promise: Promise<unknown>): Promise<HostCallRefused> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to be refused');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostCallRefused);
  return error as HostCallRefused;
}

describe('createHostDispatcher', () => {
  it('runs a good call from the app page and returns its parsed result', async () => {
    const handlers = fakeHandlers();
    const dispatch = createHostDispatcher(handlers, { trustedOrigin: APP_ORIGIN });
    await expect(dispatch('getAppInfo', [], PAGE)).resolves.toEqual({ name: 'Peer Notebook', version: '1.2.3', platform: 'linux' });
    await expect(dispatch('copyText', ['Jordan Rivers'], `${APP_ORIGIN}/`)).resolves.toBeUndefined();
    expect(handlers.copyText).toHaveBeenCalledWith('Jordan Rivers');
  });

  it.each([
    ['another website', 'https://example.com/'],
    ['another app:// host', 'app://elsewhere/index.html'],
    ['a look-alike host', 'app://notebook.example.com/'],
    ['a local file', 'file:///home/peer/evil.html'],
    ['a blank frame', 'about:blank'],
    ['no frame at all (navigated or destroyed)', undefined],
  ])('refuses a call from %s before any handler runs', async (_what, senderUrl) => {
    const handlers = fakeHandlers();
    const dispatch = createHostDispatcher(handlers, { trustedOrigin: APP_ORIGIN });
    const error = await refusal(dispatch('copyText', ['secret'], senderUrl));
    expect(error.reason).toBe('untrusted-sender');
    expect(error.name).toBe('HostCallRefused');
    expect(handlers.copyText).not.toHaveBeenCalled();
  });

  it.each(['readFile', 'toString', '__proto__', 'constructor', 'hasOwnProperty', ''])('refuses the unknown call %j', async (name) => {
    const dispatch = createHostDispatcher(fakeHandlers(), { trustedOrigin: APP_ORIGIN });
    const error = await refusal(dispatch(name, [], PAGE));
    expect(error.reason).toBe('unknown-call');
    expect(error.message).toMatch(/no such call/);
  });

  it.each([
    ['a number instead of text', 'copyText', [42]],
    ['no text', 'copyText', []],
    ['an extra argument', 'copyText', ['a', 'b']],
    ['text over the size limit', 'copyText', ['x'.repeat(1_000_001)]],
    ['an object', 'copyText', [{ toString: () => 'x' }]],
    ['arguments to a call that takes none', 'getAppInfo', ['x']],
    ['arguments that are not a list', 'wipeCopiedText', 'x' as unknown as unknown[]],
    ['a path instead of a chosen place', 'beginBackupWrite', ['/home/peer/Documents']],
    ['a backup name that climbs out of its folder', 'beginBackupRead', ['a'.repeat(32), '../secrets.pnbackup']],
    ['a backup name with a folder in it', 'beginBackupRead', ['a'.repeat(32), 'sub/x.pnbackup']],
    ['a hidden temp file as a backup name', 'beginBackupRead', ['a'.repeat(32), '.peer-notebook-backup-00.partial']],
    ['a backup piece as text', 'writeBackupPiece', ['a'.repeat(32), 'bytes']],
    ['a backup piece over 4 MiB', 'writeBackupPiece', ['a'.repeat(32), new Uint8Array(4 * 1024 * 1024 + 1)]],
    ['keeping zero backups', 'finishBackupWrite', ['a'.repeat(32), { keepLast: 0 }]],
  ])('refuses %s before the handler runs', async (_what, name, args) => {
    const handlers = fakeHandlers();
    const dispatch = createHostDispatcher(handlers, { trustedOrigin: APP_ORIGIN });
    const error = await refusal(dispatch(name, args as unknown[], PAGE));
    expect(error.reason).toBe('invalid-arguments');
    expect(error.message).toContain(name);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it("never echoes the refused argument's value (it may be a peer's details)", async () => {
    const dispatch = createHostDispatcher(fakeHandlers(), { trustedOrigin: APP_ORIGIN });
    const error = await refusal(dispatch('copyText', [{ name: 'Jordan Rivers' }], PAGE));
    expect(error.message).not.toContain('Jordan');
  });

  it('returns only what the contract promises: extra fields are dropped, a wrong type is refused', async () => {
    const leaky = fakeHandlers({ getAppInfo: () => ({ name: 'x', version: '1', platform: 'linux', extra: 1 }) as never });
    const wrongType = fakeHandlers({ getAppInfo: () => ({ name: 'x', version: 1 }) as never });
    await expect(createHostDispatcher(leaky, { trustedOrigin: APP_ORIGIN })('getAppInfo', [], PAGE)).resolves.toEqual({
      name: 'x',
      version: '1',
      platform: 'linux',
    });
    const error = await refusal(createHostDispatcher(wrongType, { trustedOrigin: APP_ORIGIN })('getAppInfo', [], PAGE));
    expect(error.reason).toBe('invalid-result');
  });

  it("passes a handler's own failure through", async () => {
    const failing = fakeHandlers({ wipeCopiedText: () => Promise.reject(new Error('clipboard busy')) });
    await expect(createHostDispatcher(failing, { trustedOrigin: APP_ORIGIN })('wipeCopiedText', [], PAGE)).rejects.toThrow(
      'clipboard busy',
    );
  });

  it('trusts exactly the origin it is given (the end-to-end harness uses http://app.localhost)', async () => {
    const dispatch = createHostDispatcher(fakeHandlers(), { trustedOrigin: 'http://app.localhost' });
    await expect(dispatch('getAppInfo', [], 'http://app.localhost/')).resolves.toBeTruthy();
    expect((await refusal(dispatch('getAppInfo', [], PAGE))).reason).toBe('untrusted-sender');
    expect((await refusal(dispatch('getAppInfo', [], 'http://app.localhost:8080/'))).reason).toBe('untrusted-sender');
  });
});

describe('registerHostHandlers', () => {
  it('registers exactly one ipcMain channel per host call, and no other', () => {
    const ipcMain = new FakeIpcMain();
    registerHostHandlers(ipcMain, createHostDispatcher(fakeHandlers(), { trustedOrigin: APP_ORIGIN }));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(hostCallNames.map(hostCallChannel).sort());
    expect(ipcMain.handlers.size).toBe(hostCallNames.length);
  });

  it("hands each call to the dispatcher with the sender frame's URL", async () => {
    const ipcMain = new FakeIpcMain();
    const handlers = fakeHandlers();
    registerHostHandlers(ipcMain, createHostDispatcher(handlers, { trustedOrigin: APP_ORIGIN }));

    await ipcMain.invoke(hostCallChannel('copyText'), PAGE, 'a note');
    expect(handlers.copyText).toHaveBeenCalledWith('a note');

    await expect(ipcMain.invoke(hostCallChannel('copyText'), 'https://example.com/', 'x')).rejects.toBeInstanceOf(HostCallRefused);
    await expect(ipcMain.invoke(hostCallChannel('copyText'), null, 'x')).rejects.toBeInstanceOf(HostCallRefused);
    await expect(ipcMain.invoke(hostCallChannel('copyText'), PAGE, 7)).rejects.toBeInstanceOf(HostCallRefused);
    expect(handlers.copyText).toHaveBeenCalledTimes(1);
  });
});
