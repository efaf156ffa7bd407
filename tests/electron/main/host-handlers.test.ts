import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, hostCallNames } from '@shared/host-api';
import { createClipboardGuard } from '../../../electron/main/clipboard-guard';
import { createHostHandlers } from '../../../electron/main/host-handlers';
import { createHostDispatcher } from '../../../electron/main/ipc';
import { FakeClipboard } from './fakes';

const PAGE = `${APP_ORIGIN}/`;
const appInfo = { name: 'Peer Notebook', version: '0.1.0', platform: 'linux' };

function setup() {
  const clipboard = new FakeClipboard();
  const handlers = createHostHandlers({ appInfo, clipboardGuard: createClipboardGuard(clipboard) });
  const dispatch = createHostDispatcher(handlers, { trustedOrigin: APP_ORIGIN });
  return { clipboard, handlers, dispatch };
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
