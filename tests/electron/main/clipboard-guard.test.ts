import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClipboardGuard, DEFAULT_CLIPBOARD_CLEAR_MS } from '../../../electron/main/clipboard-guard';
import { FakeClipboard } from './fakes';

const RECORD = 'Jordan Rivers, 919-555-0142';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the clipboard guard', () => {
  it('wipes copied text after 30 seconds, not before', async () => {
    const clipboard = new FakeClipboard();
    const guard = createClipboardGuard(clipboard);
    expect(DEFAULT_CLIPBOARD_CLEAR_MS).toBe(30_000);

    await guard.copy(RECORD);
    expect(clipboard.text).toBe(RECORD);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(clipboard.text).toBe(RECORD);
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.text).toBe('');
  });

  it('never wipes text the user copied from another program in the meantime', async () => {
    const clipboard = new FakeClipboard();
    const guard = createClipboardGuard(clipboard);
    await guard.copy(RECORD);
    clipboard.text = 'a shopping list from another program';
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.text).toBe('a shopping list from another program');
    await guard.wipeNow();
    expect(clipboard.text).toBe('a shopping list from another program');
  });

  it('wipeNow (on lock) wipes at once and cancels the scheduled wipe', async () => {
    const clipboard = new FakeClipboard();
    const guard = createClipboardGuard(clipboard);
    await guard.copy(RECORD);
    await guard.wipeNow();
    expect(clipboard.text).toBe('');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a later copy restarts the timeout for the new text', async () => {
    const clipboard = new FakeClipboard();
    const guard = createClipboardGuard(clipboard);
    await guard.copy('first');
    await vi.advanceTimersByTimeAsync(20_000);
    await guard.copy('second');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(clipboard.text).toBe('second');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(clipboard.text).toBe('');
  });

  it('text the page copied itself (Ctrl+C) is remembered and wiped the same way', async () => {
    const clipboard = new FakeClipboard();
    const guard = createClipboardGuard(clipboard);
    clipboard.text = RECORD; // Chromium wrote it; the page then tells the main process.
    await guard.noteCopied();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.text).toBe('');
  });

  it('wipeNow with nothing copied from the app leaves the clipboard alone', async () => {
    const clipboard = new FakeClipboard();
    clipboard.text = "the user's own text";
    await createClipboardGuard(clipboard).wipeNow();
    expect(clipboard.text).toBe("the user's own text");
  });

  it('clears every format when the clipboard can (Electron clipboard.clear)', async () => {
    const clipboard = Object.assign(new FakeClipboard(), {
      html: '',
      clear: vi.fn(async function (this: FakeClipboard & { html: string }) {
        this.text = '';
        this.html = '';
      }),
    });
    const guard = createClipboardGuard(clipboard);
    await guard.copy(RECORD);
    clipboard.html = `<b>${RECORD}</b>`;
    await guard.wipeNow();
    expect(clipboard.clear).toHaveBeenCalledTimes(1);
    expect(clipboard).toMatchObject({ text: '', html: '' });
  });

  it('works with a synchronous clipboard and injected timers, and a custom timeout', async () => {
    vi.useRealTimers();
    const text = { value: '' };
    const clipboard = { readText: () => text.value, writeText: (t: string) => void (text.value = t) };
    const timers: { callback: () => void; ms: number; cancelled: boolean }[] = [];
    const guard = createClipboardGuard(clipboard, {
      clearAfterMs: 1_000,
      setTimeout: (callback, ms) => timers.push({ callback, ms, cancelled: false }) - 1,
      clearTimeout: (handle) => void (timers[handle as number]!.cancelled = true),
    });
    await guard.copy(RECORD);
    await guard.copy(RECORD);
    expect(timers.map((t) => [t.ms, t.cancelled])).toEqual([
      [1_000, true],
      [1_000, false],
    ]);
    timers[1]!.callback();
    await vi.waitFor(() => expect(text.value).toBe(''));
  });

  it('a scheduled wipe that fails is reported, not thrown into the void', async () => {
    const clipboard = new FakeClipboard();
    const onWipeError = vi.fn();
    const guard = createClipboardGuard(clipboard, { onWipeError });
    await guard.copy(RECORD);
    clipboard.readText = () => Promise.reject(new Error('clipboard unavailable'));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onWipeError).toHaveBeenCalledWith(expect.objectContaining({ message: 'clipboard unavailable' }));
  });
});
