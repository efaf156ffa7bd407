/**
 * Updates from the agency's own feed (electron-updater's generic provider: latest.yml and the
 * installers on any HTTPS server the agency runs). The rules a peer can count on:
 *  - no feed in the build, no updates: nothing is ever fetched;
 *  - an update is found, never fetched unasked on a metered connection (or one whose cost the
 *    system cannot tell): the peer is asked first;
 *  - a downloaded update installs when the app quits, or when the peer asks to restart and the
 *    renderer has said nothing is left unsaved; never in the middle of someone's work.
 */
import type { InstallAnswer, UpdateStatus } from '@shared/update-status';
import type { ConnectionCost } from './metered-connection';

/** The members of electron-updater's autoUpdater used here (its AppUpdater fits: a test checks). */
export interface AgencyUpdater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{ isUpdateAvailable: boolean; updateInfo: { version: string } } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (event: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdateServiceDeps {
  updater: AgencyUpdater;
  /** The agency's generic feed from the installation's configuration; null turns updates off. */
  feedUrl: string | null;
  connectionCost(): Promise<ConnectionCost>;
  /** Every status change, for the renderer. */
  onStatus(status: UpdateStatus): void;
}

export interface UpdateService {
  status(): UpdateStatus;
  /** Looks for an update (at start-up and now and then); downloads it only where allowed. */
  check(): Promise<void>;
  /** The peer agreed to download the update found on a metered connection. */
  downloadWithConsent(): Promise<void>;
  /** The renderer reports whether anything is unsaved (an open form, a note being written). */
  setUnsavedWork(unsaved: boolean): void;
  /** The peer asked to restart into the update now. */
  installNow(): InstallAnswer;
}

const NOT_REACHED = /net::ERR_|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH/;
const NOT_VERIFIED = /checksum mismatch|signature/i;

/** What a failed check or download means for the peer; electron-updater's own words are for logs, never the screen. */
export function updateProblemOf(error: Error & { code?: unknown }): Extract<UpdateStatus, { state: 'failed' }>['problem'] {
  const said = `${typeof error.code === 'string' ? error.code : ''} ${error.message}`;
  if (NOT_REACHED.test(said)) return 'not-reached';
  if (error.code === 'ERR_UPDATER_INVALID_SIGNATURE' || NOT_VERIFIED.test(said)) return 'not-verified';
  return 'other';
}

export function createUpdateService({ updater, feedUrl, connectionCost, onStatus }: UpdateServiceDeps): UpdateService {
  // Never download behind the peer's back; a downloaded update waits for the app to quit.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = true;

  let status: UpdateStatus = feedUrl ? { state: 'idle' } : { state: 'off' };
  // Until the renderer says otherwise, assume there is work open.
  let unsavedWork = true;
  const setStatus = (next: UpdateStatus) => {
    status = next;
    onStatus(next);
  };
  // electron-updater emits 'error' for every failed check or download, then rejects the call's
  // promise too: the event reports it, the rejection is only caught.
  const reportedByErrorEvent = () => undefined;

  const download = async (version: string) => {
    setStatus({ state: 'downloading', version });
    await updater.downloadUpdate().catch(reportedByErrorEvent);
  };

  if (feedUrl) {
    updater.setFeedURL({ provider: 'generic', url: feedUrl });
    updater.on('update-downloaded', (event) => setStatus({ state: 'ready', version: event.version }));
    updater.on('error', (error) => setStatus({ state: 'failed', problem: updateProblemOf(error) }));
  }

  return {
    status: () => status,

    async check() {
      if (!feedUrl || status.state === 'downloading' || status.state === 'ready') return;
      setStatus({ state: 'checking' });
      const found = await updater.checkForUpdates().catch(reportedByErrorEvent);
      if (!found?.isUpdateAvailable) {
        // Nothing newer (or the check failed, and the 'error' event already said so).
        if (status.state === 'checking') setStatus({ state: 'idle' });
        return;
      }
      const { version } = found.updateInfo;
      if ((await connectionCost()) === 'unmetered') await download(version);
      else setStatus({ state: 'waiting-for-consent', version });
    },

    async downloadWithConsent() {
      if (status.state === 'waiting-for-consent') await download(status.version);
    },

    setUnsavedWork(unsaved) {
      unsavedWork = unsaved;
    },

    installNow() {
      if (status.state !== 'ready') return { installing: false, reason: 'no-update-ready' };
      if (unsavedWork) return { installing: false, reason: 'unsaved-work' };
      // Not silent: on Windows the peer sees the installer's progress; the app starts again after.
      updater.quitAndInstall(false, true);
      return { installing: true };
    },
  };
}
