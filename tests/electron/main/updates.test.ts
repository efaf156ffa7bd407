import { EventEmitter } from 'node:events';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AppUpdater } from 'electron-updater';
import { createUpdateService, updateProblemOf, type AgencyUpdater } from '../../../electron/main/updates';
import { InstallAnswer, UpdateStatus } from '../../../shared/update-status';
import type { ConnectionCost } from '../../../electron/main/metered-connection';

const FEED = 'https://updates.riverbend.example/peer-notebook/';

/** Behaves as electron-updater's autoUpdater does for a generic feed that offers `offered` (or nothing). */
class FakeUpdater extends EventEmitter implements AgencyUpdater {
  autoDownload = true;
  autoInstallOnAppQuit = false;
  feed: unknown = null;
  checks = 0;
  downloads = 0;
  installs: [boolean | undefined, boolean | undefined][] = [];
  failWith: Error | null = null;

  constructor(private readonly offered: string | null) {
    super();
  }
  setFeedURL(options: unknown): void {
    this.feed = options;
  }
  async checkForUpdates() {
    this.checks += 1;
    if (this.failWith) {
      this.emit('error', this.failWith);
      throw this.failWith;
    }
    return { isUpdateAvailable: this.offered !== null, updateInfo: { version: this.offered ?? '0.1.0' } };
  }
  async downloadUpdate(): Promise<string[]> {
    this.downloads += 1;
    if (this.autoDownload) throw new Error('the service must not leave autoDownload on');
    this.emit('update-downloaded', { version: this.offered, downloadedFile: '/cache/installer' });
    return ['/cache/installer'];
  }
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void {
    this.installs.push([isSilent, isForceRunAfter]);
  }
}

function service(options: { offered?: string | null; feedUrl?: string | null; cost?: ConnectionCost } = {}) {
  const updater = new FakeUpdater(options.offered === undefined ? '0.2.0' : options.offered);
  const statuses: UpdateStatus[] = [];
  const updates = createUpdateService({
    updater,
    feedUrl: options.feedUrl === undefined ? FEED : options.feedUrl,
    connectionCost: async () => options.cost ?? 'unmetered',
    // Every status crosses the host API as its schema says.
    onStatus: (status) => statuses.push(UpdateStatus.parse(status)),
  });
  return { updater, updates, statuses };
}

describe('updates from the agency feed', () => {
  it("take electron-updater's own autoUpdater", () => {
    expectTypeOf<AppUpdater>().toExtend<AgencyUpdater>();
  });

  it('are off when the build names no feed: nothing is configured, checked or fetched', async () => {
    const { updater, updates } = service({ feedUrl: null });
    await updates.check();
    expect(updates.status()).toEqual({ state: 'off' });
    expect(updater).toMatchObject({ feed: null, checks: 0, downloads: 0 });
  });

  it("use the agency's generic feed and never download on their own", () => {
    const { updater } = service();
    expect(updater.feed).toEqual({ provider: 'generic', url: FEED });
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(true);
  });

  it('download a new version at once on an unmetered connection', async () => {
    const { updater, updates, statuses } = service();
    await updates.check();
    expect(updater.downloads).toBe(1);
    expect(statuses.map((s) => s.state)).toEqual(['checking', 'downloading', 'ready']);
    expect(updates.status()).toEqual({ state: 'ready', version: '0.2.0' });
  });

  it.each(['metered', 'unknown'] as const)('on a %s connection, wait for the peer to consent before downloading', async (cost) => {
    const { updater, updates } = service({ cost });
    await updates.check();
    expect(updater.downloads).toBe(0);
    expect(updates.status()).toEqual({ state: 'waiting-for-consent', version: '0.2.0' });

    await updates.downloadWithConsent();
    expect(updater.downloads).toBe(1);
    expect(updates.status()).toEqual({ state: 'ready', version: '0.2.0' });
  });

  it('consent with no update waiting downloads nothing', async () => {
    const { updater, updates } = service({ offered: null });
    await updates.check();
    await updates.downloadWithConsent();
    expect(updates.status()).toEqual({ state: 'idle' });
    expect(updater.downloads).toBe(0);
  });

  it('never install while the renderer has unsaved work, or before it has said anything', async () => {
    const { updater, updates } = service();
    await updates.check();
    expect(updates.installNow()).toEqual({ installing: false, reason: 'unsaved-work' });
    updates.setUnsavedWork(true);
    expect(updates.installNow()).toEqual({ installing: false, reason: 'unsaved-work' });
    expect(updater.installs).toEqual([]);

    updates.setUnsavedWork(false);
    expect(InstallAnswer.parse(updates.installNow())).toEqual({ installing: true });
    expect(updater.installs).toEqual([[false, true]]);
  });

  it('a restart with no downloaded update installs nothing', () => {
    const { updater, updates } = service();
    updates.setUnsavedWork(false);
    expect(updates.installNow()).toEqual({ installing: false, reason: 'no-update-ready' });
    expect(updater.installs).toEqual([]);
  });

  it('a failed check (offline, the usual case) says so once, and the next check tries again', async () => {
    const { updater, updates, statuses } = service();
    updater.failWith = new Error('net::ERR_INTERNET_DISCONNECTED');
    await updates.check();
    expect(statuses).toEqual([{ state: 'checking' }, { state: 'failed', problem: 'not-reached' }]);

    updater.failWith = null;
    await updates.check();
    expect(updates.status()).toEqual({ state: 'ready', version: '0.2.0' });
  });

  it('names why an update failed for the window to word, never passing on the updater’s own English', () => {
    const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
    expect(updateProblemOf(new Error('getaddrinfo ENOTFOUND updates.riverbend.example'))).toBe('not-reached');
    expect(updateProblemOf(withCode('New version 0.2.0 is not signed by the application owner', 'ERR_UPDATER_INVALID_SIGNATURE'))).toBe(
      'not-verified',
    );
    expect(updateProblemOf(new Error('sha512 checksum mismatch, expected abc, got def'))).toBe('not-verified');
    expect(updateProblemOf(new Error('Cannot parse releases feed'))).toBe('other');
  });
});
