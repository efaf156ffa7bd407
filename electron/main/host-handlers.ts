/**
 * The host calls' implementations. Arguments arrive already checked by the dispatcher (ipc.ts).
 */
import type { AppInfo, HostHandlers } from '@shared/host-api';
import type { ClipboardGuard } from './clipboard-guard';

export interface HostHandlerDeps {
  appInfo: AppInfo;
  clipboardGuard: ClipboardGuard;
}

export function createHostHandlers({ appInfo, clipboardGuard }: HostHandlerDeps): HostHandlers {
  return {
    getAppInfo: () => ({ ...appInfo }),
    copyText: (text) => clipboardGuard.copy(text),
    noteTextCopied: () => clipboardGuard.noteCopied(),
    wipeCopiedText: () => clipboardGuard.wipeNow(),
  };
}
