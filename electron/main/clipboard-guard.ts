/**
 * Text copied out of a peer's records must not linger on the system clipboard, where any program
 * (or the next person at the computer) can read it. The guard remembers what the app put (or saw)
 * there and wipes it after a while or on lock, but only if it is still there: text the user copied
 * later from another program is never touched.
 */

/**
 * The members of Electron's clipboard the guard uses. Electron's are asynchronous (modelled on
 * navigator.clipboard); a synchronous fake (the end-to-end harness's) works as well.
 */
export interface ClipboardText {
  readText(): string | Promise<string>;
  writeText(text: string): void | Promise<void>;
  /** Clears every format (a Ctrl+C copy also leaves HTML); without it, the text is overwritten. */
  clear?(): void | Promise<void>;
}

export interface ClipboardGuardOptions {
  /** How long copied text may stay on the clipboard. */
  clearAfterMs?: number;
  /** Timers, for tests; Node's own by default. */
  setTimeout?(callback: () => void, ms: number): unknown;
  clearTimeout?(handle: unknown): void;
  /** A scheduled wipe that failed has no caller to tell; it is reported here (console.error by default). */
  onWipeError?(error: unknown): void;
}

export interface ClipboardGuard {
  /** Puts text on the clipboard and schedules its wipe. */
  copy(text: string): Promise<void>;
  /** The page just copied (Ctrl+C): remember what is on the clipboard now and schedule its wipe. */
  noteCopied(): Promise<void>;
  /** Wipes the clipboard now, if it still holds what the app put or saw there. */
  wipeNow(): Promise<void>;
}

export const DEFAULT_CLIPBOARD_CLEAR_MS = 30_000;

export function createClipboardGuard(clipboard: ClipboardText, options: ClipboardGuardOptions = {}): ClipboardGuard {
  const clearAfterMs = options.clearAfterMs ?? DEFAULT_CLIPBOARD_CLEAR_MS;
  // The globals are looked up at call time, so fake timers installed after creation still apply.
  const schedule = (callback: () => void, ms: number): unknown =>
    options.setTimeout ? options.setTimeout(callback, ms) : setTimeout(callback, ms);
  const cancel = (handle: unknown): void =>
    options.clearTimeout ? options.clearTimeout(handle) : clearTimeout(handle as ReturnType<typeof setTimeout>);
  const onWipeError = (error: unknown) =>
    options.onWipeError ? options.onWipeError(error) : console.error('Could not wipe the clipboard:', error);

  /** What the app last put or saw on the clipboard; null when there is nothing of ours to wipe. */
  let remembered: string | null = null;
  let timer: unknown = undefined;

  // Clipboard access is asynchronous: one operation at a time, so a wipe never reads the clipboard
  // between a copy's write and its remembering (and then skips text that is ours).
  let queue: Promise<unknown> = Promise.resolve();
  const serially = (operation: () => Promise<void>): Promise<void> => {
    const run = queue.then(operation);
    queue = run.catch(() => undefined);
    return run;
  };

  const cancelTimer = () => {
    if (timer !== undefined) cancel(timer);
    timer = undefined;
  };

  const remember = (text: string) => {
    cancelTimer();
    remembered = text;
    timer = schedule(() => void wipeNow().catch(onWipeError), clearAfterMs);
  };

  const wipeNow = () =>
    serially(async () => {
      cancelTimer();
      const ours = remembered;
      remembered = null;
      // An empty clipboard has nothing to wipe; anything else copied since is the user's, not ours.
      if (!ours || (await clipboard.readText()) !== ours) return;
      if (clipboard.clear) await clipboard.clear();
      else await clipboard.writeText('');
    });

  return {
    copy: (text) =>
      serially(async () => {
        await clipboard.writeText(text);
        remember(text);
      }),
    noteCopied: () =>
      serially(async () => {
        remember(await clipboard.readText());
      }),
    wipeNow,
  };
}
